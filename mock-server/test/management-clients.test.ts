import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { doors, sendCode, lastMessage, WEB_ORIGIN, type Door } from './support.ts';
import {
  logInByCode,
  management,
  managementConfig,
  managementErrorOf,
  managementToken,
} from './management-support.ts';

interface ClientView {
  client_id: string;
  name: string;
  web_origins: string[];
  grant_types: string[];
  client_metadata: Record<string, string>;
}

for (const [doorName, openDoor] of doors) {
  describe(`Management API clients (${doorName})`, () => {
    let door: Door;
    let token: string;

    before(async () => {
      door = await openDoor(
        managementConfig({
          connections: [
            {
              name: 'sms',
              enabled_clients: ['spa'],
              options: { template: '{{ application.name }}: {{ code }}' },
            },
          ],
        }),
      );
      token = await managementToken(door);
    });
    after(() => door.close());

    test('GET /clients lists clients and never their secrets', async () => {
      const response = await management(door, token, 'GET', '/clients');
      assert.equal(response.status, 200);
      const text = await response.text();
      assert.ok(!text.includes('"client_secret"'), 'no client_secret field');
      assert.ok(!text.includes('server-secret-123') && !text.includes('ops-secret'), 'no secret');
      const clients = JSON.parse(text) as ClientView[];
      assert.deepEqual(clients.map((client) => client.client_id).sort(), [
        'lonely',
        'no-otp',
        'ops',
        'server',
        'spa',
      ]);
      const totals = (await (
        await management(door, token, 'GET', '/clients?include_totals=true&per_page=2&page=1')
      ).json()) as { total: number; start: number; limit: number; clients: ClientView[] };
      assert.deepEqual([totals.total, totals.start, totals.limit], [5, 2, 2]);
      assert.equal(totals.clients.length, 2);
    });

    test('GET /clients/{id}; an unknown id is 404', async () => {
      const response = await management(door, token, 'GET', '/clients/server');
      const client = (await response.json()) as ClientView & Record<string, unknown>;
      assert.equal(client.name, 'Server App');
      assert.ok(!('client_secret' in client));
      assert.deepEqual(
        (await managementErrorOf(await management(door, token, 'GET', '/clients/nope'))).slice(
          0,
          2,
        ),
        [404, 'inexistent_client'],
      );
    });

    test('PATCH name feeds application.name in the next message', async () => {
      const response = await management(door, token, 'PATCH', '/clients/spa', {
        name: 'Renamed App',
        client_metadata: { team: 'web' },
      });
      assert.equal(response.status, 200);
      const client = (await response.json()) as ClientView;
      assert.equal(client.name, 'Renamed App');
      assert.deepEqual(client.client_metadata, { team: 'web' });
      const code = await sendCode(door, '+14155550501');
      assert.equal((await lastMessage(door, '+14155550501')).body, `Renamed App: ${code}`);
    });

    test('PATCH web_origins changes which origins CORS allows', async () => {
      const other = 'https://other.example.com';
      const preflight = (origin: string) =>
        door.request('/passwordless/start', {
          method: 'OPTIONS',
          headers: { origin, 'access-control-request-method': 'POST' },
        });
      assert.equal((await preflight(other)).headers.get('access-control-allow-origin'), null);
      const response = await management(door, token, 'PATCH', '/clients/spa', {
        web_origins: [WEB_ORIGIN, other],
      });
      assert.deepEqual(((await response.json()) as ClientView).web_origins, [WEB_ORIGIN, other]);
      assert.equal((await preflight(other)).headers.get('access-control-allow-origin'), other);
    });

    test('PATCH grant_types: without the OTP grant the client cannot log in by code', async () => {
      const response = await management(door, token, 'PATCH', '/clients/spa', {
        grant_types: ['refresh_token'],
      });
      assert.deepEqual(((await response.json()) as ClientView).grant_types, ['refresh_token']);
      const phone = '+14155550502';
      const grant = await logInByCode(door, phone);
      assert.equal(grant.status, 403);
      assert.equal(((await grant.json()) as { error: string }).error, 'unauthorized_client');
    });

    test('PATCH refuses bad values and unknown fields with 400 invalid_body', async () => {
      for (const [body, property] of [
        [{ web_origins: ['https://app.example.com/path'] }, 'web_origins[0]'],
        [{ grant_types: ['password'] }, 'grant_types[0]'],
        [{ name: '' }, 'name'],
        [{ client_secret: 'new-secret-value' }, ''],
        [{ client_id: 'other' }, ''],
      ] as const) {
        const [status, code, message] = await managementErrorOf(
          await management(door, token, 'PATCH', '/clients/server', body),
        );
        assert.deepEqual([status, code], [400, 'invalid_body'], JSON.stringify(body));
        assert.ok(message.includes(property), message);
      }
    });

    test('scopes: read:clients to read, update:clients to PATCH', async () => {
      const reader = await managementToken(door, ['read:clients']);
      assert.equal((await management(door, reader, 'GET', '/clients')).status, 200);
      const patch = await management(door, reader, 'PATCH', '/clients/spa', { name: 'x' });
      assert.deepEqual((await managementErrorOf(patch)).slice(0, 2), [403, 'insufficient_scope']);
      const none = await managementToken(door, ['read:users']);
      assert.equal((await management(door, none, 'GET', '/clients/spa')).status, 403);
    });
  });
}
