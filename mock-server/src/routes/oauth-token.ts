import type { BackendContext, RequestInfo } from '../context.ts';
import {
  CLIENT_CREDENTIALS_GRANT,
  PASSWORDLESS_OTP_GRANT,
  REFRESH_TOKEN_GRANT,
} from '../config/schema.ts';
import { issueManagementToken } from '../management/access.ts';
import type { Client } from '../tenant/tenant.ts';
import { AuthError } from '../errors.ts';
import { readAuthApiBody } from '../http/body.ts';
import { randomHex, sha256Hex } from '../crypto/digest.ts';
import { verifyCode } from '../otp/service.ts';
import { enforceRateLimit } from '../rate-limit/enforce.ts';
import type { StoredUser } from '../store/types.ts';
import { scopeIncludes, signTokens } from '../tokens/tokens.ts';
import { newSmsUser } from '../users/users.ts';
import { authenticateClient, checkOrigin } from './client-auth.ts';

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

/** Reads a parameter that must be a short string when present. */
function stringParameter(
  body: Record<string, unknown>,
  name: string,
  maxLength = 512,
): string | undefined {
  const value = body[name];
  if (value === undefined || value === '') return undefined;
  if (typeof value !== 'string')
    throw new AuthError(
      400,
      'invalid_request',
      `Invalid type for parameter: ${name} (expected string)`,
    );
  if (value.length > maxLength)
    throw new AuthError(400, 'invalid_request', `Parameter too long: ${name}`);
  return value;
}

function requireParameter(body: Record<string, unknown>, name: string, maxLength?: number): string {
  const value = stringParameter(body, name, maxLength);
  if (value === undefined)
    throw new AuthError(400, 'invalid_request', `Missing required parameter: ${name}`);
  return value;
}

function checkGrantAllowed(client: Client, grant: string): void {
  if (!client.grant_types.includes(grant))
    throw new AuthError(
      403,
      'unauthorized_client',
      `Grant type '${grant}' not allowed for the client.`,
    );
}

/** `POST /oauth/token`: the passwordless OTP grant, and the refresh grant for `offline_access`. */
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
  let answer: Record<string, unknown>;
  if (grantType === PASSWORDLESS_OTP_GRANT)
    answer = await passwordlessGrant(context, request, body);
  else if (grantType === REFRESH_TOKEN_GRANT) answer = await refreshGrant(context, request, body);
  else if (grantType === CLIENT_CREDENTIALS_GRANT) {
    const client = await authenticateClient(
      context,
      requireParameter(body, 'client_id', 128),
      stringParameter(body, 'client_secret'),
      'token',
    );
    answer = await issueManagementToken(
      context,
      client,
      stringParameter(body, 'audience'),
      stringParameter(body, 'scope', 4096),
    );
  } else
    throw new AuthError(
      400,
      'unsupported_grant_type',
      `Unsupported grant type: ${grantType.slice(0, 100)}`,
    );
  return Response.json(answer, {
    headers: { ...rateHeaders, 'Cache-Control': 'no-store', Pragma: 'no-cache' },
  });
}

async function passwordlessGrant(
  context: BackendContext,
  request: Request,
  body: Record<string, unknown>,
): Promise<Record<string, unknown>> {
  for (const field of OTP_FIELDS) requireParameter(body, field);
  const client = await authenticateClient(
    context,
    requireParameter(body, 'client_id', 128),
    stringParameter(body, 'client_secret'),
    'token',
  );
  checkGrantAllowed(client, PASSWORDLESS_OTP_GRANT);
  checkOrigin(client, request, 'token');
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
  return tokenAnswer(context, user, client, scope, audience);
}

async function refreshGrant(
  context: BackendContext,
  request: Request,
  body: Record<string, unknown>,
): Promise<Record<string, unknown>> {
  const client = await authenticateClient(
    context,
    requireParameter(body, 'client_id', 128),
    stringParameter(body, 'client_secret'),
    'token',
  );
  checkGrantAllowed(client, REFRESH_TOKEN_GRANT);
  checkOrigin(client, request, 'token');
  const token = requireParameter(body, 'refresh_token', 256);
  const stored = await context.store.findRefreshToken(await sha256Hex(token));
  if (!stored || stored.clientId !== client.client_id)
    throw new AuthError(403, 'invalid_grant', 'Unknown or invalid refresh token.');
  const user = await context.store.findUserById(stored.userId);
  if (!user || user.blocked)
    throw new AuthError(403, 'invalid_grant', 'Unknown or invalid refresh token.');
  const answer = await tokenAnswer(context, user, client, stored.scope, stored.audience, false);
  return answer;
}

async function tokenAnswer(
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
