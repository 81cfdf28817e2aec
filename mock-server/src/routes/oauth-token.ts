import type { BackendContext, RequestInfo } from '../context.ts';
import {
  AUTHORIZATION_CODE_GRANT,
  CLIENT_CREDENTIALS_GRANT,
  PASSWORDLESS_OTP_GRANT,
  REFRESH_TOKEN_GRANT,
} from '../config/schema.ts';
import { issueClientCredentialsToken } from '../management/access.ts';
import { AuthError } from '../errors.ts';
import { readAuthApiBody } from '../http/body.ts';
import { jsonAnswer } from '../json-answer.ts';
import { logInWithCode } from '../login/code-login.ts';
import { runPostLoginActions } from '../actions/run-post-login.ts';
import { enforceRateLimit } from '../rate-limit/enforce.ts';
import { issueRefreshToken } from '../tokens/refresh-tokens.ts';
import { grantableUserScope } from '../tokens/user-scopes.ts';
import { authenticateClient } from './client-auth.ts';
import { authorizationCodeGrant } from './token/authorization-code-grant.ts';
import { refreshGrant } from './token/refresh-grant.ts';
import { tokenAnswer } from './token/token-answer.ts';
import {
  clientForGrant,
  requireParameter,
  stringParameter,
  type TokenGrant,
} from './token/token-request.ts';

const OTP_FIELDS = ['grant_type', 'client_id', 'username', 'otp', 'realm'] as const;

/**
 * A user's token is for an API the tenant has (`/api/v2/resource-servers`) or for `/userinfo`;
 * never for the Management API, which only machine clients reach. Auth0 answers an unknown
 * audience as /authorize does: "Service not found".
 */
async function userAudience(context: BackendContext, requested: string | undefined) {
  const userinfo = `${context.issuer}userinfo`;
  if (requested === undefined || requested === userinfo) return userinfo;
  if (requested === context.managementAudience)
    throw new AuthError(403, 'access_denied', 'The Management API does not accept user tokens.');
  if (!(await context.tenant.findResourceServer(requested)))
    throw new AuthError(403, 'access_denied', `Service not found: ${requested}`);
  return requested;
}

/** The passwordless OTP grant: a code sent by `/passwordless/start` for the user's tokens. */
const passwordlessGrant: TokenGrant = async (context, request, body, info) => {
  for (const field of OTP_FIELDS) requireParameter(body, field);
  const client = await clientForGrant(context, request, body, PASSWORDLESS_OTP_GRANT);
  const realm = requireParameter(body, 'realm', 128);
  const connection = await context.tenant.findConnection(realm);
  if (!connection || connection.strategy !== 'sms')
    throw new AuthError(400, 'invalid_request', 'Connection does not exist');
  if (!connection.enabled_clients.includes(client.client_id))
    throw new AuthError(400, 'invalid_request', 'Connection is disabled');
  const phoneNumber = requireParameter(body, 'username', 32);
  const otp = requireParameter(body, 'otp', 64);
  const scope = grantableUserScope(stringParameter(body, 'scope', 1024) ?? 'openid');
  const audience = await userAudience(context, stringParameter(body, 'audience', 512));

  const signedIn = await logInWithCode(context, {
    connection,
    clientId: client.client_id,
    phoneNumber,
    otp,
  });
  const { user, claims } = await runPostLoginActions(context, {
    user: signedIn,
    client,
    request,
    info,
    transaction: {
      protocol: 'oauth2-resource-owner',
      scope,
      audience: audience === `${context.issuer}userinfo` ? undefined : audience,
    },
  });
  const refreshToken = await issueRefreshToken(context, {
    userId: user.user_id,
    client,
    scope,
    audience,
  });
  return tokenAnswer(context, {
    user,
    clientId: client.client_id,
    scope,
    audience,
    refreshToken,
    customClaims: claims,
  });
};

/** `grant_type=client_credentials`: a token for an API the confidential client has a grant for. */
const clientCredentialsGrant: TokenGrant = async (context, _request, body) => {
  const client = await authenticateClient(
    context,
    requireParameter(body, 'client_id', 128),
    stringParameter(body, 'client_secret'),
    'token',
  );
  return issueClientCredentialsToken(
    context,
    client,
    stringParameter(body, 'audience'),
    stringParameter(body, 'scope', 4096),
  );
};

/** The grants `POST /oauth/token` answers, one line each, by `grant_type`. */
const GRANTS = new Map<string, TokenGrant>([
  [PASSWORDLESS_OTP_GRANT, passwordlessGrant],
  [AUTHORIZATION_CODE_GRANT, authorizationCodeGrant],
  [REFRESH_TOKEN_GRANT, refreshGrant],
  [CLIENT_CREDENTIALS_GRANT, clientCredentialsGrant],
]);

/** `POST /oauth/token`: the grant that `grant_type` names, under the per-IP limit. */
export async function oauthToken(
  context: BackendContext,
  request: Request,
  info: RequestInfo,
): Promise<Response> {
  const rateHeaders = await enforceRateLimit(
    context,
    `token-ip:${info.ip}`,
    context.config.rate_limits.token_per_ip,
  );
  const body = await readAuthApiBody(request, 'invalid_request');
  const grantType = requireParameter(body, 'grant_type', 256);
  const grant = GRANTS.get(grantType);
  if (!grant)
    throw new AuthError(
      400,
      'unsupported_grant_type',
      `Unsupported grant type: ${grantType.slice(0, 100)}`,
    );
  const answer = await grant(context, request, body, info);
  return jsonAnswer(
    answer,
    { headers: { ...rateHeaders, 'Cache-Control': 'no-store', Pragma: 'no-cache' } },
    info,
  );
}
