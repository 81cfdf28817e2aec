import type { BackendContext } from '../context.ts';
import type { StoredUser } from '../store/types.ts';
import { issueOpaqueAccessToken } from '../tokens/opaque-access-tokens.ts';
import { accessTokenHash, signIdToken, signTokens, type CustomClaims } from '../tokens/tokens.ts';
import type { AuthorizationRequest } from './authorization-request.ts';
import type { BrowserSession } from './sessions.ts';

/**
 * The tokens `/authorize` hands over itself for `token`, `id_token` and `token id_token` (what
 * auth0-js and Lock ask for): an access token (opaque without an `audience`, as Auth0's), an id
 * token bound to the request's nonce and, beside an access token, to it by `at_hash`.
 */
export async function implicitTokens(
  context: BackendContext,
  request: AuthorizationRequest,
  session: BrowserSession,
  user: StoredUser,
  customClaims: CustomClaims,
): Promise<Record<string, string>> {
  const answer: Record<string, string> = {};
  const audience = request.audience ?? `${context.issuer}userinfo`;
  const signer = { key: await context.signingKey(), crypto: context.crypto };
  const base = {
    user,
    clientId: request.clientId,
    scope: request.scope,
    audience,
    nowSeconds: Math.floor(context.clock.now() / 1000),
    customClaims,
  };
  const types = request.responseType.split(' ');
  if (types.includes('token')) {
    answer.access_token = request.audience
      ? (await signTokens(signer, context.tokenSettings, base)).accessToken
      : (
          await issueOpaqueAccessToken(context, {
            userId: user.user_id,
            clientId: request.clientId,
            scope: request.scope,
            claims: customClaims.idToken,
          })
        ).secret;
    answer.token_type = 'Bearer';
    answer.expires_in = String(context.tokenSettings.accessTokenLifetime);
    answer.scope = request.scope;
  }
  if (types.includes('id_token'))
    answer.id_token = await signIdToken(signer, context.tokenSettings, {
      ...base,
      idTokenClaims: {
        nonce: request.nonce,
        auth_time: Math.floor(session.authTime / 1000),
        sid: session.sid,
        ...(answer.access_token ? { at_hash: await accessTokenHash(answer.access_token) } : {}),
      },
    });
  return answer;
}
