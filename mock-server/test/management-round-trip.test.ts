// The round-trip rule of the Management API, for every resource type a write can reach: what
// `GET` returns, the write (PATCH, or PUT where Auth0 has it) accepts back unchanged, read-only
// fields included, and leaves the resource as it was; an unknown field is refused in Auth0's
// words, so a typo is never dropped in silence.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { doors, type Door } from './support.ts';
import { MANAGEMENT_API_SCOPES } from '../src/management/system-api.ts';
import {
  MANAGEMENT_AUDIENCE,
  management,
  managementConfig,
  managementErrorOf,
  managementToken,
} from './management-support.ts';

const ORDERS = 'https://orders.example.com/';

interface ResourceType {
  name: string;
  /** Where `GET` reads one resource (or the tenant's one setting). */
  path(door: Door, token: string): Promise<string>;
  method?: 'PATCH' | 'PUT';
  /** What a `GET` answer is inside the written resource (a list's only item, say). */
  shown?(body: any): any;
}

const firstOf = (list: string, key?: string) => async (door: Door, token: string) => {
  const body = (await (await management(door, token, 'GET', list)).json()) as any;
  const items = key ? body[key] : body;
  const item = items.find((candidate: any) => !candidate.is_system);
  return `${list.split('?')[0]}/${encodeURIComponent(item.id ?? item.client_id)}`;
};
const fixed = (path: string) => async () => path;

const RESOURCE_TYPES: ResourceType[] = [
  { name: 'clients', path: fixed('/clients/spa') },
  { name: 'connections', path: firstOf('/connections') },
  { name: 'resource servers', path: firstOf('/resource-servers') },
  { name: 'client grants', path: firstOf('/client-grants') },
  { name: 'tenant settings', path: fixed('/tenants/settings') },
  { name: 'branding', path: fixed('/branding') },
  {
    name: 'branding theme',
    path: async (door, token) => {
      const theme = (await (
        await management(door, token, 'GET', '/branding/themes/default')
      ).json()) as { themeId: string };
      return `/branding/themes/${theme.themeId}`;
    },
  },
  { name: 'phone providers', path: firstOf('/branding/phone/providers', 'providers') },
  { name: 'phone templates', path: firstOf('/branding/phone/templates', 'templates') },
  { name: 'prompts', path: fixed('/prompts') },
  {
    name: 'breached password detection',
    path: fixed('/attack-protection/breached-password-detection'),
  },
  { name: 'brute-force protection', path: fixed('/attack-protection/brute-force-protection') },
  { name: 'suspicious IP throttling', path: fixed('/attack-protection/suspicious-ip-throttling') },
  { name: 'risk assessment', path: fixed('/risk-assessments/settings') },
  { name: 'new-device risk assessment', path: fixed('/risk-assessments/settings/new-device') },
];

for (const [doorName, openDoor] of doors) {
  describe(`Management API round trip (${doorName})`, () => {
    let door: Door;
    let token: string;

    before(async () => {
      const base = managementConfig();
      door = await openDoor({
        ...base,
        client_grants: [
          {
            client_id: 'ops',
            audience: MANAGEMENT_AUDIENCE,
            scope: MANAGEMENT_API_SCOPES.map((scope) => scope.value),
          },
          { client_id: 'ops', audience: ORDERS, scope: ['read:orders'] },
        ],
        resource_servers: [
          { identifier: ORDERS, name: 'Orders', scopes: [{ value: 'read:orders' }] },
        ],
        branding: { colors: { primary: '#0059d6' } },
        phone: {
          providers: [
            {
              name: 'twilio',
              configuration: {
                sid: 'AC123',
                delivery_methods: ['text'],
                default_from: '+15550100',
              },
              credentials: { auth_token: 'twilio-token' },
            },
          ],
          templates: [{ type: 'otp_verify', content: { body: { text: '{{ code }} is yours' } } }],
        },
      });
      token = await managementToken(door);
      const theme = await management(door, token, 'POST', '/branding/themes', {
        borders: {},
        colors: { primary_button: '#aa0055' },
        fonts: {},
        page_background: {},
        widget: {},
      });
      assert.equal(theme.status, 200, await theme.clone().text());
    });
    after(() => door.close());

    for (const type of RESOURCE_TYPES) {
      test(`${type.name}: GET's answer is written back unchanged; an unknown field is refused`, async () => {
        const path = await type.path(door, token);
        const read = await management(door, token, 'GET', path);
        assert.equal(read.status, 200, await read.clone().text());
        const shown = (await read.json()) as Record<string, unknown>;

        const written = await management(door, token, type.method ?? 'PATCH', path, shown);
        assert.equal(written.status, 200, await written.clone().text());
        const reread = (await (await management(door, token, 'GET', path)).json()) as Record<
          string,
          unknown
        >;
        // A write stamps `updated_at` where the resource has one; nothing else moves.
        const { updated_at: _before, ...unchanged } = shown;
        const { updated_at: _after, ...again } = reread;
        assert.deepEqual(again, unchanged);

        assert.deepEqual(
          await managementErrorOf(
            await management(door, token, type.method ?? 'PATCH', path, { ...shown, colour: 1 }),
          ),
          [
            400,
            'invalid_body',
            "Payload validation error: 'Additional properties not allowed: colour'.",
          ],
        );
      });
    }

    test('a read-only field sent with another value is refused, not dropped', async () => {
      assert.deepEqual(
        await managementErrorOf(
          await management(door, token, 'PATCH', '/clients/spa', { client_id: 'other' }),
        ),
        [
          400,
          'invalid_body',
          "Payload validation error: 'Additional properties not allowed: client_id'.",
        ],
      );
      const [connection] = (await (
        await management(door, token, 'GET', '/connections')
      ).json()) as {
        id: string;
      }[];
      for (const body of [{ is_domain_connection: true }, { realms: ['other'] }])
        assert.equal(
          (await management(door, token, 'PATCH', `/connections/${connection!.id}`, body)).status,
          400,
          JSON.stringify(body),
        );
    });

    test('guardian policies: PUT takes back the empty list GET shows, and no policy', async () => {
      const shown = await (await management(door, token, 'GET', '/guardian/policies')).json();
      assert.deepEqual(shown, []);
      assert.equal((await management(door, token, 'PUT', '/guardian/policies', shown)).status, 200);
      const [status, code, message] = await managementErrorOf(
        await management(door, token, 'PUT', '/guardian/policies', ['all-applications']),
      );
      assert.deepEqual([status, code], [400, 'invalid_body']);
      assert.match(message, /Multi-factor authentication is not available/);
    });
  });
}
