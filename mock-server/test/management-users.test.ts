import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { doors, errorOf, json, sendCode, tokenRequest, type Door } from './support.ts';
import {
  management,
  managementConfig,
  managementErrorOf,
  managementToken,
} from './management-support.ts';

interface UserView {
  user_id: string;
  phone_number: string;
  phone_verified: boolean;
  name: string;
  blocked: boolean;
  identities: { user_id: string; provider: string; connection: string; isSocial: boolean }[];
  user_metadata: Record<string, unknown>;
  app_metadata: Record<string, unknown>;
  logins_count: number;
  created_at: string;
}

for (const [doorName, openDoor] of doors) {
  describe(`Management API users (${doorName})`, () => {
    let door: Door;
    let token: string;
    const phones = ['+14155550401', '+14155550402', '+14155550403'];
    const ids = new Map<string, string>();

    const login = async (phone: string) => {
      const otp = await sendCode(door, phone);
      const response = await door.request('/oauth/token', tokenRequest(phone, otp));
      assert.equal(response.status, 200);
    };
    const get = async (path: string) => {
      const response = await management(door, token, 'GET', path);
      assert.equal(response.status, 200, path);
      return response.json() as Promise<unknown>;
    };

    before(async () => {
      door = await openDoor(managementConfig());
      token = await managementToken(door);
      for (const phone of phones) {
        await login(phone);
        door.clock.advance(1000);
      }
      for (const user of (await get('/users')) as UserView[])
        ids.set(user.phone_number, user.user_id);
    });
    after(() => door.close());

    test('GET /users lists users oldest first in the Auth0 shape', async () => {
      const users = (await get('/users')) as UserView[];
      assert.deepEqual(
        users.map((user) => user.phone_number),
        phones,
      );
      const [first] = users;
      assert.match(first!.user_id, /^sms\|[0-9a-f]{24}$/);
      assert.equal(first!.phone_verified, true);
      assert.equal(first!.blocked, false);
      assert.equal(first!.logins_count, 1);
      assert.deepEqual(first!.identities, [
        {
          user_id: first!.user_id.slice(4),
          provider: 'sms',
          connection: 'sms',
          isSocial: false,
        },
      ]);
    });

    test('page, per_page and include_totals', async () => {
      const page = (await get('/users?page=1&per_page=2&include_totals=true')) as {
        start: number;
        limit: number;
        length: number;
        total: number;
        users: UserView[];
      };
      assert.equal(page.start, 2);
      assert.equal(page.limit, 2);
      assert.equal(page.length, 1);
      assert.equal(page.total, 3);
      assert.deepEqual(
        page.users.map((user) => user.phone_number),
        [phones[2]],
      );
      const plain = (await get('/users?page=0&per_page=2')) as UserView[];
      assert.equal(plain.length, 2);
      for (const query of ['per_page=101', 'per_page=0', 'page=-1', 'include_totals=yes']) {
        const [status, code] = await managementErrorOf(
          await management(door, token, 'GET', `/users?${query}`),
        );
        assert.deepEqual([status, code], [400, 'invalid_query_string'], query);
      }
    });

    test('q=phone_number:"+…" and /users-by-phone find one number', async () => {
      const q = encodeURIComponent(`phone_number:"${phones[1]}"`);
      const found = (await get(`/users?q=${q}&search_engine=v3`)) as UserView[];
      assert.deepEqual(
        found.map((user) => user.phone_number),
        [phones[1]],
      );
      const unquoted = (await get(
        `/users?q=${encodeURIComponent(`phone_number:${phones[1]}`)}`,
      )) as UserView[];
      assert.equal(unquoted.length, 1);

      const byPhone = (await get(
        `/users-by-phone?phone_number=${encodeURIComponent(phones[1]!)}`,
      )) as UserView[];
      assert.deepEqual(
        byPhone.map((user) => user.user_id),
        [ids.get(phones[1]!)],
      );
      assert.deepEqual(await get('/users-by-phone?phone_number=%2B19999999999'), []);

      const [status, code] = await managementErrorOf(
        await management(door, token, 'GET', `/users?q=${encodeURIComponent('email:"a@b.c"')}`),
      );
      assert.deepEqual([status, code], [400, 'invalid_query_string']);
      const badPhone = await management(door, token, 'GET', '/users-by-phone?phone_number=12');
      assert.equal(badPhone.status, 400);
    });

    test('GET /users/{id}; an unknown id is 404 inexistent_user', async () => {
      const id = ids.get(phones[0]!)!;
      const user = (await get(`/users/${encodeURIComponent(id)}`)) as UserView;
      assert.equal(user.phone_number, phones[0]);
      assert.deepEqual(
        await managementErrorOf(await management(door, token, 'GET', '/users/sms%7Cnope')),
        [404, 'inexistent_user', 'The user does not exist.'],
      );
    });

    test('PATCH /users/{id} changes name and merges metadata (null removes a key)', async () => {
      const path = `/users/${encodeURIComponent(ids.get(phones[0]!)!)}`;
      let response = await management(door, token, 'PATCH', path, {
        name: 'Ada',
        user_metadata: { plan: 'pro', theme: 'dark' },
      });
      assert.equal(response.status, 200);
      response = await management(door, token, 'PATCH', path, {
        user_metadata: { theme: null, locale: 'fr' },
        app_metadata: { roles: ['admin'] },
      });
      const user = (await response.json()) as UserView;
      assert.equal(user.name, 'Ada');
      assert.deepEqual(user.user_metadata, { plan: 'pro', locale: 'fr' });
      assert.deepEqual(user.app_metadata, { roles: ['admin'] });

      for (const body of [{ phone_number: '4155550100' }, { blocked: 'yes' }, { name: '' }]) {
        const [status, code] = await managementErrorOf(
          await management(door, token, 'PATCH', path, body),
        );
        assert.deepEqual([status, code], [400, 'invalid_body'], JSON.stringify(body));
      }
    });

    test('blocked: true stops codes and logins for that user; false lets them back', async () => {
      const phone = phones[2]!;
      const path = `/users/${encodeURIComponent(ids.get(phone)!)}`;
      // A code sent before the block must not work after it either.
      const earlier = await sendCode(door, phone);
      const response = await management(door, token, 'PATCH', path, { blocked: true });
      assert.equal(((await response.json()) as UserView).blocked, true);

      const start = await door.request(
        '/passwordless/start',
        json({ client_id: 'spa', connection: 'sms', phone_number: phone, send: 'code' }),
      );
      assert.deepEqual(await errorOf(start), [401, 'unauthorized', 'user is blocked']);
      const messages = (await (
        await door.request(`/dev/messages?phone_number=${encodeURIComponent(phone)}`)
      ).json()) as { messages: unknown[] };
      assert.equal(messages.messages.length, 2, 'no message was sent to the blocked user');
      const grant = await door.request('/oauth/token', tokenRequest(phone, earlier));
      assert.deepEqual(await errorOf(grant), [401, 'unauthorized', 'user is blocked']);

      await management(door, token, 'PATCH', path, { blocked: false });
      await login(phone);
    });

    test('DELETE /users/{id}: 204, then 404; the number signs up as a new user', async () => {
      const phone = phones[1]!;
      const path = `/users/${encodeURIComponent(ids.get(phone)!)}`;
      const response = await management(door, token, 'DELETE', path);
      assert.equal(response.status, 204);
      assert.equal(await response.text(), '');
      assert.equal((await management(door, token, 'GET', path)).status, 404);
      assert.equal((await management(door, token, 'DELETE', path)).status, 404);
      await login(phone);
      const [again] = (await get(
        `/users-by-phone?phone_number=${encodeURIComponent(phone)}`,
      )) as UserView[];
      assert.notEqual(again!.user_id, ids.get(phone));
    });

    test('scopes: read:users to read, update:users to PATCH, delete:users to DELETE', async () => {
      const reader = await managementToken(door, ['read:users']);
      const path = `/users/${encodeURIComponent(ids.get(phones[0]!)!)}`;
      assert.equal((await management(door, reader, 'GET', path)).status, 200);
      for (const [method, body, scope] of [
        ['PATCH', { name: 'x' }, 'update:users'],
        ['DELETE', undefined, 'delete:users'],
      ] as const) {
        const [status, code, message] = await managementErrorOf(
          await management(door, reader, method, path, body),
        );
        assert.deepEqual([status, code], [403, 'insufficient_scope']);
        assert.match(message, new RegExp(scope));
      }
      const noUsers = await managementToken(door, ['read:connections']);
      assert.equal((await management(door, noUsers, 'GET', '/users')).status, 403);
    });
  });
}
