import type { BackendContext } from '../context.ts';
import { AuthError } from '../errors.ts';
import { profileClaims, verifyAccessToken } from '../tokens/tokens.ts';

/** `GET /userinfo`: the profile of the access token's user. */
export async function userinfo(context: BackendContext, request: Request): Promise<Response> {
  const authorization = request.headers.get('authorization') ?? '';
  const match = /^Bearer ([A-Za-z0-9_.-]{1,4096})$/.exec(authorization);
  const unauthorized = new AuthError(
    401,
    'invalid_token',
    'The access token is missing, malformed or expired',
    {
      'WWW-Authenticate': 'Bearer error="invalid_token"',
    },
  );
  if (!match) throw unauthorized;
  let payload;
  try {
    payload = await verifyAccessToken(
      await context.signingKey(),
      context.tokenSettings,
      match[1]!,
      `${context.issuer}userinfo`,
      Math.floor(context.clock.now() / 1000),
    );
  } catch {
    throw unauthorized;
  }
  const user = payload.sub ? await context.store.findUserById(payload.sub) : undefined;
  if (!user) throw unauthorized;
  const scope = typeof payload.scope === 'string' ? payload.scope : 'openid';
  return Response.json({ sub: user.user_id, ...profileClaims(user, `${scope} openid`) });
}
