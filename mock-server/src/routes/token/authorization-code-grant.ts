import { AUTHORIZATION_CODE_GRANT } from '../../config/schema.ts';
import type { BackendContext } from '../../context.ts';
import { sha256Hex } from '../../crypto/digest.ts';
import { AuthError } from '../../errors.ts';
import { recordIssued, redeemAuthorizationCode } from '../../login/authorization-codes.ts';
import {
  issueOpaqueAccessToken,
  revokeOpaqueAccessToken,
} from '../../tokens/opaque-access-tokens.ts';
import { issueRefreshToken } from '../../tokens/refresh-tokens.ts';
import { scopeIncludes, signIdToken, signTokens } from '../../tokens/tokens.ts';
import { clientForGrant, requireParameter, stringParameter } from './token-request.ts';

const INVALID_CODE = 'Invalid authorization code';

/**
 * `grant_type=authorization_code`: a code from `/authorize`, single use, bound to the client, the
 * redirect URI and the PKCE challenge. A second use fails and revokes what the first one issued.
 */
export async function authorizationCodeGrant(
  context: BackendContext,
  request: Request,
  body: Record<string, unknown>,
): Promise<Record<string, unknown>> {
  const client = await clientForGrant(context, request, body, AUTHORIZATION_CODE_GRANT);
  const redemption = await redeemAuthorizationCode(context, requireParameter(body, 'code', 256), {
    clientId: client.client_id,
    redirectUri: stringParameter(body, 'redirect_uri', 2048),
    codeVerifier: stringParameter(body, 'code_verifier', 256),
  });
  if (redemption.outcome === 'reused') {
    const issued = redemption.code.issued;
    if (issued?.opaqueAccessToken) await revokeOpaqueAccessToken(context, issued.opaqueAccessToken);
    context.logger.warn('authorization_code_reused', { client_id: client.client_id });
    throw new AuthError(403, 'invalid_grant', INVALID_CODE);
  }
  if (redemption.outcome !== 'redeemed') throw new AuthError(403, 'invalid_grant', INVALID_CODE);
  const { code, id } = redemption;
  const user = await context.store.findUserById(code.userId);
  if (!user || user.blocked) throw new AuthError(403, 'invalid_grant', INVALID_CODE);

  const nowSeconds = Math.floor(context.clock.now() / 1000);
  const key = await context.signingKey();
  const idTokenClaims: Record<string, unknown> = {
    auth_time: Math.floor(code.authTime / 1000),
    sid: code.sid,
    ...(code.nonce !== undefined ? { nonce: code.nonce } : {}),
  };
  const tokenRequest = {
    user,
    clientId: client.client_id,
    scope: code.scope,
    audience: code.audience ?? `${context.issuer}userinfo`,
    nowSeconds,
    idTokenClaims,
  };
  const answer: Record<string, unknown> = {};
  const issued: { opaqueAccessToken?: string; refreshTokenHash?: string } = {};
  if (code.audience) {
    const { accessToken, idToken } = await signTokens(key, context.tokenSettings, tokenRequest);
    answer.access_token = accessToken;
    if (idToken) answer.id_token = idToken;
  } else {
    // As Auth0: without an API, the access token is opaque and good for /userinfo only.
    const opaque = await issueOpaqueAccessToken(context, {
      userId: user.user_id,
      clientId: client.client_id,
      scope: code.scope,
    });
    issued.opaqueAccessToken = opaque.id;
    answer.access_token = opaque.secret;
    if (scopeIncludes(code.scope, 'openid'))
      answer.id_token = await signIdToken(key, context.tokenSettings, tokenRequest);
  }
  const refreshToken = await issueRefreshToken(context, {
    userId: user.user_id,
    client,
    scope: code.scope,
    audience: tokenRequest.audience,
    sessionId: code.sid,
    authTime: code.authTime,
  });
  if (refreshToken) {
    issued.refreshTokenHash = await sha256Hex(refreshToken);
    answer.refresh_token = refreshToken;
  }
  await recordIssued(context, id, issued);
  return {
    ...answer,
    scope: code.scope,
    expires_in: context.tokenSettings.accessTokenLifetime,
    token_type: 'Bearer',
  };
}
