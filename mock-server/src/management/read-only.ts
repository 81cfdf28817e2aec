import { invalidBody } from './errors.ts';

/** Whether two JSON values are the same (objects compared key by key, in any order). */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b))
    return (
      Array.isArray(a) &&
      Array.isArray(b) &&
      a.length === b.length &&
      a.every((item, index) => sameJson(item, b[index]))
    );
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = Object.keys(left);
  return (
    keys.length === Object.keys(right).length &&
    keys.every((key) => key in right && sameJson(left[key], right[key]))
  );
}

/**
 * A body without the read-only fields that a resource's `GET` shows (its id, `is_system`, …),
 * so what `GET` returned can be written back unchanged, as the Deploy CLI and dashboards do.
 * A read-only field sent with another value than `shown` (the resource as `GET` shows it now) is
 * refused with Auth0's text for a field a write does not take, never dropped: the change it asks
 * for cannot happen. Every other unknown field is still refused by the resource's schema.
 */
export function readOnlyIgnored(
  body: Record<string, unknown>,
  shown: Record<string, unknown>,
  readOnly: readonly string[],
): Record<string, unknown> {
  const rest = { ...body };
  for (const field of readOnly) {
    if (!(field in rest)) continue;
    if (!sameJson(rest[field], shown[field]))
      throw invalidBody(`Payload validation error: 'Additional properties not allowed: ${field}'.`);
    delete rest[field];
  }
  return rest;
}
