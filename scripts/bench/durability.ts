// What durable writes cost on SQLite: the same store, on this disk, writing what must survive a
// power loss (a new user, a tenant setting: the log synced before the answer) and what need not (a
// returning login, a session record: committed, not synced). One write at a time, and new users
// 16 at a time as a server's requests overlap (they share commits and syncs). Prints one JSON
// line of writes per second.
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createSqliteStore } from '../../mock-server/src/store/sqlite.ts';
import type { StoredUser } from '../../mock-server/src/store/types.ts';

const seconds = Number(process.argv[2] ?? '2');
// On the repository's disk (./.sms-login is ignored): a tmpfs /tmp would make every sync free.
const dir = fileURLToPath(new URL('../../.sms-login/bench-durability/', import.meta.url));
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
const store = createSqliteStore({ filename: join(dir, 'bench.db') });

const user = (index: number): StoredUser => ({
  user_id: `bench${String(index).padStart(19, '0')}`,
  connection: 'sms',
  phone_number: `+1555${String(index).padStart(7, '0')}`,
  phone_verified: true,
  name: 'bench',
  blocked: false,
  created_at: new Date(0).toISOString(),
  updated_at: new Date(0).toISOString(),
  last_login: null,
  logins_count: 0,
  user_metadata: {},
  app_metadata: {},
});

async function rate(write: (index: number) => Promise<unknown>, inFlight = 1): Promise<number> {
  const until = performance.now() + seconds * 1000;
  let count = 0;
  const started = performance.now();
  const writer = async () => {
    while (performance.now() < until) await write(count++);
  };
  await Promise.all(Array.from({ length: inFlight }, writer));
  return count / ((performance.now() - started) / 1000);
}

const at = new Date().toISOString();
const results = {
  newUser: await rate((index) => store.recordLogin(user(index), at)),
  newUsersInFlight: await rate((index) => store.recordLogin(user(1_000_000 + index), at), 16),
  returningLogin: await rate((index) => store.recordLogin(user(index % 100), at)),
  tenantSetting: await rate((index) =>
    store.putDocument('clients', `client-${index % 50}`, { name: `client ${index}` }),
  ),
  sessionRecord: await rate((index) =>
    store.putDocument('sessions', `session-${index}`, { userId: 'bench', index }),
  ),
};
store.close();
rmSync(dir, { recursive: true, force: true });
console.log(JSON.stringify(results));
