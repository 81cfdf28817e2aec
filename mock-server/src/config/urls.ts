import { z } from 'zod';

const LOOPBACK_HOSTS = new Set(['127.0.0.1', '[::1]', 'localhost']);

function parseUrl(value: string): URL | undefined {
  try {
    return new URL(value);
  } catch {
    return undefined;
  }
}

/** An `http:` URL on this machine: allowed for providers only with `allow_insecure_loopback`. */
export function isLoopbackHttpUrl(value: string): boolean {
  const url = parseUrl(value);
  return url?.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname);
}

export function isHttpsUrl(value: string): boolean {
  return parseUrl(value)?.protocol === 'https:';
}

/** URLs an application lists in its settings are at most this long. */
const MAX_URL_LENGTH = 2048;

/**
 * A URL a client lists (callback, logout or CORS origin): http or https, no fragment, no
 * credentials. Wildcards are refused: every URL is matched exactly, which is safer and simpler
 * than Auth0's optional subdomain wildcards.
 */
export const applicationUrlSchema = z
  .string()
  .max(MAX_URL_LENGTH)
  .refine((value) => !value.includes('*'), 'wildcards are not supported: list each URL')
  .refine((value) => {
    const url = parseUrl(value);
    return (
      (url?.protocol === 'http:' || url?.protocol === 'https:') &&
      !url.hash &&
      !value.includes('#') &&
      !url.username &&
      !url.password
    );
  }, 'must be an http or https URL without a fragment, such as https://app.example.com/callback');

/** An origin such as `https://app.example.com`: scheme, host and optional port, no path. */
export const originSchema = z.string().refine((value) => {
  const url = parseUrl(value);
  return (url?.protocol === 'http:' || url?.protocol === 'https:') && url.origin === value;
}, 'must be an origin such as https://app.example.com (scheme, host, optional port; no path)');

/** A URL the hosted login page loads (logo, favicon, font): https, or http on this machine. */
export const assetUrlSchema = z
  .string()
  .max(MAX_URL_LENGTH)
  .refine(
    (value) => isHttpsUrl(value) || isLoopbackHttpUrl(value),
    'must be an https URL (http only on localhost)',
  );

/** The origin of a URL that `applicationUrlSchema` accepted. */
export const originOf = (value: string): string => new URL(value).origin;
