/** What a browser app may read of an answer: the rate-limit headers. */
export const CORS_EXPOSED_HEADERS = [
  'Retry-After',
  'X-RateLimit-Limit',
  'X-RateLimit-Remaining',
  'X-RateLimit-Reset',
];
export const CORS_EXPOSED_HEADER_VALUE = CORS_EXPOSED_HEADERS.join(',');

const PUBLIC_CORS_WITHOUT_ORIGIN = Object.freeze({
  'Access-Control-Expose-Headers': CORS_EXPOSED_HEADER_VALUE,
  Vary: 'Origin',
});

/**
 * The CORS headers of an answer outside `/co/*`: the origin when the tenant allows it, what a
 * browser may read, and `Vary` either way. Without an allowed origin, one shared frozen record.
 */
export function publicCorsHeaders(allowedOrigin: string | undefined): Record<string, string> {
  return allowedOrigin === undefined
    ? PUBLIC_CORS_WITHOUT_ORIGIN
    : { 'Access-Control-Allow-Origin': allowedOrigin, ...PUBLIC_CORS_WITHOUT_ORIGIN };
}

/**
 * CORS for a call that carries the browser's cookies (`credentials: 'include'`): the exact origin,
 * never `*`, and `Access-Control-Allow-Credentials`, or the browser drops the answer and its cookie.
 */
export function credentialedCorsHeaders(origin: string): Record<string, string> {
  return {
    'Access-Control-Allow-Origin': origin,
    'Access-Control-Allow-Credentials': 'true',
    'Access-Control-Expose-Headers': CORS_EXPOSED_HEADER_VALUE,
    Vary: 'Origin',
  };
}

/** The answer to a preflight: allowed for `origin`, or a bare 204 the browser will refuse. */
export function credentialedPreflight(origin: string | null, allowed: boolean): Response {
  if (!origin || !allowed) return new Response(null, { status: 204, headers: { Vary: 'Origin' } });
  return new Response(null, {
    status: 204,
    headers: {
      ...credentialedCorsHeaders(origin),
      'Access-Control-Allow-Methods': 'POST, OPTIONS',
      'Access-Control-Allow-Headers': 'Content-Type, Auth0-Client, X-Request-Language',
      'Access-Control-Max-Age': '600',
    },
  });
}
