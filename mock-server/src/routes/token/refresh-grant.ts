import { runPostLoginActions } from '../../actions/run-post-login.ts';
import { REFRESH_TOKEN_GRANT } from '../../config/schema.ts';
import { exchangeRefreshToken } from '../../tokens/refresh-tokens.ts';
import { tokenAnswer } from './token-answer.ts';
import {
  clientForGrant,
  requireParameter,
  stringParameter,
  type TokenGrant,
} from './token-request.ts';

/**
 * `grant_type=refresh_token`: new tokens for a refresh token, for its family's audience and
 * scope (or a narrower `scope`); a rotating client also gets the next refresh token. Other
 * parameters auth0-spa-js sends along (`audience`, `redirect_uri`) change nothing.
 */
export const refreshGrant: TokenGrant = async (context, request, body, info) => {
  const client = await clientForGrant(context, request, body, REFRESH_TOKEN_GRANT);
  const presented = requireParameter(body, 'refresh_token', 256);
  const requestedScope = stringParameter(body, 'scope', 1024);
  const exchanged = await exchangeRefreshToken(context, client, presented, requestedScope);
  const { family, scope, refreshToken } = exchanged;
  // As Auth0's, the post-login Actions run again, so refreshed tokens carry what they add.
  const { user, claims } = await runPostLoginActions(context, {
    user: exchanged.user,
    client,
    request,
    info,
    transaction: {
      protocol: 'oauth2-refresh-token',
      scope,
      audience: family.audience === `${context.issuer}userinfo` ? undefined : family.audience,
    },
  });
  return tokenAnswer(context, {
    user,
    clientId: client.client_id,
    scope,
    audience: family.audience,
    refreshToken,
    customClaims: claims,
  });
};
