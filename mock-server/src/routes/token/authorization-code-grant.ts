import { AUTHORIZATION_CODE_GRANT } from '../../config/schema.ts';
import type { BackendContext } from '../../context.ts';
import { AuthError } from '../../errors.ts';
import { recordIssued, redeemAuthorizationCode } from '../../login/authorization-codes.ts';
import {
  issueOpaqueAccessToken,
  revokeOpaqueAccessToken,
} from '../../tokens/opaque-access-tokens.ts';
import { issueRefreshToken } from '../../tokens/refresh-tokens.ts';
import { tokenAnswer } from './token-answer.ts';
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

  const audience = code.audience ?? `${context.issuer}userinfo`;
  const issued: { opaqueAccessToken?: string; refreshTokenHash?: string } = {};
  let accessToken: string | undefined;
  if (!code.audience) {
    // As Auth0: without an API, the access token is opaque and good for /userinfo only.
    const opaque = await issueOpaqueAccessToken(context, {
      userId: user.user_id,
      clientId: client.client_id,
      scope: code.scope,
      ...(code.customClaims ? { claims: code.customClaims.idToken } : {}),
    });
    issued.opaqueAccessToken = opaque.id;
    accessToken = opaque.secret;
  }
  const refreshToken = await issueRefreshToken(context, {
    userId: user.user_id,
    client,
    scope: code.scope,
    audience,
    sessionId: code.sid,
    authTime: code.authTime,
  });
  if (refreshToken) issued.refreshTokenHash = await context.crypto.sha256Hex(refreshToken);
  await recordIssued(context, id, issued);
  return tokenAnswer(context, {
    user,
    clientId: client.client_id,
    scope: code.scope,
    audience,
    refreshToken,
    accessToken,
    customClaims: code.customClaims,
    idTokenClaims: {
      auth_time: Math.floor(code.authTime / 1000),
      sid: code.sid,
      ...(code.nonce !== undefined ? { nonce: code.nonce } : {}),
    },
  });
}
