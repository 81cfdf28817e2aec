// A tenant with clients for each kind of refresh token, and the calls the refresh tests make.
import assert from 'node:assert/strict';
import type { ConfigInput } from '../src/config/schema.ts';
import { form, sendCode, tokenRequest, WEB_ORIGIN, type Door } from './support.ts';
import { managementConfig } from './management-support.ts';

/** Clients by the refresh tokens they get (`spa` and `server` of testConfig neither rotate nor expire). */
export const ROTATING = 'rotating-spa';
export const LEEWAY = 'rotating-leeway';
export const ENDLESS = 'rotating-endless';
export const IDLE_ONLY = 'expiring-idle';
export const NO_REFRESH = 'no-refresh';

/** Seconds, small enough to walk through with the manual clock. */
export const LIFETIME = 3600;
export const IDLE = 600;
export const LEEWAY_SECONDS = 30;

export function refreshConfig(): ConfigInput {
  const base = managementConfig();
  const web = { web_origins: [WEB_ORIGIN] };
  const clients: ConfigInput['clients'] = [
    ...base.clients,
    {
      client_id: ROTATING,
      name: 'Rotating SPA',
      ...web,
      refresh_token: {
        rotation_type: 'rotating',
        expiration_type: 'expiring',
        token_lifetime: LIFETIME,
        idle_token_lifetime: IDLE,
      },
    },
    {
      client_id: LEEWAY,
      name: 'Rotating SPA with leeway',
      ...web,
      refresh_token: {
        rotation_type: 'rotating',
        expiration_type: 'expiring',
        leeway: LEEWAY_SECONDS,
      },
    },
    {
      client_id: ENDLESS,
      name: 'Rotating SPA without lifetimes',
      ...web,
      refresh_token: {
        rotation_type: 'rotating',
        expiration_type: 'expiring',
        infinite_token_lifetime: true,
        infinite_idle_token_lifetime: true,
      },
    },
    {
      client_id: IDLE_ONLY,
      name: 'Non-rotating, idle lifetime only',
      ...web,
      refresh_token: {
        rotation_type: 'non-rotating',
        expiration_type: 'expiring',
        infinite_token_lifetime: true,
        idle_token_lifetime: IDLE,
      },
    },
    {
      client_id: NO_REFRESH,
      name: 'No refresh grant',
      grant_types: ['http://auth0.com/oauth/grant-type/passwordless/otp'],
    },
  ];
  const enabled = clients.map((client) => client.client_id);
  return {
    ...base,
    clients,
    connections: [{ name: 'sms', enabled_clients: enabled }],
    rate_limits: {
      ...base.rate_limits,
      token_per_ip: { burst: 10_000, per_hour: 10_000 },
    },
  };
}

let phones = 0;
export const nextPhone = () => `+1415557${String(++phones).padStart(4, '0')}`;

export interface TokenSet {
  access_token: string;
  id_token?: string;
  refresh_token?: string;
  scope: string;
  expires_in: number;
  token_type: string;
}

export interface LoginOptions {
  scope?: string;
  /** The number to log in; a new one by default. */
  phone?: string;
  /** More token request fields (`client_secret`). */
  extra?: Record<string, string>;
}

/** Logs a number in with `clientId` and answers its token set. */
export async function login(
  door: Door,
  clientId: string,
  { scope = 'openid offline_access', phone = nextPhone(), extra = {} }: LoginOptions = {},
): Promise<TokenSet & { phone: string }> {
  const code = await sendCode(door, phone);
  const response = await door.request(
    '/oauth/token',
    tokenRequest(phone, code, { client_id: clientId, scope, ...extra }),
  );
  assert.equal(response.status, 200, await response.clone().text());
  return { ...((await response.json()) as TokenSet), phone };
}

export const refresh = (
  door: Door,
  clientId: string,
  refreshToken: string,
  extra: Record<string, string> = {},
  headers: Record<string, string> = {},
) =>
  door.request(
    '/oauth/token',
    form(
      { grant_type: 'refresh_token', client_id: clientId, refresh_token: refreshToken, ...extra },
      headers,
    ),
  );

/** A refresh that must succeed: its token set. */
export async function refreshed(
  door: Door,
  clientId: string,
  refreshToken: string,
  extra: Record<string, string> = {},
): Promise<TokenSet> {
  const response = await refresh(door, clientId, refreshToken, extra);
  assert.equal(response.status, 200, await response.clone().text());
  return (await response.json()) as TokenSet;
}

export const revoke = (door: Door, body: Record<string, string>) =>
  door.request('/oauth/revoke', form(body));

export const INVALID_REFRESH_TOKEN: [number, string, string] = [
  403,
  'invalid_grant',
  'Unknown or invalid refresh token.',
];

export const USER_IS_BLOCKED: [number, string, string] = [403, 'invalid_grant', 'user is blocked'];
