import { createBackend, type Backend, type BackendOptions } from '../src/backend.ts';
import { startNodeServer, type RunningServer } from '../src/adapters/node.ts';
import { createManualClock } from '../src/clock.ts';
import type { ConfigInput } from '../src/config/schema.ts';
import { createMemoryStore } from '../src/store/memory.ts';

export const DOMAIN = 'tenant.example.com';
export const ORIGIN = `https://${DOMAIN}`;
export const ISSUER = `${ORIGIN}/`;
export const WEB_ORIGIN = 'https://app.example.com';
export const OTP_GRANT = 'http://auth0.com/oauth/grant-type/passwordless/otp';

/**
 * The per-number and distinct-number send limits are loose here, since most suites send many codes
 * to one number; `abuse.test.ts` checks the real defaults. Rate limits given in `overrides` are
 * merged over these.
 */
const LOOSE_SEND_LIMITS = {
  passwordless_start_per_phone: { burst: 10_000, per_hour: 10_000 },
  distinct_numbers_per_ip: { burst: 10_000, per_hour: 10_000 },
};

/** A tenant with a public client, a confidential one, a database connection and a signup-disabled connection. */
export function testConfig(overrides: Partial<ConfigInput> = {}): ConfigInput {
  return {
    domain: DOMAIN,
    clients: [
      { client_id: 'spa', name: 'Test App', web_origins: [WEB_ORIGIN] },
      { client_id: 'server', name: 'Server App', client_secret: 'server-secret-123' },
      { client_id: 'no-otp', name: 'No OTP', grant_types: ['refresh_token'] },
      { client_id: 'lonely', name: 'Lonely App' },
    ],
    connections: [
      { name: 'sms', enabled_clients: ['spa', 'server', 'no-otp'] },
      { name: 'sms-closed', enabled_clients: ['spa'], options: { disable_signup: true } },
      { name: 'Username-Password-Authentication', strategy: 'auth0', enabled_clients: ['spa'] },
    ],
    // The tests read codes from the outbox, as a team's test suite does.
    dev_routes: true,
    ...overrides,
    rate_limits: { ...LOOSE_SEND_LIMITS, ...overrides.rate_limits },
  };
}

/** One way into the backend: its handler called directly, or a real Node server on loopback. */
export interface Door {
  name: string;
  backend: Backend;
  clock: ReturnType<typeof createManualClock>;
  request(path: string, init?: RequestInit): Promise<Response>;
  close(): Promise<void>;
}

export type DoorFactory = (config?: ConfigInput, options?: BackendOptions) => Promise<Door>;

export const directDoor: DoorFactory = async (config = testConfig(), options = {}) => {
  const clock = createManualClock(Date.now());
  const backend = createBackend(config, { clock, store: createMemoryStore(), ...options });
  return {
    name: 'handler',
    backend,
    clock,
    request: (path, init) => backend.fetch(new Request(`${ORIGIN}${path}`, init)),
    close: async () => {},
  };
};

export const nodeDoor: DoorFactory = async (config = testConfig(), options = {}) => {
  const clock = createManualClock(Date.now());
  const backend = createBackend(config, { clock, store: createMemoryStore(), ...options });
  const running: RunningServer = await startNodeServer(backend, { port: 0 });
  return {
    name: 'node server',
    backend,
    clock,
    request: (path, init) => fetch(`${running.url}${path}`, init),
    close: () => running.close(),
  };
};

export const doors: [string, DoorFactory][] = [
  ['handler', directDoor],
  ['node server', nodeDoor],
];

export const json = (body: unknown, headers: Record<string, string> = {}): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', ...headers },
  body: JSON.stringify(body),
});

export const form = (
  body: Record<string, string>,
  headers: Record<string, string> = {},
): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
  body: new URLSearchParams(body).toString(),
});

/** Starts a login for `phone` and returns the code the outbox received. */
export async function sendCode(
  door: Door,
  phone: string,
  extra: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<string> {
  const response = await door.request(
    '/passwordless/start',
    json(
      { client_id: 'spa', connection: 'sms', phone_number: phone, send: 'code', ...extra },
      headers,
    ),
  );
  if (response.status !== 200)
    throw new Error(`start failed: ${response.status} ${await response.text()}`);
  return lastCode(door, phone);
}

export async function lastMessage(
  door: Door,
  phone: string,
): Promise<{ body: string; language: string | null }> {
  const response = await door.request(`/dev/messages?phone_number=${encodeURIComponent(phone)}`);
  const { messages } = (await response.json()) as {
    messages: { body: string; language: string | null }[];
  };
  if (!messages[0]) throw new Error(`no message for ${phone}`);
  return messages[0];
}

export async function lastCode(door: Door, phone: string): Promise<string> {
  const { body } = await lastMessage(door, phone);
  const match = /(\d{4,40})(?!.*\d)/s.exec(body);
  if (!match) throw new Error(`no code in "${body}"`);
  return match[1]!;
}

export const tokenRequest = (phone: string, otp: string, extra: Record<string, string> = {}) =>
  form({ grant_type: OTP_GRANT, client_id: 'spa', username: phone, otp, realm: 'sms', ...extra });

export async function errorOf(response: Response): Promise<[number, string, string]> {
  const body = (await response.json()) as { error: string; error_description: string };
  return [response.status, body.error, body.error_description];
}
