import type { Client } from '../tenant/tenant.ts';
import type { BackendContext } from '../context.ts';
import { AuthError } from '../errors.ts';
import { timingSafeEqualHex } from '../crypto/digest.ts';

type Endpoint = 'start' | 'token';

/** Compares digests, which have one length, so the time taken says nothing about the secret. */
const secretsMatch = async (
  context: BackendContext,
  expected: string,
  given: string,
): Promise<boolean> =>
  timingSafeEqualHex(
    await context.crypto.sha256Hex(expected),
    await context.crypto.sha256Hex(given),
  );

/**
 * Finds the client and checks its secret when it has one. The two endpoints answer a failure in
 * their own vocabulary: `/passwordless/start` with `bad.client_id`/`unauthorized`, `/oauth/token`
 * with `invalid_client`.
 */
export async function authenticateClient(
  context: BackendContext,
  clientId: string,
  clientSecret: string | undefined,
  endpoint: Endpoint,
): Promise<Client> {
  const client = await context.tenant.findClient(clientId);
  if (!client) {
    if (endpoint === 'start')
      throw new AuthError(400, 'bad.client_id', `Unknown client: ${clientId.slice(0, 128)}`);
    throw new AuthError(401, 'invalid_client', 'Client authentication failed');
  }
  if (client.client_secret !== undefined) {
    const matches =
      clientSecret !== undefined &&
      (await secretsMatch(context, client.client_secret, clientSecret));
    if (!matches) {
      if (endpoint === 'start')
        throw new AuthError(401, 'unauthorized', 'Unauthorized. Invalid client credentials');
      throw new AuthError(401, 'invalid_client', 'Client authentication failed');
    }
  }
  return client;
}

/**
 * A browser call (it carries `Origin`) must come from one of the client's allowed origins. Calls
 * from servers and SDKs send no `Origin` and are not concerned.
 */
export function checkOrigin(client: Client, request: Request, endpoint: Endpoint): void {
  const origin = request.headers.get('origin');
  if (origin === null || client.web_origins.includes(origin)) return;
  const error = endpoint === 'start' ? 'unauthorized' : 'access_denied';
  throw new AuthError(403, error, `Origin ${origin.slice(0, 255)} is not allowed for this client`);
}
