// POST /api/v2/users and the fields PATCH /api/v2/users/{id} takes for an sms user, as Auth0's.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { doors, sendCode, tokenRequest, type Door } from './support.ts';
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
  nickname: string;
  given_name?: string;
  family_name?: string;
  picture: string | null;
  blocked: boolean;
  identities: { user_id: string; provider: string; connection: string; isSocial: boolean }[];
  user_metadata: Record<string, unknown>;
  app_metadata: Record<string, unknown>;
  logins_count: number;
}

for (const [doorName, openDoor] of doors) {
  describe(`POST /api/v2/users and PATCH of sms fields (${doorName})`, () => {
    let door: Door;
    let token: string;
    before(async () => {
      door = await openDoor(managementConfig());
      token = await managementToken(door);
    });
    after(() => door.close());

    const create = (body: Record<string, unknown>) =>
      management(door, token, 'POST', '/users', body);

    it('creates an sms user with Auth0’s fields, answering 201', async () => {
      const response = await create({
        connection: 'sms',
        phone_number: '+14155550701',
        name: 'Grace Hopper',
        nickname: 'grace',
        given_name: 'Grace',
        family_name: 'Hopper',
        picture: 'https://example.com/grace.png',
        app_metadata: { roles: ['admin'] },
        user_metadata: { locale: 'en' },
      });
      assert.equal(response.status, 201);
      const user = (await response.json()) as UserView;
      assert.match(user.user_id, /^sms\|[0-9a-f]{24}$/);
      assert.equal(user.phone_verified, false);
      assert.equal(user.nickname, 'grace');
      assert.equal(user.given_name, 'Grace');
      assert.equal(user.family_name, 'Hopper');
      assert.equal(user.picture, 'https://example.com/grace.png');
      assert.deepEqual(user.app_metadata, { roles: ['admin'] });
      assert.deepEqual(user.identities, [
        { user_id: user.user_id.slice(4), provider: 'sms', connection: 'sms', isSocial: false },
      ]);
      assert.equal(user.logins_count, 0);
      const read = await management(door, token, 'GET', `/users/${user.user_id}`);
      assert.deepEqual(await read.json(), user);
    });

    it('takes a user_id and phone_verified, and the user signs in as itself', async () => {
      const phone = '+14155550702';
      const response = await create({
        connection: 'sms',
        phone_number: phone,
        user_id: 'abc123',
        phone_verified: true,
        blocked: false,
      });
      assert.equal(response.status, 201);
      const user = (await response.json()) as UserView;
      assert.equal(user.user_id, 'sms|abc123');
      assert.equal(user.phone_verified, true);
      const otp = await sendCode(door, phone);
      const tokens = await door.request('/oauth/token', tokenRequest(phone, otp));
      assert.equal(tokens.status, 200);
      const afterLogin = (await (
        await management(door, token, 'GET', '/users/sms|abc123')
      ).json()) as UserView;
      assert.equal(afterLogin.logins_count, 1);
    });

    it('refuses a taken number or id with 409', async () => {
      await create({ connection: 'sms', phone_number: '+14155550703' });
      const conflict = [409, 'auth0_idp_error', 'The user already exists.'];
      assert.deepEqual(
        await managementErrorOf(await create({ connection: 'sms', phone_number: '+14155550703' })),
        conflict,
      );
      assert.deepEqual(
        await managementErrorOf(
          await create({ connection: 'sms', phone_number: '+14155550704', user_id: 'abc123' }),
        ),
        conflict,
      );
    });

    it('refuses bad bodies with the reason', async () => {
      assert.deepEqual(await managementErrorOf(await create({ phone_number: '+14155550705' })), [
        400,
        'invalid_body',
        "Payload validation error: 'Missing required property: connection'.",
      ]);
      assert.deepEqual(
        await managementErrorOf(await create({ connection: 'sms', phone_number: '555' })),
        [
          400,
          'invalid_body',
          "Payload validation error: 'must be an E.164 number such as +15555550100' on property phone_number.",
        ],
      );
      assert.deepEqual(
        await managementErrorOf(
          await create({ connection: 'sms', phone_number: '+14155550705', password: 'Secret1!' }),
        ),
        [
          400,
          'invalid_body',
          "Payload validation error: 'Additional properties not allowed: password'.",
        ],
      );
      assert.deepEqual(
        await managementErrorOf(await create({ connection: 'nope', phone_number: '+14155550705' })),
        [400, 'inexistent_connection', 'The connection does not exist.'],
      );
      const [status, errorCode] = await managementErrorOf(
        await create({
          connection: 'Username-Password-Authentication',
          phone_number: '+14155550705',
        }),
      );
      assert.deepEqual([status, errorCode], [400, 'invalid_body']);
    });

    it('needs create:users', async () => {
      const readOnly = await managementToken(door, ['read:users']);
      const response = await management(door, readOnly, 'POST', '/users', {
        connection: 'sms',
        phone_number: '+14155550706',
      });
      assert.equal(response.status, 403);
    });

    it('PATCH changes the number, the profile fields and phone_verified', async () => {
      const created = (await (
        await create({ connection: 'sms', phone_number: '+14155550707' })
      ).json()) as UserView;
      await create({ connection: 'sms', phone_number: '+14155550708' });
      const patch = (body: Record<string, unknown>) =>
        management(door, token, 'PATCH', `/users/${created.user_id}`, body);

      assert.deepEqual(await managementErrorOf(await patch({ phone_number: '+14155550708' })), [
        409,
        'auth0_idp_error',
        'The user already exists.',
      ]);
      const [status, errorCode] = await managementErrorOf(
        await patch({ connection: 'sms-closed', phone_verified: true }),
      );
      assert.deepEqual([status, errorCode], [400, 'invalid_body']);

      const response = await patch({
        connection: 'sms',
        phone_number: '+14155550709',
        phone_verified: true,
        given_name: 'Ada',
        picture: 'https://example.com/ada.png',
      });
      assert.equal(response.status, 200);
      const user = (await response.json()) as UserView;
      assert.equal(user.phone_number, '+14155550709');
      assert.equal(user.phone_verified, true);
      assert.equal(user.given_name, 'Ada');
      assert.equal(user.picture, 'https://example.com/ada.png');
      const byOld = await management(
        door,
        token,
        'GET',
        '/users-by-phone?phone_number=%2B14155550707',
      );
      assert.deepEqual(await byOld.json(), []);

      // The new number signs in as this user.
      const otp = await sendCode(door, '+14155550709');
      assert.equal(
        (await door.request('/oauth/token', tokenRequest('+14155550709', otp))).status,
        200,
      );
      const afterLogin = (await (
        await management(door, token, 'GET', `/users/${created.user_id}`)
      ).json()) as UserView;
      assert.equal(afterLogin.logins_count, 1);
    });
  });
}
