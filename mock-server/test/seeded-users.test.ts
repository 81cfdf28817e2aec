// Users seeded from the configuration: created at start when absent, never twice.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBackend } from '../src/backend.ts';
import { createManualClock } from '../src/clock.ts';
import { ConfigError, parseConfig } from '../src/config/parse.ts';
import type { ConfigInput } from '../src/config/schema.ts';
import { createSqliteStore } from '../src/store/sqlite.ts';
import { management, managementConfig, managementToken } from './management-support.ts';
import { doors, errorOf, json, ORIGIN, sendCode, tokenRequest, type Door } from './support.ts';

const SEEDED = [
  {
    phone_number: '+14155550601',
    connection: 'sms',
    app_metadata: { roles: ['admin'] },
    user_metadata: { theme: 'dark' },
    name: 'Ada',
  },
  { phone_number: '+14155550602', connection: 'sms', blocked: true },
  { phone_number: '+14155550603', connection: 'sms-closed' },
];

const seededConfig = (users: unknown[] = SEEDED): ConfigInput =>
  ({ ...managementConfig(), users }) as ConfigInput;

interface UserView {
  user_id: string;
  phone_number: string;
  phone_verified: boolean;
  name: string;
  blocked: boolean;
  app_metadata: Record<string, unknown>;
  user_metadata: Record<string, unknown>;
  identities: { connection: string }[];
  logins_count: number;
}

async function usersOf(door: Door, token: string, phone: string): Promise<UserView[]> {
  const response = await management(
    door,
    token,
    'GET',
    `/users-by-phone?phone_number=${encodeURIComponent(phone)}`,
  );
  return (await response.json()) as UserView[];
}

for (const [doorName, openDoor] of doors) {
  describe(`seeded users (${doorName})`, () => {
    let door: Door;
    let token: string;
    before(async () => {
      door = await openDoor(seededConfig());
      await door.backend.context.tenant.ready;
      token = await managementToken(door);
    });
    after(() => door.close());

    it('exist at start with their metadata, unverified and never logged in', async () => {
      const [ada] = await usersOf(door, token, '+14155550601');
      assert.ok(ada);
      assert.match(ada.user_id, /^sms\|[0-9a-f]{24}$/);
      assert.equal(ada.name, 'Ada');
      assert.equal(ada.phone_verified, false);
      assert.equal(ada.blocked, false);
      assert.deepEqual(ada.app_metadata, { roles: ['admin'] });
      assert.deepEqual(ada.user_metadata, { theme: 'dark' });
      assert.equal(ada.identities[0]!.connection, 'sms');
      assert.equal(ada.logins_count, 0);
    });

    it('sign in as themselves: the first code proves the number', async () => {
      const phone = '+14155550601';
      const [beforeLogin] = await usersOf(door, token, phone);
      const otp = await sendCode(door, phone);
      const response = await door.request('/oauth/token', tokenRequest(phone, otp));
      assert.equal(response.status, 200);
      const [afterLogin] = await usersOf(door, token, phone);
      assert.equal(afterLogin!.user_id, beforeLogin!.user_id);
      assert.equal(afterLogin!.logins_count, 1);
      assert.equal(afterLogin!.phone_verified, true);
    });

    it('a blocked seeded user gets no code', async () => {
      const response = await door.request(
        '/passwordless/start',
        json({ client_id: 'spa', connection: 'sms', phone_number: '+14155550602' }),
      );
      assert.deepEqual(await errorOf(response), [401, 'unauthorized', 'user is blocked']);
    });

    it('a seeded user may sign in where sign-ups are closed', async () => {
      const phone = '+14155550603';
      const otp = await sendCode(door, phone, { connection: 'sms-closed' });
      const response = await door.request(
        '/oauth/token',
        tokenRequest(phone, otp, { realm: 'sms-closed' }),
      );
      assert.equal(response.status, 200);
    });
  });
}

/** The problems parseConfig reports for these seeded users (none: an empty list). */
const problemsOf = (users: unknown[], connections?: ConfigInput['connections']) => {
  try {
    parseConfig({ ...seededConfig(users), ...(connections ? { connections } : {}) });
  } catch (error) {
    if (error instanceof ConfigError) return error.issues;
    throw error;
  }
  return [];
};

describe('users[] in the configuration', () => {
  it('takes the only sms connection when none is named', () => {
    const config = parseConfig({
      ...seededConfig([{ phone_number: '+14155550610' }]),
      connections: [{ name: 'phones', enabled_clients: ['spa'] }],
    });
    assert.equal(config.users[0]!.phone_number, '+14155550610');
  });

  it('refuses a missing connection among several, an unknown one, twins and bad fields', () => {
    assert.deepEqual(problemsOf([{ phone_number: '+14155550610' }]), [
      {
        path: 'users[0].connection',
        message: 'required when the tenant has more than one sms connection',
      },
    ]);
    assert.deepEqual(
      problemsOf([
        { phone_number: '+14155550610', connection: 'Username-Password-Authentication' },
      ]),
      [
        {
          path: 'users[0].connection',
          message: 'no sms connection is named "Username-Password-Authentication"',
        },
      ],
    );
    assert.deepEqual(
      problemsOf([
        { phone_number: '+14155550610', connection: 'sms' },
        { phone_number: '+14155550610', connection: 'sms' },
      ]),
      [
        {
          path: 'users[1].phone_number',
          message: 'another seeded user of "sms" has +14155550610',
        },
      ],
    );
    const [badNumber] = problemsOf([{ phone_number: '4155550610', connection: 'sms' }]);
    assert.equal(badNumber!.path, 'users[0].phone_number');
    const [unknownField] = problemsOf([
      { phone_number: '+14155550610', connection: 'sms', password: 'x' },
    ]);
    assert.equal(unknownField!.path, 'users[0]');
  });
});

describe('seeded users and a SQLite file', () => {
  let dir: string;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'sms-login-seeded-'));
  });
  after(() => rm(dir, { recursive: true, force: true }));

  it('are created once over two restarts, and keep what changed meanwhile', async () => {
    const filename = join(dir, 'tenant.db');
    const start = async () => {
      const store = createSqliteStore({ filename });
      const clock = createManualClock(Date.now());
      const backend = createBackend(seededConfig(), { store, clock });
      await backend.context.tenant.ready;
      const door: Door = {
        name: 'sqlite',
        backend,
        clock,
        request: (path, init) => backend.fetch(new Request(`${ORIGIN}${path}`, init)),
        close: async () => store.close(),
      };
      return door;
    };

    const first = await start();
    const firstToken = await managementToken(first);
    const [ada] = await usersOf(first, firstToken, '+14155550601');
    const changed = await management(first, firstToken, 'PATCH', `/users/${ada!.user_id}`, {
      app_metadata: { roles: ['viewer'] },
    });
    assert.equal(changed.status, 200);
    await first.close();

    for (let restart = 0; restart < 2; restart++) {
      const door = await start();
      const token = await managementToken(door);
      const all = (await (await management(door, token, 'GET', '/users')).json()) as UserView[];
      assert.equal(all.length, SEEDED.length, `restart ${restart + 1}`);
      const [again] = await usersOf(door, token, '+14155550601');
      assert.equal(again!.user_id, ada!.user_id);
      assert.deepEqual(again!.app_metadata, { roles: ['viewer'] });
      await door.close();
    }
  });
});
