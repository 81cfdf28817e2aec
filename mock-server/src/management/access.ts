import { SignJWT } from 'jose';
import type { BackendContext } from '../context.ts';
import { CLIENT_CREDENTIALS_GRANT } from '../config/schema.ts';
import { AuthError } from '../errors.ts';
import type { Client } from '../tenant/tenant.ts';
import { verifyAccessToken } from '../tokens/tokens.ts';
import { ManagementError } from './errors.ts';

/**
 * `client_credentials`: a confidential client with a client grant for an API (the Management API,
 * `https://<domain>/api/v2/`, or one of the tenant's resource servers) gets a token for it,
 * carrying the grant's scopes (or the asked subset), valid for the API's token lifetime.
 */
export async function issueClientCredentialsToken(
  context: BackendContext,
  client: Client,
  audience: string | undefined,
  requestedScope: string | undefined,
): Promise<Record<string, unknown>> {
  if (client.client_secret === undefined)
    throw new AuthError(401, 'invalid_client', 'Client authentication failed');
  if (!client.grant_types.includes(CLIENT_CREDENTIALS_GRANT))
    throw new AuthError(
      403,
      'unauthorized_client',
      `Grant type '${CLIENT_CREDENTIALS_GRANT}' not allowed for the client.`,
    );
  if (audience === undefined)
    throw new AuthError(400, 'invalid_request', 'Missing required parameter: audience');
  const api = await context.tenant.findResourceServer(audience);
  if (!api)
    throw new AuthError(403, 'access_denied', `Service not found: ${audience.slice(0, 255)}`);
  const lifetime =
    audience === context.managementAudience
      ? context.tokenSettings.accessTokenLifetime
      : api.token_lifetime;
  const grant = await context.tenant.findClientGrant(client.client_id, audience);
  if (!grant)
    throw new AuthError(
      403,
      'access_denied',
      `Client is not authorized to access "${audience}". You need to create a "client-grant" associated to this API.`,
    );
  const scopes =
    requestedScope === undefined
      ? grant.scope
      : requestedScope.split(' ').filter((scope) => grant.scope.includes(scope));
  const now = Math.floor(context.clock.now() / 1000);
  const key = await context.signingKey();
  const accessToken = await new SignJWT({
    scope: scopes.join(' '),
    gty: 'client-credentials',
    azp: client.client_id,
  })
    .setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid: key.kid })
    .setIssuer(context.issuer)
    .setSubject(`${client.client_id}@clients`)
    .setAudience(audience)
    .setIssuedAt(now)
    .setExpirationTime(now + lifetime)
    .sign(key.privateKey);
  context.logger.info(
    audience === context.managementAudience ? 'management_token' : 'client_credentials_token',
    { client_id: client.client_id },
  );
  return {
    access_token: accessToken,
    scope: scopes.join(' '),
    expires_in: lifetime,
    token_type: 'Bearer',
  };
}

/** The scopes of a valid Management API token in `Authorization`; throws Auth0's 401 otherwise. */
export async function authenticateManagementRequest(
  context: BackendContext,
  request: Request,
): Promise<Set<string>> {
  const authorization = request.headers.get('authorization');
  if (!authorization)
    throw new ManagementError(401, 'Missing authentication', 'missing_authentication');
  const match = /^Bearer ([A-Za-z0-9_.-]{1,8192})$/.exec(authorization);
  if (!match)
    throw new ManagementError(
      401,
      'Bad HTTP authentication header format',
      'invalid_authorization_header',
    );
  try {
    const payload = await verifyAccessToken(
      await context.signingKey(),
      context.tokenSettings,
      match[1]!,
      context.managementAudience,
      Math.floor(context.clock.now() / 1000),
    );
    // Only a machine token from `client_credentials` may manage the tenant, whatever it claims.
    if (payload.gty !== 'client-credentials' || !payload.sub?.endsWith('@clients'))
      throw new ManagementError(401, 'Invalid token', 'invalid_token');
    return new Set(
      typeof payload.scope === 'string' ? payload.scope.split(' ').filter(Boolean) : [],
    );
  } catch (error) {
    if (error instanceof ManagementError) throw error;
    const expired = (error as { code?: string }).code === 'ERR_JWT_EXPIRED';
    throw new ManagementError(
      401,
      expired ? 'Expired token received for JSON Web Token validation' : 'Invalid token',
      'invalid_token',
    );
  }
}

/** Throws Auth0's 403 unless the token has one of `wanted`. */
export function requireScope(scopes: Set<string>, ...wanted: string[]): void {
  if (!wanted.some((scope) => scopes.has(scope)))
    throw new ManagementError(
      403,
      `Insufficient scope, expected any of: ${wanted.join(',')}`,
      'insufficient_scope',
    );
}
