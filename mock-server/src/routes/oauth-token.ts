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
import { logInWithCode } from '../login/code-login.ts';
import { enforceRateLimit } from '../rate-limit/enforce.ts';
import type { StoredUser } from '../store/types.ts';
import { scopeIncludes, signTokens } from '../tokens/tokens.ts';
import { grantableUserScope } from '../tokens/user-scopes.ts';
import { authenticateClient, checkOrigin } from './client-auth.ts';
import { authorizationCodeGrant } from './token/authorization-code-grant.ts';
import { checkGrantAllowed, requireParameter, stringParameter } from './token/parameters.ts';
import { AUTHORIZATION_CODE_GRANT } from '../config/schema.ts';

const OTP_FIELDS = ['grant_type', 'client_id', 'username', 'otp', 'realm'] as const;

/** A user's token may be for any API but the Management API, which only machine clients reach. */
function userAudience(context: BackendContext, requested: string | undefined): string {
  if (requested === undefined) return `${context.issuer}userinfo`;
  if (requested === context.managementAudience)
    throw new AuthError(403, 'access_denied', 'The Management API does not accept user tokens.');
  return requested;
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
  else if (grantType === AUTHORIZATION_CODE_GRANT)
    answer = await authorizationCodeGrant(context, request, body);
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

  const user = await logInWithCode(context, {
    connection,
    clientId: client.client_id,
    phoneNumber,
    otp,
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
