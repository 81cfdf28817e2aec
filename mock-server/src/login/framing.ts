/**
 * The login pages refuse to be framed (`frame-ancestors 'none'`, `X-Frame-Options: DENY`): a
 * framed sign-in page invites clickjacking. A tenant may name origins that can frame them all the
 * same (`hosted_login.frame_ancestors`: a design tool that previews the page, a demo); for those
 * origins only, this lifts the refusal on an answer
 * (its headers are changed in place, as Hono's middleware does). Answers that allow some framing already
 * (the silent-authentication answer to its app) are left as they are.
 */
export function allowFramingBy(headers: Headers, origins: readonly string[]): void {
  const policy = headers.get('content-security-policy');
  if (!origins.length || !policy?.includes("frame-ancestors 'none'")) return;
  headers.set(
    'content-security-policy',
    policy.replace("frame-ancestors 'none'", `frame-ancestors ${origins.join(' ')}`),
  );
  headers.delete('x-frame-options');
}
