import { parse, serialize } from 'hono/utils/cookie';

/** The browser's session with the backend (single sign-on). */
export const SESSION_COOKIE = 'sms_login_session';
/** Ties login transactions to the browser that started them. */
export const BROWSER_COOKIE = 'sms_login_browser';

/**
 * Ties a `/co/authenticate` login ticket to the browser that asked for it: one per `co_id`,
 * holding its `co_verifier`.
 */
export const crossOriginCookie = (coId: string) => `sms_login_co_${coId}`;

export function readCookie(request: Request, name: string): string | undefined {
  const header = request.headers.get('cookie');
  if (!header || header.length > 8192) return undefined;
  const value = parse(header, name)[name];
  return value && /^[A-Za-z0-9_-]{16,128}$/.test(value) ? value : undefined;
}

/**
 * httpOnly always. Over HTTPS `Secure; SameSite=None`, so the silent-authentication frame of an
 * app on another site still sends it; on plain-http localhost `SameSite=Lax` (browsers refuse
 * `None` without `Secure`), which covers an app on another port of the same host.
 */
export function cookieHeader(
  issuer: string,
  name: string,
  value: string,
  /** Without it, the browser forgets the cookie when it closes. */
  maxAgeSeconds: number | undefined,
) {
  const secure = issuer.startsWith('https:');
  return serialize(name, value, {
    path: '/',
    httpOnly: true,
    secure,
    sameSite: secure ? 'None' : 'Lax',
    ...(maxAgeSeconds !== undefined && { maxAge: maxAgeSeconds }),
  });
}

export const clearCookieHeader = (issuer: string, name: string) =>
  cookieHeader(issuer, name, 'deleted-deleted-deleted', 0);
