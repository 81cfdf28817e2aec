import { REFRESH_TOKEN_GRANT } from '../../config/schema.ts';
import type { BackendContext } from '../../context.ts';
import { randomHex, sha256Hex } from '../../crypto/digest.ts';
import type { StoredUser } from '../../store/types.ts';
import type { Client } from '../../tenant/tenant.ts';
import { scopeIncludes, signTokens } from '../../tokens/tokens.ts';

/** The token set a user's grant answers: access token, id token with `openid`, refresh token. */
export async function tokenAnswer(
  context: BackendContext,
  user: StoredUser,
  client: Client,
  scope: string,
  audience: string,
  mayIssueRefreshToken = true,
): Promise<Record<string, unknown>> {
  const nowMs = context.clock.now();
  const { accessToken, idToken } = await signTokens(
    await context.signingKey(),
    context.tokenSettings,
    {
      user,
      clientId: client.client_id,
      scope,
      audience,
      nowSeconds: Math.floor(nowMs / 1000),
    },
  );
  const answer: Record<string, unknown> = { access_token: accessToken };
  if (idToken) answer.id_token = idToken;
  if (
    mayIssueRefreshToken &&
    scopeIncludes(scope, 'offline_access') &&
    client.grant_types.includes(REFRESH_TOKEN_GRANT)
  ) {
    const refreshToken = randomHex(32);
    await context.store.saveRefreshToken({
      tokenHash: await sha256Hex(refreshToken),
      userId: user.user_id,
      clientId: client.client_id,
      scope,
      audience,
      createdAt: nowMs,
    });
    answer.refresh_token = refreshToken;
  }
  return {
    ...answer,
    scope,
    expires_in: context.tokenSettings.accessTokenLifetime,
    token_type: 'Bearer',
  };
}
