// `kill -9` of the server under load, then a restart on the same data directory: nothing the
// server acknowledged is lost, and the database is intact.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { decodeJwt } from 'jose';
import {
  killAllStarted,
  loginOverHttp,
  requestOpsToken,
  startServer,
  tenantWithOps,
  type ServerProcess,
} from './server-process.ts';

const config = {
  ...tenantWithOps(['read:connections', 'update:connections', 'read:users', 'update:users']),
  rate_limits: {
    passwordless_start_per_ip: { burst: 100_000, per_hour: 100_000 },
    token_per_ip: { burst: 100_000, per_hour: 100_000 },
    distinct_numbers_per_ip: { burst: 100_000, per_hour: 100_000 },
  },
};

let dir: string;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sms-login-crash-'));
  await writeFile(join(dir, 'config.json'), JSON.stringify(config));
});
after(async () => {
  killAllStarted();
  await rm(dir, { recursive: true, force: true });
});

async function adminToken(url: string): Promise<string> {
  const response = await requestOpsToken(url);
  assert.equal(response.status, 200);
  return ((await response.json()) as { access_token: string }).access_token;
}

/** What the server acknowledged before it was killed. */
interface Acknowledged {
  /** phone → user id (from the id_token of an acknowledged login) and its access token. */
  logins: Map<string, { userId: string; accessToken: string }>;
  /** user id → the highest `app_metadata.seq` a PATCH of it was acknowledged with. */
  userSeq: Map<string, number>;
  /** The highest connection `metadata.seq` a PATCH was acknowledged with. */
  connectionSeq: number;
  /** Why workers stopped early (for a stalled load's message). */
  failures: string[];
}

/** Runs logins and PATCHes in parallel until `stop` is set; failures after the kill are expected. */
async function load(
  server: ServerProcess,
  admin: string,
  connectionId: string,
  stop: { now: boolean },
) {
  const acknowledged: Acknowledged = {
    logins: new Map(),
    userSeq: new Map(),
    connectionSeq: 0,
    failures: [],
  };
  const headers = { authorization: `Bearer ${admin}`, 'content-type': 'application/json' };
  let phoneCounter = 0;
  const loginWorker = async () => {
    while (!stop.now) {
      const phone = `+1415556${String(phoneCounter++).padStart(4, '0')}`;
      try {
        const tokens = await loginOverHttp(server.url, phone);
        acknowledged.logins.set(phone, {
          userId: decodeJwt(tokens.id_token).sub!,
          accessToken: tokens.access_token,
        });
      } catch (error) {
        if (!stop.now) acknowledged.failures.push(`login: ${(error as Error).message}`);
        return;
      }
    }
  };
  const userPatchWorker = async (worker: number) => {
    for (let seq = 1; !stop.now; seq++) {
      const users = [...acknowledged.logins.values()];
      const target = users[worker % Math.max(1, users.length)];
      if (!target) {
        await new Promise((resolve) => setTimeout(resolve, 5));
        continue;
      }
      // One worker per user, so each user's PATCHes are sequential and their seq only grows.
      if (worker >= users.length) return;
      try {
        const response = await fetch(
          `${server.url}/api/v2/users/${encodeURIComponent(target.userId)}`,
          { method: 'PATCH', headers, body: JSON.stringify({ app_metadata: { seq } }) },
        );
        if (response.status !== 200) {
          acknowledged.failures.push(`user: ${response.status} ${await response.text()}`);
          return;
        }
        acknowledged.userSeq.set(target.userId, seq);
      } catch {
        return;
      }
    }
  };
  const connectionPatchWorker = async () => {
    for (let seq = 1; !stop.now; seq++) {
      try {
        const response = await fetch(`${server.url}/api/v2/connections/${connectionId}`, {
          method: 'PATCH',
          headers,
          body: JSON.stringify({ metadata: { seq: String(seq) } }),
        });
        if (response.status !== 200) {
          acknowledged.failures.push(`connection: ${response.status} ${await response.text()}`);
          return;
        }
        acknowledged.connectionSeq = seq;
      } catch {
        return;
      }
    }
  };
  const workers = [
    ...Array.from({ length: 6 }, loginWorker),
    ...Array.from({ length: 3 }, (_, index) => userPatchWorker(index)),
    connectionPatchWorker(),
  ];
  return { acknowledged, done: Promise.all(workers) };
}

describe('kill -9 under load', () => {
  test('a restart on the same data directory has every acknowledged user and change', async () => {
    const data = join(dir, 'data');
    const args = ['--config', join(dir, 'config.json'), '--data', data, '--quiet'];
    const first = await startServer(args);
    const admin = await adminToken(first.url);
    const [sms] = (await (
      await fetch(`${first.url}/api/v2/connections?name=sms`, {
        headers: { authorization: `Bearer ${admin}` },
      })
    ).json()) as { id: string }[];

    const stop = { now: false };
    const { acknowledged, done } = await load(first, admin, sms!.id, stop);
    // Let the load run until there is plenty in flight, then kill without warning.
    const deadline = Date.now() + 60_000;
    while (acknowledged.logins.size < 60 || acknowledged.connectionSeq < 20) {
      assert.ok(
        Date.now() < deadline,
        `load stalled: ${acknowledged.logins.size} logins, connection seq ${acknowledged.connectionSeq}, ${acknowledged.failures.join('; ')}`,
      );
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    first.child.kill('SIGKILL');
    const { signal } = await first.exited;
    assert.equal(signal, 'SIGKILL');
    stop.now = true;
    await done;
    // Freeze what counts as acknowledged at the moment of the kill.
    const logins = new Map(acknowledged.logins);
    const userSeq = new Map(acknowledged.userSeq);
    const connectionSeq = acknowledged.connectionSeq;
    assert.ok(userSeq.size > 0, 'some user PATCHes were acknowledged');

    const second = await startServer(args);
    try {
      const headers = { authorization: `Bearer ${admin}` };
      // The old Management token still works: the signing key survived.
      const all = await fetch(`${second.url}/api/v2/users?per_page=100&include_totals=true`, {
        headers,
      });
      assert.equal(all.status, 200);
      const { total } = (await all.json()) as { total: number };
      assert.ok(total >= logins.size, `${total} users, ${logins.size} acknowledged logins`);

      for (const [phone, { userId, accessToken }] of logins) {
        const response = await fetch(`${second.url}/api/v2/users/${encodeURIComponent(userId)}`, {
          headers,
        });
        assert.equal(response.status, 200, `user ${userId} (${phone}) survived`);
        const user = (await response.json()) as {
          phone_number: string;
          app_metadata: { seq?: number };
        };
        assert.equal(user.phone_number, phone);
        const seq = userSeq.get(userId);
        if (seq !== undefined)
          assert.ok((user.app_metadata.seq ?? 0) >= seq, `user ${userId}: seq ${seq} kept`);
        if (phone.endsWith('0')) {
          const userinfo = await fetch(`${second.url}/userinfo`, {
            headers: { authorization: `Bearer ${accessToken}` },
          });
          assert.equal(userinfo.status, 200, 'an access token from before the kill still works');
        }
      }
      const connection = (await (
        await fetch(`${second.url}/api/v2/connections/${sms!.id}`, { headers })
      ).json()) as { metadata: { seq?: string } };
      assert.ok(
        Number(connection.metadata.seq) >= connectionSeq,
        `connection seq ${connection.metadata.seq} >= acknowledged ${connectionSeq}`,
      );
      // A number that logged in before the kill logs in again as the same user.
      const [phone, earlier] = [...logins][0]!;
      const again = await loginOverHttp(second.url, phone);
      assert.equal(decodeJwt(again.id_token).sub, earlier.userId);
    } finally {
      second.child.kill('SIGTERM');
      await second.exited;
    }
    const db = new Database(join(data, 'sms-login.db'), { readonly: true });
    assert.equal(db.pragma('integrity_check', { simple: true }), 'ok');
    db.close();
  });
});
