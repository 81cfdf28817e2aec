import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { doors, errorOf, json, lastMessage, sendCode, type Door } from './support.ts';
import {
  logInByCode,
  management,
  managementConfig,
  managementErrorOf,
  managementToken,
} from './management-support.ts';

interface ConnectionView {
  id: string;
  name: string;
  strategy: string;
  options: Record<string, unknown> & { totp: { length: number; time_step: number } };
  realms: string[];
  enabled_clients: string[];
  display_name: string;
  is_domain_connection: boolean;
  metadata: Record<string, string>;
}

for (const [doorName, openDoor] of doors) {
  describe(`Management API connections (${doorName})`, () => {
    let door: Door;
    let token: string;
    let sms: ConnectionView;

    const list = async (query = '') => {
      const response = await management(door, token, 'GET', `/connections${query}`);
      assert.equal(response.status, 200);
      return response.json() as Promise<unknown>;
    };

    before(async () => {
      door = await openDoor(managementConfig());
      token = await managementToken(door);
      const all = (await list()) as ConnectionView[];
      sms = all.find((connection) => connection.name === 'sms')!;
    });
    after(() => door.close());

    test('GET /connections lists every connection in the Auth0 shape', async () => {
      const all = (await list()) as ConnectionView[];
      assert.deepEqual(all.map((connection) => connection.name).sort(), [
        'Username-Password-Authentication',
        'sms',
        'sms-closed',
      ]);
      assert.match(sms.id, /^con_[A-Za-z0-9]+$/);
      assert.equal(sms.strategy, 'sms');
      assert.deepEqual(sms.realms, ['sms']);
      assert.deepEqual(sms.enabled_clients, ['spa', 'server', 'no-otp']);
      assert.equal(sms.is_domain_connection, false);
      assert.deepEqual(sms.metadata, {});
      assert.deepEqual(sms.options.totp, { length: 6, time_step: 180 });
    });

    test('?strategy=sms and ?name= filter', async () => {
      const bySms = (await list('?strategy=sms')) as ConnectionView[];
      assert.deepEqual(bySms.map((connection) => connection.name).sort(), ['sms', 'sms-closed']);
      const byName = (await list('?name=sms-closed')) as ConnectionView[];
      assert.deepEqual(
        byName.map((connection) => connection.name),
        ['sms-closed'],
      );
      assert.deepEqual(await list('?name=nope'), []);
    });

    test('include_totals gives an offset page; from/take gives checkpoint pages', async () => {
      const totals = (await list('?include_totals=true&per_page=2&page=0')) as {
        total: number;
        start: number;
        limit: number;
        connections: ConnectionView[];
      };
      assert.equal(totals.total, 3);
      assert.equal(totals.start, 0);
      assert.equal(totals.limit, 2);
      assert.equal(totals.connections.length, 2);

      const first = (await list('?take=2')) as { connections: ConnectionView[]; next?: string };
      assert.equal(first.connections.length, 2);
      assert.ok(first.next);
      const second = (await list(`?take=2&from=${first.next}`)) as {
        connections: ConnectionView[];
        next?: string;
      };
      assert.equal(second.connections.length, 1);
      assert.equal(second.next, undefined);
    });

    test('fields and include_fields select what is returned', async () => {
      const picked = (await list('?name=sms&fields=id,name')) as Record<string, unknown>[];
      assert.deepEqual(picked, [{ id: sms.id, name: 'sms' }]);
      const [dropped] = (await list('?name=sms&fields=options&include_fields=false')) as Record<
        string,
        unknown
      >[];
      assert.ok(dropped && !('options' in dropped) && dropped.name === 'sms');
    });

    test('GET /connections/{id} and /connections/{id}/clients; an unknown id is 404', async () => {
      const response = await management(door, token, 'GET', `/connections/${sms.id}`);
      assert.equal(response.status, 200);
      assert.deepEqual(await response.json(), sms);

      const clients = await management(door, token, 'GET', `/connections/${sms.id}/clients`);
      assert.deepEqual(await clients.json(), {
        clients: [{ client_id: 'spa' }, { client_id: 'server' }, { client_id: 'no-otp' }],
      });

      assert.deepEqual(
        await managementErrorOf(await management(door, token, 'GET', '/connections/con_nope')),
        [404, 'inexistent_connection', 'The connection does not exist'],
      );
      assert.deepEqual(
        await managementErrorOf(
          await management(door, token, 'PATCH', '/connections/con_nope', {}),
        ),
        [404, 'inexistent_connection', 'The connection does not exist'],
      );
    });

    test('unknown query parameters are refused with 400', async () => {
      const [status, code] = await managementErrorOf(
        await management(door, token, 'GET', '/connections?colour=blue'),
      );
      assert.deepEqual([status, code], [400, 'invalid_query_string']);
    });

    test('PATCH replaces options whole, and the next code follows them', async () => {
      const response = await management(door, token, 'PATCH', `/connections/${sms.id}`, {
        options: {
          totp: { length: 8, time_step: 300 },
          template: 'Code for {{ application.name }}: {{ code }}',
        },
      });
      assert.equal(response.status, 200);
      const updated = (await response.json()) as ConnectionView;
      assert.deepEqual(updated.options.totp, { length: 8, time_step: 300 });
      // Keys not sent are back to their defaults: the object was replaced, not merged.
      assert.equal(updated.options.syntax, 'liquid');
      assert.equal(updated.options.disable_signup, false);

      const again = await management(door, token, 'GET', `/connections/${sms.id}`);
      assert.deepEqual(((await again.json()) as ConnectionView).options, updated.options);

      const code = await sendCode(door, '+14155550301');
      assert.equal(code.length, 8);
      assert.equal((await lastMessage(door, '+14155550301')).body, `Code for Test App: ${code}`);

      const restored = await management(door, token, 'PATCH', `/connections/${sms.id}`, {
        options: sms.options,
      });
      assert.equal(restored.status, 200);
    });

    for (const [label, options, property] of [
      ['totp.length 3', { totp: { length: 3, time_step: 180 } }, 'options.totp.length'],
      ['totp.length 41', { totp: { length: 41, time_step: 180 } }, 'options.totp.length'],
      ['totp.time_step 59', { totp: { length: 6, time_step: 59 } }, 'options.totp.time_step'],
      ['an unknown syntax', { syntax: 'handlebars' }, 'options.syntax'],
      ['an unknown key', { colour: 'blue' }, 'options'],
      ['a template over 5120', { template: 'x'.repeat(5121) }, 'options.template'],
      ['a broken Liquid template', { template: 'Code {{ code ' }, 'options.template'],
      // Templates that parse but can never render, as an attack found them accepted.
      [
        'a template with an include',
        { template: "{% include 'x' %}{{ code }}" },
        'options.template',
      ],
      [
        'a template past the memory limit',
        {
          template:
            "{% for i in (1..400000) %}{% assign s = s | append: 'xxxxxxxxxx' %}{% endfor %}{{ code }}",
        },
        'options.template',
      ],
      [
        'a template whose message is over 1600 characters',
        { template: '{% for i in (1..200) %}0123456789{% endfor %}{{ code }}' },
        'options.template',
      ],
      [
        'a template whose message is empty',
        { template: '{% if false %}{{ code }}{% endif %}' },
        'options.template',
      ],
      ['an http gateway_url', { gateway_url: 'http://gw.example.com' }, 'options.gateway_url'],
    ] as const) {
      test(`PATCH refuses ${label} with 400 invalid_body naming ${property}`, async () => {
        const [status, code, message] = await managementErrorOf(
          await management(door, token, 'PATCH', `/connections/${sms.id}`, { options }),
        );
        assert.equal(status, 400);
        assert.equal(code, 'invalid_body');
        assert.match(message, /^Payload validation error: /);
        assert.ok(message.includes(`on property ${property}`), message);
        const current = await management(door, token, 'GET', `/connections/${sms.id}`);
        assert.deepEqual(((await current.json()) as ConnectionView).options, sms.options);
      });
    }

    test('PATCH refuses name, strategy, and a body that is not JSON', async () => {
      for (const body of [{ name: 'renamed' }, { strategy: 'auth0' }]) {
        const [status, code] = await managementErrorOf(
          await management(door, token, 'PATCH', `/connections/${sms.id}`, body),
        );
        assert.deepEqual([status, code], [400, 'invalid_body']);
      }
      const response = await door.request(`/api/v2/connections/${sms.id}`, {
        method: 'PATCH',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: '{"options":',
      });
      assert.deepEqual((await managementErrorOf(response)).slice(0, 2), [400, 'invalid_body']);
    });

    test('PATCH enabled_clients: a client taken off can no longer start a login', async () => {
      const closed = (await list('?name=sms-closed')) as ConnectionView[];
      const id = closed[0]!.id;
      const response = await management(door, token, 'PATCH', `/connections/${id}`, {
        enabled_clients: ['server'],
        display_name: 'Closed SMS',
        metadata: { team: 'growth' },
      });
      assert.equal(response.status, 200);
      const updated = (await response.json()) as ConnectionView;
      assert.deepEqual(updated.enabled_clients, ['server']);
      assert.equal(updated.display_name, 'Closed SMS');
      assert.deepEqual(updated.metadata, { team: 'growth' });

      const start = await door.request(
        '/passwordless/start',
        json({ client_id: 'spa', connection: 'sms-closed', phone_number: '+14155550302' }),
      );
      assert.deepEqual(await errorOf(start), [400, 'bad.connection', 'Connection is disabled']);

      const [status, code, message] = await managementErrorOf(
        await management(door, token, 'PATCH', `/connections/${id}`, {
          enabled_clients: ['ghost'],
        }),
      );
      assert.deepEqual([status, code], [400, 'invalid_body']);
      assert.match(message, /ghost/);
    });

    test('PATCH /connections/{id}/clients turns clients on and off; GET .../clients reads them', async () => {
      const id = ((await list('?name=sms')) as ConnectionView[])[0]!.id;
      const changed = await management(door, token, 'PATCH', `/connections/${id}/clients`, [
        { client_id: 'lonely', status: true },
        { client_id: 'no-otp', status: false },
      ]);
      assert.equal(changed.status, 204);
      const enabled = (await (
        await management(door, token, 'GET', `/connections/${id}/clients`)
      ).json()) as { clients: { client_id: string }[] };
      assert.deepEqual(enabled.clients.map((client) => client.client_id).sort(), [
        'lonely',
        'server',
        'spa',
      ]);
      const started = await door.request(
        '/passwordless/start',
        json({ client_id: 'lonely', connection: 'sms', phone_number: '+14155550304' }),
      );
      assert.equal(started.status, 200, 'a client turned on can start a login');

      for (const [body, pattern] of [
        [[{ client_id: 'ghost', status: true }], /Unknown client: ghost/],
        [[{ client_id: 'spa', status: 'on' }], /on property \[0\]\.status/],
        [
          [{ client_id: 'spa', status: true, extra: 1 }],
          /Additional properties not allowed: extra/,
        ],
        [{ client_id: 'spa', status: true }, /Expected type array/],
        [[], /on property body/],
      ] as const) {
        const [status, code, message] = await managementErrorOf(
          await management(door, token, 'PATCH', `/connections/${id}/clients`, body),
        );
        assert.deepEqual([status, code], [400, 'invalid_body'], JSON.stringify(body));
        assert.match(message, pattern);
      }
      const missing = await management(door, token, 'PATCH', '/connections/con_missing/clients', [
        { client_id: 'spa', status: true },
      ]);
      assert.equal(missing.status, 404);
      const reader = await managementToken(door, ['read:connections']);
      const forbidden = await management(door, reader, 'PATCH', `/connections/${id}/clients`, [
        { client_id: 'spa', status: true },
      ]);
      assert.deepEqual((await managementErrorOf(forbidden)).slice(0, 2), [
        403,
        'insufficient_scope',
      ]);
    });

    test('401 without a token, with a bad token, or with a token for another audience', async () => {
      const none = await door.request('/api/v2/connections');
      assert.deepEqual((await managementErrorOf(none)).slice(0, 2), [
        401,
        'missing_authentication',
      ]);
      const bad = await management(door, 'not.a.token', 'GET', '/connections');
      assert.deepEqual((await managementErrorOf(bad)).slice(0, 2), [401, 'invalid_token']);
      // A user's access token is signed by the same key but is not for the Management API.
      const phone = '+14155550303';
      const login = await logInByCode(door, phone);
      const { access_token } = (await login.json()) as { access_token: string };
      const foreign = await management(door, access_token, 'GET', '/connections');
      assert.deepEqual((await managementErrorOf(foreign)).slice(0, 2), [401, 'invalid_token']);
    });

    test('403 without the route scope', async () => {
      const readOnly = await managementToken(door, ['read:users']);
      const [status, code, message] = await managementErrorOf(
        await management(door, readOnly, 'GET', '/connections'),
      );
      assert.deepEqual([status, code], [403, 'insufficient_scope']);
      assert.match(message, /read:connections/);
      const reader = await managementToken(door, ['read:connections']);
      const patch = await management(door, reader, 'PATCH', `/connections/${sms.id}`, {
        display_name: 'x',
      });
      assert.deepEqual((await managementErrorOf(patch)).slice(0, 2), [403, 'insufficient_scope']);
    });
  });
}
