import type { BackendContext, RequestInfo } from '../../context.ts';
import { AuthError } from '../../errors.ts';
import type { Client } from '../../tenant/tenant.ts';
import { authenticateClient, checkOrigin } from '../client-auth.ts';

/** One grant of `POST /oauth/token`: reads its parameters from the body and answers the token set. */
export type TokenGrant = (
  context: BackendContext,
  request: Request,
  body: Record<string, unknown>,
  info: RequestInfo,
) => Promise<Record<string, unknown>>;

/** Reads a parameter that must be a short string when present. */
export function stringParameter(
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

export function requireParameter(
  body: Record<string, unknown>,
  name: string,
  maxLength?: number,
): string {
  const value = stringParameter(body, name, maxLength);
  if (value === undefined)
    throw new AuthError(400, 'invalid_request', `Missing required parameter: ${name}`);
  return value;
}

export function checkGrantAllowed(client: Client, grant: string): void {
  if (!client.grant_types.includes(grant))
    throw new AuthError(
      403,
      'unauthorized_client',
      `Grant type '${grant}' not allowed for the client.`,
    );
}

/**
 * The client of a user's grant: authenticated (its secret, when it has one), allowed `grant`, and
 * called from one of its origins when the call comes from a browser.
 */
export async function clientForGrant(
  context: BackendContext,
  request: Request,
  body: Record<string, unknown>,
  grant: string,
): Promise<Client> {
  const client = await authenticateClient(
    context,
    requireParameter(body, 'client_id', 128),
    stringParameter(body, 'client_secret'),
    'token',
  );
  checkGrantAllowed(client, grant);
  checkOrigin(client, request, 'token');
  return client;
}
