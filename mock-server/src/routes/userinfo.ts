import type { BackendContext } from '../context.ts';
import { AuthError } from '../errors.ts';
import { findOpaqueAccessToken } from '../tokens/opaque-access-tokens.ts';
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
  // An opaque token of a browser sign-in without an audience.
  if (!match[1]!.includes('.')) {
    const opaque = await findOpaqueAccessToken(context, match[1]!);
    const owner = opaque ? await context.store.findUserById(opaque.userId) : undefined;
    if (!opaque || !owner || owner.blocked) throw unauthorized;
    return Response.json({
      ...opaque.claims,
      sub: owner.user_id,
      ...profileClaims(owner, `${opaque.scope} openid`),
    });
  }
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
  // A blocked or deleted user's tokens stop here, as their sessions and refresh tokens do.
  const user = payload.sub ? await context.store.findUserById(payload.sub) : undefined;
  if (!user || user.blocked) throw unauthorized;
  const scope = typeof payload.scope === 'string' ? payload.scope : 'openid';
  return Response.json({ sub: user.user_id, ...profileClaims(user, `${scope} openid`) });
}
