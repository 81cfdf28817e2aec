import type { BackendContext } from '../../context.ts';
import type { StoredUser } from '../../store/types.ts';
import { signTokens } from '../../tokens/tokens.ts';

export interface UserTokens {
  user: StoredUser;
  clientId: string;
  scope: string;
  audience: string;
  /** A refresh token to hand over: a login's first, or a rotating refresh's next. */
  refreshToken?: string | undefined;
}

/** The token set a user's grant answers: access token, id token with `openid`, refresh token. */
export async function tokenAnswer(
  context: BackendContext,
  tokens: UserTokens,
): Promise<Record<string, unknown>> {
  const { user, clientId, scope, audience, refreshToken } = tokens;
  const { accessToken, idToken } = await signTokens(
    await context.signingKey(),
    context.tokenSettings,
    { user, clientId, scope, audience, nowSeconds: Math.floor(context.clock.now() / 1000) },
  );
  return {
    access_token: accessToken,
    ...(idToken === undefined ? {} : { id_token: idToken }),
    ...(refreshToken === undefined ? {} : { refresh_token: refreshToken }),
    scope,
    expires_in: context.tokenSettings.accessTokenLifetime,
    token_type: 'Bearer',
  };
}
