// A backend on a SQLite file, stopped and started again on the same file: what it knew survives.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBackend, type Backend } from '../src/backend.ts';
import { createManualClock } from '../src/clock.ts';
import { createSqliteStore, type SqliteStore } from '../src/store/sqlite.ts';
import { errorOf, json, ORIGIN, tokenRequest, type Door } from './support.ts';
import { management, managementConfig, managementToken } from './management-support.ts';

let dir: string;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sms-login-persist-'));
});
after(() => rm(dir, { recursive: true, force: true }));

/** A backend on `filename`, with a door the test helpers understand. */
function openBackend(filename: string, now: number): Door & { store: SqliteStore } {
  const clock = createManualClock(now);
  const store = createSqliteStore({ filename });
  const backend: Backend = createBackend(managementConfig(), { store, clock });
  return {
    name: 'sqlite',
    backend,
    clock,
    store,
    request: (path, init) => backend.fetch(new Request(`${ORIGIN}${path}`, init)),
    close: async () => store.close(),
  };
}

async function codeFor(door: Door, phone: string): Promise<string> {
  const response = await door.request(`/dev/messages?phone_number=${encodeURIComponent(phone)}`);
  const { messages } = (await response.json()) as { messages: { body: string }[] };
  return /(\d{4,40})(?!.*\d)/s.exec(messages[0]!.body)![1]!;
}

describe('a restart on the same SQLite file', () => {
  test('keeps the signing key, users, API changes, pending codes with attempts, rate limits and the outbox', async () => {
    const filename = join(dir, 'sms-login.db');
    const start = Date.now();
    const first = openBackend(filename, start);

    // A user who logged in, and the tokens they got.
    const phone = '+14155550701';
    const started = await first.request(
      '/passwordless/start',
      json({ client_id: 'spa', connection: 'sms', phone_number: phone }),
    );
    const remainingBefore = Number(started.headers.get('x-ratelimit-remaining'));
    const login = await first.request(
      '/oauth/token',
      tokenRequest(phone, await codeFor(first, phone)),
    );
    const tokens = (await login.json()) as { access_token: string };
    const jwksBefore = await (await first.request('/.well-known/jwks.json')).json();

    // A change made through the Management API.
    const admin = await managementToken(first);
    const [sms] = (await (
      await management(first, admin, 'GET', '/connections?name=sms')
    ).json()) as { id: string }[];
    const patched = await management(first, admin, 'PATCH', `/connections/${sms!.id}`, {
      options: { totp: { length: 8, time_step: 600 } },
    });
    assert.equal(patched.status, 200);
    const users = (await (await management(first, admin, 'GET', '/users')).json()) as {
      user_id: string;
    }[];

    // A pending code with one wrong attempt already spent.
    const pending = '+14155550702';
    await first.request(
      '/passwordless/start',
      json({ client_id: 'spa', connection: 'sms', phone_number: pending }),
    );
    const pendingCode = await codeFor(first, pending);
    assert.equal(pendingCode.length, 8, 'the PATCH took effect before the restart');
    const wrong = pendingCode === '00000000' ? '11111111' : '00000000';
    assert.equal((await first.request('/oauth/token', tokenRequest(pending, wrong))).status, 403);
    await first.close();

    const second = openBackend(filename, start + 1000);
    try {
      // Signing key: the old access token still opens /userinfo; the published key is the same.
      const userinfo = await second.request('/userinfo', {
        headers: { authorization: `Bearer ${tokens.access_token}` },
      });
      assert.equal(userinfo.status, 200);
      assert.deepEqual(await (await second.request('/.well-known/jwks.json')).json(), jwksBefore);
      // An old Management token works too.
      const listed = (await (await management(second, admin, 'GET', '/users')).json()) as {
        user_id: string;
      }[];
      assert.deepEqual(
        listed.map((user) => user.user_id),
        users.map((user) => user.user_id),
      );
      // The connection as the API left it.
      const connection = (await (
        await management(second, admin, 'GET', `/connections/${sms!.id}`)
      ).json()) as { options: { totp: unknown } };
      assert.deepEqual(connection.options.totp, { length: 8, time_step: 600 });
      // The pending code kept its count: two more wrong attempts spend it.
      assert.equal(
        (await second.request('/oauth/token', tokenRequest(pending, wrong))).status,
        403,
      );
      assert.equal(
        (await second.request('/oauth/token', tokenRequest(pending, wrong))).status,
        403,
      );
      assert.deepEqual(
        await errorOf(await second.request('/oauth/token', tokenRequest(pending, pendingCode))),
        [
          403,
          'invalid_grant',
          "You've reached the maximum number of attempts. Please try to login again.",
        ],
      );
      // The rate-limit bucket went on from where it was.
      const again = await second.request(
        '/passwordless/start',
        json({ client_id: 'spa', connection: 'sms', phone_number: '+14155550703' }),
      );
      assert.ok(Number(again.headers.get('x-ratelimit-remaining')) < remainingBefore);
      // The outbox still has the messages sent before.
      const outbox = (await (await second.request('/dev/messages')).json()) as {
        messages: { to: string }[];
      };
      assert.deepEqual(
        outbox.messages.map((message) => message.to),
        ['+14155550703', pending, phone],
      );
    } finally {
      await second.close();
    }
  });

  test('keeps APIs, branding, the page template and clients made or deleted through the API', async () => {
    const filename = join(dir, 'tenant-settings.db');
    const start = Date.now();
    const first = openBackend(filename, start);
    const admin = await managementToken(first);
    const page = '<html><head>{%- auth0:head -%}</head><body>{%- auth0:widget -%}</body></html>';
    const api = (await (
      await management(first, admin, 'POST', '/resource-servers', {
        identifier: 'https://orders.example.com/',
        scopes: [{ value: 'read:orders' }],
      })
    ).json()) as { id: string };
    await management(first, admin, 'PATCH', `/resource-servers/${api.id}`, { token_lifetime: 900 });
    await management(first, admin, 'PATCH', '/branding', {
      colors: { primary: '#123456' },
      logo_url: 'https://cdn.example.com/logo.png',
    });
    assert.equal(
      (
        await management(first, admin, 'PUT', '/branding/templates/universal-login', {
          template: page,
        })
      ).status,
      201,
    );
    const created = (await (
      await management(first, admin, 'POST', '/clients', {
        name: 'Made Here',
        app_type: 'spa',
        callbacks: ['https://made.example.com/'],
      })
    ).json()) as { client_id: string };
    await management(first, admin, 'PATCH', '/clients/spa', {
      callbacks: ['https://app.example.com/callback'],
    });
    assert.equal((await management(first, admin, 'DELETE', '/clients/lonely')).status, 204);
    await first.close();

    const second = openBackend(filename, start + 1000);
    try {
      const { tenant } = second.backend.context;
      const orders = await tenant.findResourceServer('https://orders.example.com/');
      assert.equal(orders?.token_lifetime, 900);
      assert.deepEqual(orders?.scopes, [{ value: 'read:orders' }]);
      assert.deepEqual(await tenant.branding(), {
        colors: { primary: '#123456' },
        logo_url: 'https://cdn.example.com/logo.png',
      });
      assert.equal(await tenant.universalLoginTemplate(), page);
      assert.deepEqual((await tenant.findClient(created.client_id))?.callbacks, [
        'https://made.example.com/',
      ]);
      assert.deepEqual((await tenant.findClient('spa'))?.callbacks, [
        'https://app.example.com/callback',
      ]);
      // A client of the configuration that the API deleted stays deleted.
      assert.equal(await tenant.findClient('lonely'), undefined);
      const listed = (await (
        await management(second, admin, 'GET', '/resource-servers')
      ).json()) as {
        identifier: string;
      }[];
      assert.equal(listed.length, 2);
    } finally {
      await second.close();
    }
  });
});
