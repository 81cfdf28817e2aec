import type { BackendContext, RequestInfo } from '../context.ts';
import {
  CLIENT_CREDENTIALS_GRANT,
  PASSWORDLESS_OTP_GRANT,
  REFRESH_TOKEN_GRANT,
} from '../config/schema.ts';
import { issueManagementToken } from '../management/access.ts';
import { AuthError } from '../errors.ts';
import { readAuthApiBody } from '../http/body.ts';
import { verifyCode } from '../otp/service.ts';
import { enforceRateLimit } from '../rate-limit/enforce.ts';
import { issueRefreshToken } from '../tokens/refresh-tokens.ts';
import { newSmsUser } from '../users/users.ts';
import { authenticateClient } from './client-auth.ts';
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
 * The scopes a user's token may carry. There is no registry of APIs and their permissions, so
 * only the OpenID Connect scopes are granted: a visitor cannot award themselves `delete:users`.
 */
const USER_SCOPES = new Set(['openid', 'profile', 'phone', 'email', 'offline_access']);
const grantableUserScope = (requested: string): string =>
  [...new Set(requested.split(' ').filter((scope) => USER_SCOPES.has(scope)))].join(' ');

/** A user's token may be for any API but the Management API, which only machine clients reach. */
function userAudience(context: BackendContext, requested: string | undefined): string {
  if (requested === undefined) return `${context.issuer}userinfo`;
  if (requested === context.managementAudience)
    throw new AuthError(403, 'access_denied', 'The Management API does not accept user tokens.');
  return requested;
}

/** The passwordless OTP grant: a code sent by `/passwordless/start` for the user's tokens. */
const passwordlessGrant: TokenGrant = async (context, request, body) => {
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
  const audience = userAudience(context, stringParameter(body, 'audience', 512));

  await verifyCode(context, connection, phoneNumber, otp);

  const now = context.clock.now();
  const existing = await context.store.findUserByPhone(connection.name, phoneNumber);
  if (existing?.blocked) throw new AuthError(401, 'unauthorized', 'user is blocked');
  if (!existing && connection.options.disable_signup)
    throw new AuthError(403, 'invalid_grant', 'Public signup is disabled');
  const user = await context.store.recordLogin(
    newSmsUser(connection.name, phoneNumber, now),
    new Date(now).toISOString(),
  );
  context.logger.info('login', {
    connection: connection.name,
    user_id: user.user_id,
    client_id: client.client_id,
  });
  const refreshToken = await issueRefreshToken(context, {
    userId: user.user_id,
    client,
    scope,
    audience,
  });
  return tokenAnswer(context, { user, clientId: client.client_id, scope, audience, refreshToken });
};

/** `grant_type=client_credentials`: a Management API token for a confidential client. */
const clientCredentialsGrant: TokenGrant = async (context, _request, body) => {
  const client = await authenticateClient(
    context,
    requireParameter(body, 'client_id', 128),
    stringParameter(body, 'client_secret'),
    'token',
  );
  return issueManagementToken(
    context,
    client,
    stringParameter(body, 'audience'),
    stringParameter(body, 'scope', 4096),
  );
};

/** The grants `POST /oauth/token` answers, one line each, by `grant_type`. */
const GRANTS = new Map<string, TokenGrant>([
  [PASSWORDLESS_OTP_GRANT, passwordlessGrant],
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
  const answer = await grant(context, request, body);
  return Response.json(answer, {
    headers: { ...rateHeaders, 'Cache-Control': 'no-store', Pragma: 'no-cache' },
  });
}
