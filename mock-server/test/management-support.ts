import type { ConfigInput } from '../src/config/schema.ts';
import { ISSUER, sendCode, testConfig, tokenRequest, type Door } from './support.ts';

export const MANAGEMENT_AUDIENCE = `${ISSUER}api/v2/`;
export const OPS_CLIENT = { client_id: 'ops', client_secret: 'ops-secret-123456' };

export const ALL_SCOPES = [
  'read:connections',
  'update:connections',
  'read:users',
  'create:users',
  'update:users',
  'delete:users',
  'read:clients',
  'create:clients',
  'update:clients',
  'delete:clients',
  'read:client_credentials',
  'read:resource_servers',
  'create:resource_servers',
  'update:resource_servers',
  'delete:resource_servers',
  'read:branding',
  'create:branding',
  'update:branding',
  'delete:branding',
  'read:client_grants',
  'create:client_grants',
  'update:client_grants',
  'delete:client_grants',
  'read:tenant_settings',
  'update:tenant_settings',
  'read:actions',
  'update:actions',
  'read:prompts',
  'update:prompts',
  'read:attack_protection',
  'update:attack_protection',
];

/** Auth0's refresh-token settings of a client that never had any set. */
export const NON_ROTATING = {
  rotation_type: 'non-rotating',
  expiration_type: 'non-expiring',
  leeway: 0,
  token_lifetime: 31_557_600,
  infinite_token_lifetime: true,
  idle_token_lifetime: 2_592_000,
  infinite_idle_token_lifetime: true,
};

/** Auth0's refresh-token settings of a browser app with rotation. */
export const ROTATING = {
  rotation_type: 'rotating',
  expiration_type: 'expiring',
  leeway: 0,
  token_lifetime: 2_592_000,
  infinite_token_lifetime: false,
  idle_token_lifetime: 1_296_000,
  infinite_idle_token_lifetime: false,
};

/** `testConfig()` plus a confidential `ops` client allowed every Management API scope. */
export function managementConfig(overrides: Partial<ConfigInput> = {}): ConfigInput {
  const base = testConfig();
  return {
    ...base,
    clients: [
      ...(base.clients ?? []),
      { ...OPS_CLIENT, name: 'Ops', grant_types: ['client_credentials'] },
    ],
    client_grants: [{ client_id: 'ops', audience: MANAGEMENT_AUDIENCE, scope: ALL_SCOPES }],
    ...overrides,
  };
}

/** A Management API token with `scopes` (all of the grant's when omitted). */
export async function managementToken(door: Door, scopes?: string[]): Promise<string> {
  const response = await door.request('/oauth/token', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      grant_type: 'client_credentials',
      ...OPS_CLIENT,
      audience: MANAGEMENT_AUDIENCE,
      ...(scopes ? { scope: scopes.join(' ') } : {}),
    }),
  });
  if (response.status !== 200)
    throw new Error(`token failed: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { access_token: string }).access_token;
}

/** Calls the Management API with a Bearer token; `body` is sent as JSON. */
export function management(
  door: Door,
  token: string,
  method: string,
  path: string,
  body?: unknown,
): Promise<Response> {
  return door.request(`/api/v2${path}`, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}

/** The Auth0 Management error of a response: `[statusCode, errorCode, message]`. */
export async function managementErrorOf(response: Response): Promise<[number, string, string]> {
  const body = (await response.json()) as {
    statusCode: number;
    error: string;
    message: string;
    errorCode: string;
  };
  if (body.statusCode !== response.status) throw new Error('statusCode differs from the status');
  if (typeof body.error !== 'string') throw new Error('no error reason');
  return [body.statusCode, body.errorCode, body.message];
}

/** Sends a code to `phone` and trades it at `/oauth/token` as `spa`; the token response. */
export async function logInByCode(door: Door, phone: string): Promise<Response> {
  const otp = await sendCode(door, phone);
  return door.request('/oauth/token', tokenRequest(phone, otp));
}
