// `/api/v2/client-grants`: which clients may get `client_credentials` tokens for which API, from
// the configuration and the Management API; a grant is what such a token needs.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeJwt } from 'jose';
import { doors, type Door } from './support.ts';
import {
  MANAGEMENT_AUDIENCE,
  OPS_CLIENT,
  management,
  managementConfig,
  managementErrorOf,
  managementToken,
} from './management-support.ts';

interface GrantView {
  id: string;
  client_id: string;
  audience: string;
  scope: string[];
}

const ORDERS = 'https://orders.example.com/';
const SERVER = { client_id: 'server', client_secret: 'server-secret-123' };

for (const [doorName, openDoor] of doors) {
  describe(`Management API client grants (${doorName})`, () => {
    let door: Door;
    let token: string;

    before(async () => {
      door = await openDoor(
        managementConfig({
          resource_servers: [
            {
              identifier: ORDERS,
              name: 'Orders',
              scopes: [{ value: 'read:orders' }, { value: 'write:orders' }],
              token_lifetime: 600,
            },
          ],
        }),
      );
      token = await managementToken(door);
    });
    after(() => door.close());

    const call = async (method: string, path: string, body?: unknown) => {
      const response = await management(door, token, method, path, body);
      return {
        status: response.status,
        body: response.status === 204 ? null : await response.json(),
      };
    };
    /** `client_credentials` as the `server` client, for `audience`. */
    const serverToken = (audience: string) =>
      door.request('/oauth/token', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ grant_type: 'client_credentials', ...SERVER, audience }),
      });

    /** The error of a `POST /client-grants` that is refused. */
    const refusal = async (body: unknown) =>
      managementErrorOf(await management(door, token, 'POST', '/client-grants', body));

    test('GET lists the configured grants, in offset and checkpoint pages', async () => {
      const all = (await call('GET', '/client-grants')).body as GrantView[];
      assert.equal(all.length, 1);
      assert.match(all[0]!.id, /^cgr_[0-9a-f]{16}$/);
      assert.deepEqual(
        { ...all[0], id: undefined, scope: undefined },
        {
          id: undefined,
          client_id: OPS_CLIENT.client_id,
          audience: MANAGEMENT_AUDIENCE,
          scope: undefined,
        },
      );
      assert.deepEqual((await call('GET', '/client-grants?take=1')).body, { client_grants: all });
      assert.deepEqual((await call('GET', '/client-grants?include_totals=true')).body, {
        start: 0,
        limit: 1,
        total: 1,
        client_grants: all,
      });
      assert.deepEqual((await call('GET', `/client-grants?audience=${ORDERS}`)).body, []);
      assert.deepEqual((await call('GET', `/client-grants/${all[0]!.id}`)).body, all[0]);
      const [status, code, message] = await managementErrorOf(
        await management(door, token, 'GET', '/client-grants?per_pag=2'),
      );
      assert.deepEqual([status, code], [400, 'invalid_query_string']);
      assert.match(message, /Additional properties not allowed: per_pag/);
    });

    test('POST grants an API: client_credentials then gets a token for it; DELETE takes it back', async () => {
      const ungranted = await serverToken(ORDERS);
      assert.equal(ungranted.status, 403);
      assert.match(
        ((await ungranted.json()) as { error_description: string }).error_description,
        /client-grant/,
      );

      const created = await call('POST', '/client-grants', {
        client_id: 'server',
        audience: ORDERS,
        scope: ['read:orders'],
      });
      assert.equal(created.status, 201);
      const grant = created.body as GrantView;
      assert.deepEqual(grant, {
        id: grant.id,
        client_id: 'server',
        audience: ORDERS,
        scope: ['read:orders'],
      });

      const answer = await serverToken(ORDERS);
      assert.equal(answer.status, 200);
      const issued = (await answer.json()) as {
        access_token: string;
        scope: string;
        expires_in: number;
      };
      assert.equal(issued.scope, 'read:orders');
      assert.equal(issued.expires_in, 600, "the API's token lifetime");
      const claims = decodeJwt(issued.access_token);
      assert.equal(claims.aud, ORDERS);
      assert.equal(claims.sub, 'server@clients');
      assert.equal(claims.exp! - claims.iat!, 600);
      const notManagement = await door.request('/api/v2/clients', {
        headers: { authorization: `Bearer ${issued.access_token}` },
      });
      assert.equal(notManagement.status, 401, 'a token for another API is no Management API token');

      const patched = await call('PATCH', `/client-grants/${grant.id}`, {
        scope: ['read:orders', 'write:orders'],
      });
      assert.deepEqual(patched.body, { ...grant, scope: ['read:orders', 'write:orders'] });
      const wider = (await (await serverToken(ORDERS)).json()) as { scope: string };
      assert.equal(wider.scope, 'read:orders write:orders');

      assert.equal((await call('DELETE', `/client-grants/${grant.id}`)).status, 204);
      assert.equal((await call('GET', `/client-grants/${grant.id}`)).status, 404);
      assert.equal((await serverToken(ORDERS)).status, 403);
      assert.equal((await call('DELETE', `/client-grants/${grant.id}`)).status, 204);
    });

    test('POST refuses an unknown client, an unknown API, scopes the API lacks and a second grant', async () => {
      assert.deepEqual(
        (await refusal({ client_id: 'nobody', audience: ORDERS, scope: [] })).slice(0, 2),
        [404, 'inexistent_client'],
      );
      assert.deepEqual(
        (
          await refusal({
            client_id: 'server',
            audience: 'https://nowhere.example.com/',
            scope: [],
          })
        ).slice(0, 2),
        [404, 'inexistent_resource_server'],
      );
      assert.deepEqual(
        await refusal({ client_id: 'server', audience: ORDERS, scope: ['read:order'] }),
        [
          400,
          'invalid_body',
          "Payload validation error: 'Scopes not defined by the API: read:order' on property scope.",
        ],
      );
      assert.deepEqual(
        await refusal({ client_id: 'server', audience: ORDERS, scope: [], scopes: [] }),
        [
          400,
          'invalid_body',
          "Payload validation error: 'Additional properties not allowed: scopes'.",
        ],
      );
      assert.deepEqual((await refusal({ client_id: 'server', audience: ORDERS })).slice(0, 2), [
        400,
        'invalid_body',
      ]);

      const first = await call('POST', '/client-grants', {
        client_id: 'server',
        audience: ORDERS,
        scope: [],
      });
      assert.equal(first.status, 201);
      assert.deepEqual(
        (await refusal({ client_id: 'server', audience: ORDERS, scope: [] })).slice(0, 2),
        [409, 'conflict'],
      );
      assert.equal(
        (await call('DELETE', `/client-grants/${(first.body as GrantView).id}`)).status,
        204,
      );
    });

    test('PATCH changes the scopes only; a different client or audience is refused', async () => {
      const [grant] = (await call('GET', '/client-grants')).body as GrantView[];
      for (const body of [
        { client_id: 'server' },
        { audience: ORDERS },
        { scope: ['read:nothing'] },
      ])
        assert.equal(
          (await call('PATCH', `/client-grants/${grant!.id}`, body)).status,
          400,
          JSON.stringify(body),
        );
      assert.equal((await call('PATCH', '/client-grants/cgr_missing', { scope: [] })).status, 404);
      assert.deepEqual((await call('GET', `/client-grants/${grant!.id}`)).body, grant);
    });

    test('deleting a client or an API deletes its grants', async () => {
      const created = await call('POST', '/clients', {
        name: 'Batch',
        app_type: 'non_interactive',
        grant_types: ['client_credentials'],
      });
      const { client_id } = created.body as { client_id: string };
      assert.equal(
        (
          await call('POST', '/client-grants', {
            client_id,
            audience: ORDERS,
            scope: ['read:orders'],
          })
        ).status,
        201,
      );
      assert.equal((await call('DELETE', `/clients/${client_id}`)).status, 204);
      assert.deepEqual((await call('GET', `/client-grants?client_id=${client_id}`)).body, []);

      const api = await call('POST', '/resource-servers', { identifier: 'urn:reports' });
      assert.equal(
        (
          await call('POST', '/client-grants', {
            client_id: 'server',
            audience: 'urn:reports',
            scope: [],
          })
        ).status,
        201,
      );
      assert.equal(
        (await call('DELETE', `/resource-servers/${(api.body as { id: string }).id}`)).status,
        204,
      );
      assert.deepEqual((await call('GET', '/client-grants?audience=urn:reports')).body, []);
    });

    test('scopes: read, create, update and delete:client_grants', async () => {
      const reader = await managementToken(door, ['read:client_grants']);
      assert.equal((await management(door, reader, 'GET', '/client-grants')).status, 200);
      for (const [method, path] of [
        ['POST', '/client-grants'],
        ['PATCH', '/client-grants/x'],
        ['DELETE', '/client-grants/x'],
      ] as const)
        assert.deepEqual(
          (await managementErrorOf(await management(door, reader, method, path, {}))).slice(0, 2),
          [403, 'insufficient_scope'],
        );
    });
  });
}
