import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { ConfigInput } from '../src/config/schema.ts';
import { doors, json, sendCode, lastMessage, WEB_ORIGIN, type Door } from './support.ts';
import {
  NON_ROTATING,
  ROTATING,
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
  client_secret?: string;
}

/** A regular web app configured with every sign-in setting. */
const WEB_APP: ConfigInput['clients'][number] = {
  client_id: 'web',
  name: 'Web App',
  client_secret: 'web-secret-123456',
  callbacks: ['https://web.example.com/callback', 'http://localhost:3000/callback?from=dev'],
  allowed_logout_urls: ['https://web.example.com/'],
  allowed_origins: ['https://static.example.com'],
  app_type: 'regular_web',
  token_endpoint_auth_method: 'client_secret_basic',
  is_first_party: false,
  oidc_conformant: true,
  cross_origin_authentication: true,
  refresh_token: { rotation_type: 'rotating', expiration_type: 'expiring', token_lifetime: 86_400 },
};

/** The sign-in settings of a client view, for comparing. */
const SETTINGS = [
  'callbacks',
  'allowed_logout_urls',
  'allowed_origins',
  'web_origins',
  'app_type',
  'token_endpoint_auth_method',
  'is_first_party',
  'oidc_conformant',
  'cross_origin_authentication',
  'refresh_token',
] as const;
const settingsOf = (view: Record<string, unknown>) =>
  Object.fromEntries(SETTINGS.map((key) => [key, view[key]]));

for (const [doorName, openDoor] of doors) {
  describe(`Management API clients (${doorName})`, () => {
    let door: Door;
    let token: string;

    before(async () => {
      const config = managementConfig({
        connections: [
          {
            name: 'sms',
            enabled_clients: ['spa', 'web'],
            options: { template: '{{ application.name }}: {{ code }}' },
          },
        ],
      });
      door = await openDoor({ ...config, clients: [...config.clients, WEB_APP] });
      token = await managementToken(door);
    });
    after(() => door.close());

    /** The CORS preflight a browser on `origin` sends before a POST to `path`. */
    const preflight = (origin: string, path = '/passwordless/start') =>
      door.request(path, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST' },
      });

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
        'web',
      ]);
      const totals = (await (
        await management(door, token, 'GET', '/clients?include_totals=true&per_page=2&page=1')
      ).json()) as { total: number; start: number; limit: number; clients: ClientView[] };
      assert.deepEqual([totals.total, totals.start, totals.limit], [6, 2, 2]);
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

    test('PATCH client_metadata merges as Auth0 merges metadata: null removes a key, {} all of them', async () => {
      const patch = async (client_metadata: unknown) => {
        const response = await management(door, token, 'PATCH', '/clients/lonely', {
          client_metadata,
        });
        assert.equal(response.status, 200, await response.clone().text());
        return ((await response.json()) as ClientView).client_metadata;
      };
      assert.deepEqual(await patch({ team: 'growth', tier: 'gold' }), {
        team: 'growth',
        tier: 'gold',
      });
      assert.deepEqual(await patch({ tier: null, region: 'eu' }), { team: 'growth', region: 'eu' });
      assert.deepEqual(await patch({}), {});
      const [status, code] = await managementErrorOf(
        await management(door, token, 'PATCH', '/clients/lonely', { client_metadata: { n: 1 } }),
      );
      assert.deepEqual([status, code], [400, 'invalid_body']);
    });

    test('GET /clients/{id}/credentials: none, as every client authenticates with its secret or none', async () => {
      const response = await management(door, token, 'GET', '/clients/server/credentials');
      assert.deepEqual(await response.json(), []);
      const missing = await management(door, token, 'GET', '/clients/nope/credentials');
      assert.equal(missing.status, 404);
    });

    test('scopes: read:clients to read, update:clients to PATCH', async () => {
      const reader = await managementToken(door, ['read:clients']);
      assert.equal((await management(door, reader, 'GET', '/clients')).status, 200);
      const patch = await management(door, reader, 'PATCH', '/clients/spa', { name: 'x' });
      assert.deepEqual((await managementErrorOf(patch)).slice(0, 2), [403, 'insufficient_scope']);
      const none = await managementToken(door, ['read:users']);
      assert.equal((await management(door, none, 'GET', '/clients/spa')).status, 403);
    });

    test("GET shows the configured sign-in settings, and Auth0's defaults where none are set", async () => {
      const web = (await (await management(door, token, 'GET', '/clients/web')).json()) as Record<
        string,
        unknown
      >;
      assert.deepEqual(settingsOf(web), {
        ...settingsOf(WEB_APP),
        web_origins: [],
        refresh_token: { ...ROTATING, token_lifetime: 86_400 },
      });
      assert.ok(!('client_secret' in web));
      const publicClient = (await (
        await management(door, token, 'GET', '/clients/lonely')
      ).json()) as Record<string, unknown>;
      assert.deepEqual(settingsOf(publicClient), {
        callbacks: [],
        allowed_logout_urls: [],
        allowed_origins: [],
        web_origins: [],
        app_type: 'spa',
        token_endpoint_auth_method: 'none',
        is_first_party: true,
        oidc_conformant: true,
        cross_origin_authentication: false,
        refresh_token: NON_ROTATING,
      });
      const confidential = (await (
        await management(door, token, 'GET', '/clients/server')
      ).json()) as Record<string, unknown>;
      assert.equal(confidential.app_type, 'non_interactive');
      assert.equal(confidential.token_endpoint_auth_method, 'client_secret_post');
    });

    test('PATCH every sign-in setting; GET reads back what was written', async () => {
      const changes = {
        callbacks: ['https://app.example.com/callback', 'https://app.example.com/callback'],
        allowed_logout_urls: ['https://app.example.com/bye'],
        allowed_origins: ['https://cdn.example.com'],
        app_type: 'native',
        is_first_party: false,
        oidc_conformant: false,
        cross_origin_authentication: true,
        cross_origin_loc: 'https://app.example.com/verify.html',
        refresh_token: {
          rotation_type: 'rotating',
          expiration_type: 'expiring',
          leeway: 10,
          token_lifetime: 3600,
          infinite_token_lifetime: false,
          idle_token_lifetime: 600,
          infinite_idle_token_lifetime: false,
        },
        grant_types: ['authorization_code', 'refresh_token'],
      };
      const patched = await management(door, token, 'PATCH', '/clients/lonely', changes);
      assert.equal(patched.status, 200);
      const expected = {
        ...changes,
        callbacks: ['https://app.example.com/callback'],
        web_origins: [],
        token_endpoint_auth_method: 'none',
      };
      assert.deepEqual(settingsOf((await patched.json()) as Record<string, unknown>), {
        ...settingsOf(expected),
      });
      const read = (await (await management(door, token, 'GET', '/clients/lonely')).json()) as {
        grant_types: string[];
      } & Record<string, unknown>;
      assert.deepEqual(settingsOf(read), settingsOf(expected));
      assert.deepEqual(read.grant_types, ['authorization_code', 'refresh_token']);
      assert.equal(read.cross_origin_loc, 'https://app.example.com/verify.html');
    });

    test("PATCH refresh_token replaces it whole: lifetimes left out get Auth0's values", async () => {
      const response = await management(door, token, 'PATCH', '/clients/server', {
        refresh_token: { rotation_type: 'rotating', expiration_type: 'expiring' },
      });
      assert.deepEqual(
        ((await response.json()) as { refresh_token: unknown }).refresh_token,
        ROTATING,
      );
      const back = await management(door, token, 'PATCH', '/clients/server', {
        refresh_token: { rotation_type: 'non-rotating', expiration_type: 'non-expiring' },
      });
      assert.deepEqual(
        ((await back.json()) as { refresh_token: unknown }).refresh_token,
        NON_ROTATING,
      );
    });

    test('PATCH refuses URLs that are not http(s), wildcards, fragments and mismatched settings', async () => {
      for (const [body, property] of [
        [{ callbacks: ['ftp://app.example.com/callback'] }, 'callbacks[0]'],
        [{ callbacks: ['https://*.example.com/callback'] }, 'callbacks[0]'],
        [{ callbacks: ['https://app.example.com/callback#done'] }, 'callbacks[0]'],
        [{ callbacks: ['not a url'] }, 'callbacks[0]'],
        [{ allowed_logout_urls: ['javascript:alert(1)'] }, 'allowed_logout_urls[0]'],
        [{ allowed_origins: ['https://user:pass@example.com'] }, 'allowed_origins[0]'],
        [
          { callbacks: Array.from({ length: 101 }, (_, i) => `https://a.example.com/${i}`) },
          'callbacks',
        ],
        [{ app_type: 'rms' }, 'app_type'],
        [{ token_endpoint_auth_method: 'private_key_jwt' }, 'token_endpoint_auth_method'],
        [{ token_endpoint_auth_method: 'none' }, 'token_endpoint_auth_method'],
        [{ is_first_party: 'yes' }, 'is_first_party'],
        [{ refresh_token: { rotation_type: 'rotating' } }, 'refresh_token.expiration_type'],
        [
          { refresh_token: { rotation_type: 'sometimes', expiration_type: 'expiring' } },
          'refresh_token.rotation_type',
        ],
        [
          {
            refresh_token: {
              rotation_type: 'rotating',
              expiration_type: 'expiring',
              token_lifetime: 0,
            },
          },
          'refresh_token.token_lifetime',
        ],
        [
          {
            refresh_token: { rotation_type: 'rotating', expiration_type: 'expiring', policies: [] },
          },
          'refresh_token',
        ],
      ] as const) {
        const [status, code, message] = await managementErrorOf(
          await management(door, token, 'PATCH', '/clients/server', body),
        );
        assert.deepEqual([status, code], [400, 'invalid_body'], JSON.stringify(body));
        assert.ok(message.includes(`on property ${property}`), message);
      }
      const [, , message] = await managementErrorOf(
        await management(door, token, 'PATCH', '/clients/lonely', {
          token_endpoint_auth_method: 'client_secret_post',
        }),
      );
      assert.match(message, /client_secret_post needs a client_secret/);
    });

    test('callback and allowed origins may call from a browser (CORS), as in Auth0', async () => {
      for (const origin of [
        'https://web.example.com',
        'http://localhost:3000',
        'https://static.example.com',
      ])
        assert.equal(
          (await preflight(origin, '/oauth/token')).headers.get('access-control-allow-origin'),
          origin,
        );
      assert.equal(
        (await preflight('https://elsewhere.example.com', '/oauth/token')).headers.get(
          'access-control-allow-origin',
        ),
        null,
      );
    });

    test('POST /clients: 201 with the secret, once; the client is then read without it', async () => {
      const response = await management(door, token, 'POST', '/clients', {
        name: 'Back Office',
        callbacks: ['https://office.example.com/callback'],
        client_metadata: { team: 'ops' },
      });
      assert.equal(response.status, 201);
      const created = (await response.json()) as ClientView & Record<string, unknown>;
      assert.match(created.client_id, /^[A-Za-z0-9]{32}$/);
      assert.match(created.client_secret!, /^[A-Za-z0-9]{64}$/);
      assert.equal(created.token_endpoint_auth_method, 'client_secret_post');
      assert.equal(created.app_type, 'non_interactive');
      assert.deepEqual(created.client_metadata, { team: 'ops' });
      const read = await (
        await management(door, token, 'GET', `/clients/${created.client_id}`)
      ).text();
      assert.ok(!read.includes('"client_secret"') && !read.includes(created.client_secret!));
      const list = await (await management(door, token, 'GET', '/clients')).text();
      assert.ok(list.includes(created.client_id) && !list.includes(created.client_secret!));
    });

    test('POST a single-page app: public (no secret), rotating refresh tokens; it can sign in once enabled', async () => {
      const response = await management(door, token, 'POST', '/clients', {
        name: 'New SPA',
        app_type: 'spa',
        callbacks: ['https://new.example.com/'],
      });
      assert.equal(response.status, 201);
      const created = (await response.json()) as ClientView & Record<string, unknown>;
      assert.ok(!('client_secret' in created));
      assert.equal(created.token_endpoint_auth_method, 'none');
      assert.deepEqual(created.refresh_token, ROTATING);
      const [sms] = (await (
        await management(door, token, 'GET', '/connections?name=sms')
      ).json()) as { id: string; enabled_clients: string[] }[];
      await management(door, token, 'PATCH', `/connections/${sms!.id}`, {
        enabled_clients: [...sms!.enabled_clients, created.client_id],
      });
      const started = await door.request(
        '/passwordless/start',
        json({ client_id: created.client_id, connection: 'sms', phone_number: '+14155550503' }),
      );
      assert.equal(started.status, 200);
      assert.match((await lastMessage(door, '+14155550503')).body, /^New SPA: \d{6}$/);
    });

    test('POST refuses a body without a name, unknown fields, and a client_id or secret of its own', async () => {
      for (const [body, text] of [
        [{}, 'name'],
        [{ name: 'x', client_id: 'mine' }, 'client_id'],
        [{ name: 'x', client_secret: 'my-own-secret' }, 'client_secret'],
        [{ name: 'x', callbacks: ['ftp://x.example.com'] }, 'callbacks[0]'],
        [
          {
            name: 'x',
            app_type: 'spa',
            token_endpoint_auth_method: 'none',
            grant_types: ['password'],
          },
          'grant_types[0]',
        ],
      ] as const) {
        const [status, code, message] = await managementErrorOf(
          await management(door, token, 'POST', '/clients', body),
        );
        assert.deepEqual([status, code], [400, 'invalid_body'], JSON.stringify(body));
        assert.ok(message.includes(text), message);
      }
    });

    test('DELETE /clients/{id}: 204, gone, no longer on its connections; an unknown id is 204 too', async () => {
      const created = (await (
        await management(door, token, 'POST', '/clients', { name: 'Short Lived', app_type: 'spa' })
      ).json()) as ClientView;
      const [sms] = (await (
        await management(door, token, 'GET', '/connections?name=sms')
      ).json()) as { id: string; enabled_clients: string[] }[];
      await management(door, token, 'PATCH', `/connections/${sms!.id}`, {
        enabled_clients: [...sms!.enabled_clients, created.client_id],
      });
      const deleted = await management(door, token, 'DELETE', `/clients/${created.client_id}`);
      assert.equal(deleted.status, 204);
      assert.equal(await deleted.text(), '');
      assert.equal(
        (await management(door, token, 'GET', `/clients/${created.client_id}`)).status,
        404,
      );
      const connection = (await (
        await management(door, token, 'GET', `/connections/${sms!.id}`)
      ).json()) as { enabled_clients: string[] };
      assert.ok(!connection.enabled_clients.includes(created.client_id));
      const started = await door.request(
        '/passwordless/start',
        json({ client_id: created.client_id, connection: 'sms', phone_number: '+14155550504' }),
      );
      assert.equal(started.status, 400);
      assert.equal((await management(door, token, 'DELETE', '/clients/never-was')).status, 204);
    });

    test('scopes: create:clients to POST, delete:clients to DELETE', async () => {
      const updater = await managementToken(door, ['read:clients', 'update:clients']);
      for (const [method, path, body] of [
        ['POST', '/clients', { name: 'x' }],
        ['DELETE', '/clients/spa', undefined],
      ] as const) {
        const [status, code, message] = await managementErrorOf(
          await management(door, updater, method, path, body),
        );
        assert.deepEqual([status, code], [403, 'insufficient_scope']);
        assert.match(message, method === 'POST' ? /create:clients/ : /delete:clients/);
      }
      assert.equal((await management(door, token, 'GET', '/clients/spa')).status, 200);
    });
  });
}
