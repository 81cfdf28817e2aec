import { issueOpaqueAccessToken } from '../../tokens/opaque-access-tokens.ts';
import type { BackendContext } from '../../context.ts';
import type { StoredUser } from '../../store/types.ts';
import { scopeIncludes, signIdToken, signTokens, type CustomClaims } from '../../tokens/tokens.ts';

export interface UserTokens {
  user: StoredUser;
  clientId: string;
  scope: string;
  audience: string;
  /** A refresh token to hand over: a login's first, or a rotating refresh's next. */
  refreshToken?: string | undefined;
  /** An access token issued already (a browser sign-in's opaque one); otherwise a JWT is signed. */
  accessToken?: string | undefined;
  /** Claims of a browser sign-in for the id token: `nonce`, `auth_time`, `sid`. */
  idTokenClaims?: Record<string, unknown>;
  /** What the login's post-login Actions added. */
  customClaims?: CustomClaims | undefined;
}

/**
 * The token set a user's grant answers: access token, id token with `openid`, refresh token. As
 * Auth0's, the access token for `/userinfo` alone (no API asked for) is opaque: one signature per
 * answer, the id token's.
 */
export async function tokenAnswer(
  context: BackendContext,
  tokens: UserTokens,
): Promise<Record<string, unknown>> {
  const { user, clientId, scope, audience, refreshToken, idTokenClaims, customClaims } = tokens;
  let accessToken = tokens.accessToken;
  if (accessToken === undefined && audience === `${context.issuer}userinfo`)
    accessToken = (
      await issueOpaqueAccessToken(context, {
        userId: user.user_id,
        clientId,
        scope,
        ...(customClaims ? { claims: customClaims.idToken } : {}),
      })
    ).secret;
  const signer = { key: await context.signingKey(), crypto: context.crypto };
  const request = {
    user,
    clientId,
    scope,
    audience,
    nowSeconds: Math.floor(context.clock.now() / 1000),
    ...(idTokenClaims ? { idTokenClaims } : {}),
    ...(customClaims ? { customClaims } : {}),
  };
  let idToken: string | undefined;
  if (accessToken === undefined)
    ({ accessToken, idToken } = await signTokens(signer, context.tokenSettings, request));
  else if (scopeIncludes(scope, 'openid'))
    idToken = await signIdToken(signer, context.tokenSettings, request);
  return {
    access_token: accessToken,
    ...(idToken === undefined ? {} : { id_token: idToken }),
    ...(refreshToken === undefined ? {} : { refresh_token: refreshToken }),
    scope,
    expires_in: context.tokenSettings.accessTokenLifetime,
    token_type: 'Bearer',
  };
}
