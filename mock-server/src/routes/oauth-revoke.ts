import type { BackendContext, RequestInfo } from '../context.ts';
import { readAuthApiBody } from '../http/body.ts';
import { enforceRateLimit } from '../rate-limit/enforce.ts';
import { revokeRefreshToken } from '../tokens/refresh-tokens.ts';
import { authenticateClient, checkOrigin } from './client-auth.ts';
import { requireParameter, stringParameter } from './token/token-request.ts';

/**
 * `POST /oauth/revoke` (`client_id`, `token`, `client_secret` for confidential clients): revokes
 * the family of a refresh token the client owns and answers 200 with an empty body. As Auth0
 * does, a token that is unknown, already revoked or another client's gets the same answer, so
 * the endpoint tells nobody which tokens exist.
 */
export async function oauthRevoke(
  context: BackendContext,
  request: Request,
  info: RequestInfo,
): Promise<Response> {
  const rateHeaders = await enforceRateLimit(
    context,
    `revoke-ip:${info.ip}`,
    context.config.rate_limits.token_per_ip,
  );
  const body = await readAuthApiBody(request, 'invalid_request');
  const clientId = requireParameter(body, 'client_id', 128);
  const token = requireParameter(body, 'token', 256);
  // auth0-spa-js sends `token_type_hint=refresh_token`; refresh tokens are all this revokes.
  stringParameter(body, 'token_type_hint', 64);
  const client = await authenticateClient(
    context,
    clientId,
    stringParameter(body, 'client_secret'),
    'token',
  );
  checkOrigin(client, request, 'token');
  await revokeRefreshToken(context, client, token);
  return new Response(null, {
    status: 200,
    headers: { ...rateHeaders, 'Cache-Control': 'no-store', Pragma: 'no-cache' },
  });
}
