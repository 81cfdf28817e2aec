import { ManagementError } from './errors.ts';

/** Auth0's 400 for a query string it does not accept. */
export const invalidQuery = (message: string): ManagementError =>
  new ManagementError(400, `Query validation error: ${message}`, 'invalid_query_string');

/** Refuses query parameters a route does not know, as Auth0 does. */
export function allowQueryParameters(url: URL, allowed: readonly string[]): void {
  const unknown = [...new Set(url.searchParams.keys())].filter((name) => !allowed.includes(name));
  if (unknown.length)
    throw invalidQuery(`'Additional properties not allowed: ${unknown.join(',')}'.`);
}

export function booleanParameter(url: URL, name: string): boolean | undefined {
  const value = url.searchParams.get(name);
  if (value === null) return undefined;
  if (value === 'true') return true;
  if (value === 'false') return false;
  throw invalidQuery(`'Expected type boolean but found type string' on property ${name}.`);
}

export function integerParameter(
  url: URL,
  name: string,
  range: { min: number; max: number },
): number | undefined {
  const value = url.searchParams.get(name);
  if (value === null) return undefined;
  if (!/^[0-9]{1,9}$/.test(value))
    throw invalidQuery(`'Expected type integer but found type string' on property ${name}.`);
  const number = Number(value);
  if (number < range.min)
    throw invalidQuery(
      `'Value ${number} is less than minimum ${range.min}' on property ${name} (${name}).`,
    );
  if (number > range.max)
    throw invalidQuery(
      `'Value ${number} is greater than maximum ${range.max}' on property ${name} (${name}).`,
    );
  return number;
}

export interface PageRequest {
  page: number;
  perPage: number;
  includeTotals: boolean;
}

/** `page`, `per_page` (at most `maxPerPage`) and `include_totals`, with Auth0's defaults. */
export function pageParameters(url: URL, maxPerPage = 100): PageRequest {
  return {
    page: integerParameter(url, 'page', { min: 0, max: 100_000 }) ?? 0,
    perPage: integerParameter(url, 'per_page', { min: 1, max: maxPerPage }) ?? 50,
    includeTotals: booleanParameter(url, 'include_totals') ?? false,
  };
}

/**
 * `fields` (comma-separated) and `include_fields`: keeps only the named fields, or drops them
 * when `include_fields=false`.
 */
export function fieldSelection(
  url: URL,
): (view: Record<string, unknown>) => Record<string, unknown> {
  const fields = url.searchParams.get('fields');
  const include = booleanParameter(url, 'include_fields') ?? true;
  if (!fields) return (view) => view;
  const names = new Set(fields.split(',').map((name) => name.trim()));
  return (view) =>
    Object.fromEntries(Object.entries(view).filter(([key]) => names.has(key) === include));
}

/**
 * A list as Auth0 answers it: everything, or the page `page`/`per_page` ask for; with
 * `include_totals`, that page under `key` with `start`, `limit` and `total`.
 */
export function pagedList<T>(
  url: URL,
  all: readonly T[],
  key: string,
  view: (item: T) => unknown,
): unknown {
  const { page, perPage, includeTotals } = pageParameters(url);
  const paging = url.searchParams.has('page') || url.searchParams.has('per_page');
  const paged = paging ? all.slice(page * perPage, (page + 1) * perPage) : all;
  const views = paged.map(view);
  if (!includeTotals) return views;
  return {
    start: paging ? page * perPage : 0,
    limit: paging ? perPage : all.length,
    total: all.length,
    [key]: views,
  };
}

/**
 * A list as Auth0 answers its checkpoint pages: `take` items (50 by default) from the offset
 * `from`, under `key`, with `next` while more are left.
 */
function checkpointList<T>(
  url: URL,
  all: readonly T[],
  key: string,
  view: (item: T) => unknown,
): unknown {
  const take = integerParameter(url, 'take', { min: 1, max: 100 }) ?? 50;
  const from = url.searchParams.get('from');
  const start = from === null || from === '' ? 0 : Number(from);
  if (!Number.isInteger(start) || start < 0) throw invalidQuery('Invalid value for from');
  const end = start + take;
  const page = { [key]: all.slice(start, end).map(view) };
  return end < all.length ? { ...page, next: String(end) } : page;
}

/** Whether the query asks for checkpoint pages (`from`/`take`) rather than offset ones. */
const wantsCheckpoints = (url: URL): boolean =>
  url.searchParams.has('from') || url.searchParams.has('take');

/** A list in the paging the query asks for: checkpoints (`from`/`take`) or offset pages. */
export function listAnswer<T>(
  url: URL,
  all: readonly T[],
  key: string,
  view: (item: T) => unknown,
): unknown {
  return wantsCheckpoints(url)
    ? checkpointList(url, all, key, view)
    : pagedList(url, all, key, view);
}
