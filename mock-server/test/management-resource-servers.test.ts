// `/api/v2/resource-servers`: the tenant's APIs (audiences), from the configuration and the
// Management API, with the Management API itself listed as a system API.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { MANAGEMENT_API_SCOPES } from '../src/management/system-api.ts';
import { doors, type Door } from './support.ts';
import {
  MANAGEMENT_AUDIENCE,
  management,
  managementConfig,
  managementErrorOf,
  managementToken,
} from './management-support.ts';

interface ResourceServerView {
  id: string;
  name: string;
  identifier: string;
  is_system: boolean;
  signing_alg: string;
  scopes: { value: string; description?: string }[];
  token_lifetime: number;
  token_lifetime_for_web: number;
  allow_offline_access: boolean;
  skip_consent_for_verifiable_first_party_clients: boolean;
}

const ORDERS = 'https://orders.example.com/';

test('the Management API lists exactly the scopes its routes check', async () => {
  const folder = new URL('../src/routes/management/', import.meta.url);
  const checked = new Set<string>();
  for (const file of await readdir(folder)) {
    const source = await readFile(new URL(file, folder), 'utf8');
    for (const call of source.matchAll(/requireScope\((?:[^()]|\([^()]*\))*\)/g))
      for (const [scope] of call[0].matchAll(/(?<=')[a-z]+:[a-z_]+(?=')/g)) checked.add(scope);
  }
  assert.deepEqual([...checked].sort(), MANAGEMENT_API_SCOPES.map((scope) => scope.value).sort());
});

for (const [doorName, openDoor] of doors) {
  describe(`Management API resource servers (${doorName})`, () => {
    let door: Door;
    let token: string;

    before(async () => {
      door = await openDoor(
        managementConfig({
          resource_servers: [
            {
              identifier: ORDERS,
              name: 'Orders',
              scopes: [{ value: 'read:orders', description: 'Read orders' }],
              token_lifetime: 3600,
              allow_offline_access: true,
            },
          ],
        }),
      );
      token = await managementToken(door);
    });
    after(() => door.close());

    const list = async (query = '') =>
      (await (
        await management(door, token, 'GET', `/resource-servers${query}`)
      ).json()) as ResourceServerView[];

    test('GET lists the Management API as a system API, then the configured ones', async () => {
      const [system, orders, ...rest] = await list();
      assert.equal(rest.length, 0);
      assert.equal(system!.identifier, MANAGEMENT_AUDIENCE);
      assert.equal(system!.is_system, true);
      assert.equal(system!.name, 'Auth0 Management API');
      assert.ok(system!.scopes.some((scope) => scope.value === 'read:resource_servers'));
      assert.match(orders!.id, /^[0-9a-f]{24}$/);
      assert.deepEqual(orders, {
        id: orders!.id,
        name: 'Orders',
        identifier: ORDERS,
        is_system: false,
        signing_alg: 'RS256',
        scopes: [{ value: 'read:orders', description: 'Read orders' }],
        token_lifetime: 3600,
        token_lifetime_for_web: 3600,
        allow_offline_access: true,
        skip_consent_for_verifiable_first_party_clients: true,
      });
    });

    test('GET /resource-servers/{id} takes the id or the URL-encoded identifier; 404 otherwise', async () => {
      const [, orders] = await list();
      const byId = await management(door, token, 'GET', `/resource-servers/${orders!.id}`);
      const byIdentifier = await management(
        door,
        token,
        'GET',
        `/resource-servers/${encodeURIComponent(ORDERS)}`,
      );
      assert.deepEqual(await byId.json(), orders);
      assert.deepEqual(await byIdentifier.json(), orders);
      const missing = await management(door, token, 'GET', '/resource-servers/nope');
      assert.deepEqual((await managementErrorOf(missing)).slice(0, 2), [
        404,
        'inexistent_resource_server',
      ]);
    });

    test("POST creates an API with Auth0's defaults (201); the token issuer finds it", async () => {
      const response = await management(door, token, 'POST', '/resource-servers', {
        identifier: 'urn:inventory',
      });
      assert.equal(response.status, 201);
      const created = (await response.json()) as ResourceServerView;
      assert.deepEqual(created, {
        id: created.id,
        name: 'urn:inventory',
        identifier: 'urn:inventory',
        is_system: false,
        signing_alg: 'RS256',
        scopes: [],
        token_lifetime: 86_400,
        token_lifetime_for_web: 7200,
        allow_offline_access: false,
        skip_consent_for_verifiable_first_party_clients: true,
      });
      const found = await door.backend.context.tenant.findResourceServer('urn:inventory');
      assert.equal(found?.id, created.id);
      const system = await door.backend.context.tenant.findResourceServer(MANAGEMENT_AUDIENCE);
      assert.equal(system?.is_system, true);
      assert.equal(await door.backend.context.tenant.findResourceServer('urn:unknown'), undefined);
    });

    test("POST with a taken identifier is 409; the Management API's is reserved (400)", async () => {
      assert.deepEqual(
        await managementErrorOf(
          await management(door, token, 'POST', '/resource-servers', { identifier: ORDERS }),
        ),
        [409, 'conflict', 'A resource server with the same identifier already exists'],
      );
      assert.deepEqual(
        await managementErrorOf(
          await management(door, token, 'POST', '/resource-servers', {
            identifier: MANAGEMENT_AUDIENCE,
          }),
        ),
        [400, 'invalid_body', 'The selected identifier is reserved.'],
      );
    });

    test('POST refuses bad bodies with 400 invalid_body naming the property', async () => {
      for (const [body, property] of [
        [{}, 'identifier'],
        [{ identifier: '' }, 'identifier'],
        [{ identifier: 'urn:x', signing_alg: 'HS256' }, 'signing_alg'],
        [{ identifier: 'urn:x', name: 'A <b>' }, 'name'],
        [{ identifier: 'urn:x', token_lifetime: 2_592_001 }, 'token_lifetime'],
        [{ identifier: 'urn:x', token_lifetime: 1.5 }, 'token_lifetime'],
        [{ identifier: 'urn:x', scopes: [{ value: 'read orders' }] }, 'scopes[0].value'],
        [{ identifier: 'urn:x', scopes: [{ value: 'a' }, { value: 'a' }] }, 'scopes'],
        [{ identifier: 'urn:x', scopes: [{ value: 'a', extra: 1 }] }, 'scopes[0]'],
        [{ identifier: 'urn:x', allow_offline_access: 'yes' }, 'allow_offline_access'],
        [{ identifier: 'urn:x', token_dialect: 'access_token_authz' }, ''],
      ] as const) {
        const [status, code, message] = await managementErrorOf(
          await management(door, token, 'POST', '/resource-servers', body),
        );
        assert.deepEqual([status, code], [400, 'invalid_body'], JSON.stringify(body));
        assert.ok(message.includes(property), message);
      }
    });

    test('PATCH changes every setting; GET reads it back; the identifier cannot change', async () => {
      const created = (await (
        await management(door, token, 'POST', '/resource-servers', { identifier: 'urn:billing' })
      ).json()) as ResourceServerView;
      const changes = {
        name: 'Billing',
        scopes: [{ value: 'read:invoices' }, { value: 'write:invoices', description: 'Write' }],
        token_lifetime: 600,
        allow_offline_access: true,
        skip_consent_for_verifiable_first_party_clients: false,
        signing_alg: 'RS256',
      };
      const patched = await management(
        door,
        token,
        'PATCH',
        `/resource-servers/${created.id}`,
        changes,
      );
      assert.equal(patched.status, 200);
      const expected = { ...created, ...changes, token_lifetime_for_web: 600 };
      assert.deepEqual(await patched.json(), expected);
      const read = await management(door, token, 'GET', `/resource-servers/urn%3Abilling`);
      assert.deepEqual(await read.json(), expected);
      assert.deepEqual(
        await managementErrorOf(
          await management(door, token, 'PATCH', `/resource-servers/${created.id}`, {
            identifier: 'urn:other',
          }),
        ),
        [
          400,
          'invalid_body',
          "Payload validation error: 'Additional properties not allowed: identifier'.",
        ],
      );
      const missing = await management(door, token, 'PATCH', '/resource-servers/nope', {
        name: 'x',
      });
      assert.equal(missing.status, 404);
    });

    test('the Management API cannot be patched or deleted', async () => {
      const [system] = await list();
      assert.deepEqual(
        await managementErrorOf(
          await management(door, token, 'PATCH', `/resource-servers/${system!.id}`, {
            token_lifetime: 60,
          }),
        ),
        [400, 'invalid_body', 'System resource servers cannot be patched.'],
      );
      assert.deepEqual(
        await managementErrorOf(
          await management(
            door,
            token,
            'DELETE',
            `/resource-servers/${encodeURIComponent(MANAGEMENT_AUDIENCE)}`,
          ),
        ),
        [400, 'invalid_uri', 'System resource servers cannot be deleted.'],
      );
    });

    test('DELETE: 204, then gone for the API and the token issuer; an unknown id is 204 too', async () => {
      const created = (await (
        await management(door, token, 'POST', '/resource-servers', { identifier: 'urn:temporary' })
      ).json()) as ResourceServerView;
      const deleted = await management(door, token, 'DELETE', `/resource-servers/${created.id}`);
      assert.equal(deleted.status, 204);
      assert.equal(
        (await management(door, token, 'GET', `/resource-servers/${created.id}`)).status,
        404,
      );
      assert.equal(
        await door.backend.context.tenant.findResourceServer('urn:temporary'),
        undefined,
      );
      assert.equal((await management(door, token, 'DELETE', '/resource-servers/nope')).status, 204);
      // Deleted, the identifier is free again.
      const again = await management(door, token, 'POST', '/resource-servers', {
        identifier: 'urn:temporary',
      });
      assert.equal(again.status, 201);
    });

    test('GET ?identifiers= filters; include_totals pages as Auth0 does', async () => {
      const filtered = await list(
        `?identifiers=${encodeURIComponent(ORDERS)}&identifiers=${encodeURIComponent(MANAGEMENT_AUDIENCE)}`,
      );
      assert.deepEqual(
        filtered.map((server) => server.identifier),
        [MANAGEMENT_AUDIENCE, ORDERS],
      );
      const page = (await (
        await management(
          door,
          token,
          'GET',
          '/resource-servers?include_totals=true&per_page=1&page=1',
        )
      ).json()) as {
        start: number;
        limit: number;
        total: number;
        resource_servers: ResourceServerView[];
      };
      assert.deepEqual([page.start, page.limit], [1, 1]);
      assert.equal(page.total, (await list()).length);
      assert.equal(page.resource_servers[0]!.identifier, ORDERS);
      const tooMany = Array.from({ length: 11 }, (_, i) => `identifiers=urn:${i}`).join('&');
      const refused = await management(door, token, 'GET', `/resource-servers?${tooMany}`);
      assert.deepEqual((await managementErrorOf(refused)).slice(0, 2), [
        400,
        'invalid_query_string',
      ]);
      const unknown = await management(door, token, 'GET', '/resource-servers?q=x');
      assert.deepEqual((await managementErrorOf(unknown)).slice(0, 2), [
        400,
        'invalid_query_string',
      ]);
    });

    test('scopes: read, create, update and delete:resource_servers', async () => {
      const reader = await managementToken(door, ['read:resource_servers']);
      assert.equal((await management(door, reader, 'GET', '/resource-servers')).status, 200);
      for (const [method, path, body, scope] of [
        ['POST', '/resource-servers', { identifier: 'urn:y' }, 'create:resource_servers'],
        [
          'PATCH',
          `/resource-servers/${encodeURIComponent(ORDERS)}`,
          { name: 'y' },
          'update:resource_servers',
        ],
        [
          'DELETE',
          `/resource-servers/${encodeURIComponent(ORDERS)}`,
          undefined,
          'delete:resource_servers',
        ],
      ] as const) {
        const [status, code, message] = await managementErrorOf(
          await management(door, reader, method, path, body),
        );
        assert.deepEqual([status, code], [403, 'insufficient_scope']);
        assert.ok(message.includes(scope), message);
      }
      const none = await managementToken(door, ['read:clients']);
      assert.equal((await management(door, none, 'GET', '/resource-servers')).status, 403);
    });
  });
}
