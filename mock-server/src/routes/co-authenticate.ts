import { z } from 'zod';
import { PASSWORDLESS_OTP_GRANT } from '../config/schema.ts';
import { originOf } from '../config/urls.ts';
import type { BackendContext, RequestInfo } from '../context.ts';
import { AuthError } from '../errors.ts';
import { readAuthApiBody } from '../http/body.ts';
import { credentialedCorsHeaders, credentialedPreflight } from '../http/credentialed-cors.ts';
import { logInWithCode } from '../login/code-login.ts';
import { cookieHeader, crossOriginCookie } from '../login/cookies.ts';
import { issueCrossOriginTicket } from '../login/cross-origin-tickets.ts';
import { LOGIN_TICKET_LIFETIME_MS } from '../login/login-tickets.ts';
import { enforceRateLimit } from '../rate-limit/enforce.ts';
import type { Client } from '../tenant/tenant.ts';

const INVALID_BODY =
  'Invalid request body. All and only of client_id, credential_type, username, otp, realm are required.';

const bodySchema = z.strictObject({
  client_id: z.string().min(1).max(128),
  credential_type: z.string().min(1).max(256),
  username: z.string().min(1).max(32),
  otp: z.string().min(1).max(64),
  realm: z.string().min(1).max(128),
});

/** Origins an app may sign in from with its own page: its web origins and CORS origins. */
const crossOriginOrigins = (client: Client): string[] => [
  ...client.web_origins,
  ...client.allowed_origins.map(originOf),
];

/** `OPTIONS /co/authenticate`: the body (and so the client) is not known yet; any client's origin. */
export async function coAuthenticatePreflight(
  context: BackendContext,
  request: Request,
): Promise<Response> {
  const origin = request.headers.get('origin');
  const clients = await context.tenant.listClients();
  const allowed =
    origin !== null && clients.some((client) => crossOriginOrigins(client).includes(origin));
  return credentialedPreflight(origin, allowed);
}

/**
 * The code rules' errors in the words `/co/authenticate` uses (auth0-js and Lock read `error`):
 * a refused code is `access_denied`, a blocked user `blocked_user`, the per-IP limit
 * `too_many_attempts`.
 */
function crossOriginError(error: AuthError, cors: Record<string, string>): AuthError {
  const headers = { ...error.headers, ...cors };
  if (error.error === 'invalid_grant')
    return new AuthError(403, 'access_denied', error.description, headers);
  if (error.status === 401 && error.error === 'unauthorized')
    return new AuthError(403, 'blocked_user', error.description, headers);
  if (error.status === 429)
    return new AuthError(429, 'too_many_attempts', error.description, headers);
  return new AuthError(error.status, error.error, error.description, headers);
}

/**
 * `POST /co/authenticate`, the first half of an embedded login (auth0-js `passwordlessLogin`,
 * Lock): the texted code, checked by the same path as `/oauth/token`, becomes a login ticket for
 * `/authorize`, tied to this browser by a cookie and by `co_verifier`. Credentialed CORS, for the
 * client's own origins only, and only when the client allows cross-origin authentication.
 */
export async function coAuthenticate(
  context: BackendContext,
  request: Request,
  info: RequestInfo,
): Promise<Response> {
  // The same per-IP bucket as /oauth/token: two doors to one code check share one limit.
  const rateHeaders = await enforceRateLimit(
    context,
    `token-ip:${info.ip}`,
    context.config.rate_limits.token_per_ip,
  ).catch((error: unknown) => {
    throw error instanceof AuthError ? crossOriginError(error, {}) : error;
  });
  const parsed = bodySchema.safeParse(await readAuthApiBody(request, 'invalid_request'));
  if (!parsed.success) throw new AuthError(400, 'invalid_request', INVALID_BODY);
  const body = parsed.data;
  const client = await context.tenant.findClient(body.client_id);
  if (!client) throw new AuthError(401, 'invalid_client', 'Unknown client.');
  const origin = request.headers.get('origin');
  if (origin === null || !crossOriginOrigins(client).includes(origin))
    throw new AuthError(
      403,
      'access_denied',
      `Origin ${(origin ?? 'null').slice(0, 255)} is not allowed.`,
    );
  const cors = credentialedCorsHeaders(origin);
  try {
    if (!client.cross_origin_authentication)
      throw new AuthError(401, 'unauthorized_client', 'Cross origin login not allowed.');
    if (body.credential_type !== PASSWORDLESS_OTP_GRANT)
      throw new AuthError(
        400,
        'unsupported_credential_type',
        `Unsupported credential_type: ${body.credential_type}`,
      );
    if (!client.grant_types.includes(PASSWORDLESS_OTP_GRANT))
      throw new AuthError(
        403,
        'unauthorized_client',
        `Grant type '${PASSWORDLESS_OTP_GRANT}' not allowed for the client.`,
      );
    const connection = await context.tenant.findConnection(body.realm);
    if (
      !connection ||
      connection.strategy !== 'sms' ||
      !connection.enabled_clients.includes(client.client_id)
    )
      throw new AuthError(400, 'invalid_request', `Unknown realm ${body.realm}.`);
    const user = await logInWithCode(context, {
      connection,
      clientId: client.client_id,
      phoneNumber: body.username,
      otp: body.otp,
    });
    const ticket = await issueCrossOriginTicket(context, user, client.client_id, connection.name);
    const headers = new Headers({ ...rateHeaders, ...cors, 'Cache-Control': 'no-store' });
    headers.append(
      'Set-Cookie',
      cookieHeader(
        context.issuer,
        crossOriginCookie(ticket.co_id),
        ticket.co_verifier,
        LOGIN_TICKET_LIFETIME_MS / 1000,
      ),
    );
    return Response.json(ticket, { headers });
  } catch (error) {
    throw error instanceof AuthError ? crossOriginError(error, cors) : error;
  }
}
