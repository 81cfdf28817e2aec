// Three `sms-login-server` processes on one PostgreSQL database behave as one tenant: one winner
// of a race on a code, one count of wrong attempts, one rate limit, one signing key, one set of
// settings, and no acknowledged write lost when an instance dies.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeJwt } from 'jose';
import {
  killAllStarted,
  requestOpsToken,
  startServer,
  tenantWithOps,
  type ServerProcess,
} from './server-process.ts';
import { startPostgresCluster, type PostgresCluster } from './support/postgres-cluster.ts';

const START_LIMIT = 10;
const config = {
  ...tenantWithOps([
    'read:clients',
    'update:clients',
    'read:users',
    'update:users',
    'create:phone_templates',
  ]),
  rate_limits: {
    passwordless_start_per_ip: { burst: START_LIMIT, per_hour: START_LIMIT },
    token_per_ip: { burst: 100_000, per_hour: 100_000 },
    distinct_numbers_per_ip: { burst: 100_000, per_hour: 100_000 },
  },
};
const OTP_GRANT = 'http://auth0.com/oauth/grant-type/passwordless/otp';
const WRONG_CODE = 'Wrong phone number or verification code.';
const NO_ATTEMPTS_LEFT =
  "You've reached the maximum number of attempts. Please try to login again.";

let cluster: PostgresCluster;
let dir: string;
let servers: ServerProcess[];
let admin: string;
before(async () => {
  cluster = await startPostgresCluster();
  const url = await cluster.createDatabase('tenant');
  dir = await mkdtemp(join(tmpdir(), 'sms-login-instances-'));
  await writeFile(join(dir, 'config.json'), JSON.stringify(config));
  const args = ['--config', join(dir, 'config.json'), '--database', url, '--quiet'];
  // Started together: they migrate and seed one database at the same time.
  servers = await Promise.all(
    [1, 2, 3].map(() => startServer([...args, '--trust-proxy', 'loopback'])),
  );
  const response = await requestOpsToken(servers[0]!.url);
  assert.equal(response.status, 200);
  admin = ((await response.json()) as { access_token: string }).access_token;
});
after(async () => {
  killAllStarted();
  await cluster?.remove();
  if (dir) await rm(dir, { recursive: true, force: true });
});

let addresses = 0;
/** A client address of its own (documentation range), so the per-IP start limit is its own. */
const freshAddress = () => `2001:db8::${(++addresses).toString(16)}`;
let phones = 0;
const freshPhone = () => `+1415557${String(++phones).padStart(4, '0')}`;
const serverAt = (index: number) => servers[index % servers.length]!;

function start(server: ServerProcess, phone: string, address = freshAddress()) {
  return fetch(`${server.url}/passwordless/start`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
    body: JSON.stringify({ client_id: 'spa', connection: 'sms', phone_number: phone }),
  });
}

/** The code last sent to `phone`, read from the outbox (which every instance shares). */
async function codeSentTo(server: ServerProcess, phone: string): Promise<string> {
  const response = await fetch(
    `${server.url}/dev/messages?phone_number=${encodeURIComponent(phone)}&limit=1`,
  );
  const { messages } = (await response.json()) as { messages: { body: string }[] };
  return /(\d{4,40})(?!.*\d)/s.exec(messages[0]!.body)![1]!;
}

function redeem(server: ServerProcess, phone: string, otp: string) {
  return fetch(`${server.url}/oauth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: OTP_GRANT,
      client_id: 'spa',
      username: phone,
      otp,
      realm: 'sms',
    }).toString(),
  });
}

/** A login: the code sent through one instance, redeemed through another. */
async function login(sender: ServerProcess, redeemer: ServerProcess, phone: string) {
  const started = await start(sender, phone);
  assert.equal(started.status, 200, await started.clone().text());
  const token = await redeem(redeemer, phone, await codeSentTo(sender, phone));
  assert.equal(token.status, 200, await token.clone().text());
  return (await token.json()) as { access_token: string; id_token: string };
}

/** The text of the message a new start through `server` sent. */
async function messageOfAStart(server: ServerProcess): Promise<string> {
  const phone = freshPhone();
  assert.equal((await start(server, phone)).status, 200);
  const response = await fetch(
    `${server.url}/dev/messages?phone_number=${encodeURIComponent(phone)}&limit=1`,
  );
  return ((await response.json()) as { messages: { body: string }[] }).messages[0]!.body;
}

const errorOf = async (response: Response) =>
  ((await response.json()) as { error_description: string }).error_description;

describe('three instances on one PostgreSQL database', () => {
  test('50 concurrent redemptions of the right code across them give one token', async () => {
    const phone = freshPhone();
    assert.equal((await start(servers[0]!, phone)).status, 200);
    const code = await codeSentTo(servers[1]!, phone);
    const answers = await Promise.all(
      Array.from({ length: 50 }, (_, index) => redeem(serverAt(index), phone, code)),
    );
    const statuses = answers.map((answer) => answer.status);
    assert.equal(statuses.filter((status) => status === 200).length, 1, String(statuses));
    const refused = answers.filter((answer) => answer.status !== 200);
    assert.equal(refused.length, 49);
    for (const answer of refused) {
      assert.equal(answer.status, 403);
      assert.equal(await errorOf(answer), WRONG_CODE);
    }
  });

  test('50 concurrent wrong codes across them count exactly three', async () => {
    const phone = freshPhone();
    assert.equal((await start(servers[2]!, phone)).status, 200);
    const code = await codeSentTo(servers[0]!, phone);
    const wrong = code === '000000' ? '111111' : '000000';
    const answers = await Promise.all(
      Array.from({ length: 50 }, (_, index) => redeem(serverAt(index), phone, wrong)),
    );
    const descriptions = await Promise.all(answers.map(errorOf));
    assert.equal(descriptions.filter((text) => text === WRONG_CODE).length, 3);
    assert.equal(descriptions.filter((text) => text === NO_ATTEMPTS_LEFT).length, 47);
    const right = await redeem(servers[1]!, phone, code);
    assert.equal(right.status, 403, 'the right code is dead after three wrong ones');
    assert.equal(await errorOf(right), NO_ATTEMPTS_LEFT);
  });

  test('the per-IP start limit holds across them', async () => {
    const address = freshAddress();
    const answers = await Promise.all(
      Array.from({ length: 3 * START_LIMIT }, (_, index) =>
        start(serverAt(index), freshPhone(), address),
      ),
    );
    const statuses = answers.map((answer) => answer.status);
    assert.equal(statuses.filter((status) => status === 200).length, START_LIMIT, String(statuses));
    assert.equal(statuses.filter((status) => status === 429).length, 2 * START_LIMIT);
  });

  test('every instance serves one JWKS and accepts the tokens of the others', async () => {
    const keys = await Promise.all(
      servers.map(async (server) => (await fetch(`${server.url}/.well-known/jwks.json`)).json()),
    );
    assert.deepEqual(keys[1], keys[0]);
    assert.deepEqual(keys[2], keys[0]);
    const tokens = await login(servers[0]!, servers[1]!, freshPhone());
    for (const server of servers) {
      const userinfo = await fetch(`${server.url}/userinfo`, {
        headers: { authorization: `Bearer ${tokens.access_token}` },
      });
      assert.equal(userinfo.status, 200, `userinfo on ${server.port}`);
    }
  });

  test('a client changed through the Management API of one is seen by the others', async () => {
    const headers = { authorization: `Bearer ${admin}`, 'content-type': 'application/json' };
    const nameOn = async (server: ServerProcess) =>
      (
        (await (await fetch(`${server.url}/api/v2/clients/spa`, { headers })).json()) as {
          name: string;
        }
      ).name;
    // The others have read (and keep) the client before the change.
    assert.deepEqual(await Promise.all(servers.map(nameOn)), ['Test App', 'Test App', 'Test App']);
    const changed = await fetch(`${servers[0]!.url}/api/v2/clients/spa`, {
      method: 'PATCH',
      headers,
      body: JSON.stringify({ name: 'Renamed App' }),
    });
    assert.equal(changed.status, 200);
    assert.equal(await nameOn(servers[0]!), 'Renamed App', 'the writer sees it at once');
    // The others within their cache's age limit (1 s): polled, with a generous bound.
    for (const server of servers.slice(1)) {
      const deadline = Date.now() + 10_000;
      while ((await nameOn(server)) !== 'Renamed App' && Date.now() < deadline)
        await new Promise((resolve) => setTimeout(resolve, 100));
      assert.equal(await nameOn(server), 'Renamed App', `seen on ${server.port}`);
    }
  });

  test('a phone template created through one is used by the starts of the others', async () => {
    // The others have read (and keep) the tenant's templates before the change.
    for (const server of servers) assert.doesNotMatch(await messageOfAStart(server), /^Acme code/);
    const created = await fetch(`${servers[0]!.url}/api/v2/branding/phone/templates`, {
      method: 'POST',
      headers: { authorization: `Bearer ${admin}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        type: 'otp_verify',
        content: { body: { text: 'Acme code: {{ code }}' } },
      }),
    });
    assert.equal(created.status, 201, await created.clone().text());
    assert.match(
      await messageOfAStart(servers[0]!),
      /^Acme code: \d{6}$/,
      'the writer uses it at once',
    );
    for (const server of servers.slice(1)) {
      const deadline = Date.now() + 10_000;
      let body = await messageOfAStart(server);
      while (!body.startsWith('Acme code') && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        body = await messageOfAStart(server);
      }
      assert.match(body, /^Acme code: \d{6}$/, `used on ${server.port}`);
    }
  });

  test('losing the database under load loses nothing acknowledged: 503 and /healthz say so, then they recover by themselves', async () => {
    const headers = { authorization: `Bearer ${admin}` };
    /** user id → phone, for every login answered 200. */
    const acknowledged = new Map<string, string>();
    const database = { lost: false };
    const worker = async (index: number) => {
      while (!database.lost) {
        const phone = freshPhone();
        try {
          const tokens = await login(serverAt(index), serverAt(index + 1), phone);
          acknowledged.set(decodeJwt(tokens.id_token).sub!, phone);
        } catch (error) {
          if (!database.lost) throw error;
        }
      }
    };
    const load = Promise.all(Array.from({ length: 6 }, (_, index) => worker(index)));
    const deadline = Date.now() + 60_000;
    while (acknowledged.size < 20) {
      assert.ok(Date.now() < deadline, `load stalled at ${acknowledged.size} logins`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    database.lost = true;
    await cluster.stop();
    try {
      await load;
      for (const server of servers) {
        const answer = await start(server, freshPhone());
        assert.equal(answer.status, 503);
        const body = (await answer.json()) as Record<string, unknown>;
        assert.equal(body.error, 'temporarily_unavailable');
        assert.equal(typeof body.error_description, 'string');
        const health = await fetch(`${server.url}/healthz`);
        assert.equal(health.status, 503);
        assert.deepEqual(await health.json(), {
          status: 'unavailable',
          reason: 'database_unreachable',
        });
      }
    } finally {
      await cluster.start();
    }
    for (const server of servers) {
      assert.equal((await fetch(`${server.url}/healthz`)).status, 200);
      await login(server, server, freshPhone());
    }
    for (const [userId, phone] of acknowledged) {
      const response = await fetch(
        `${serverAt(phones).url}/api/v2/users/${encodeURIComponent(userId)}`,
        { headers },
      );
      assert.equal(response.status, 200, `user ${userId} (${phone}) is there`);
    }
  });

  test('kill -9 of one under load loses nothing it acknowledged', async () => {
    const [victim, survivor, checker] = servers as [ServerProcess, ServerProcess, ServerProcess];
    const headers = { authorization: `Bearer ${admin}`, 'content-type': 'application/json' };
    /** user id → the phone and the app_metadata seq an acknowledged PATCH set. */
    const acknowledged = new Map<string, { phone: string; seq: number }>();
    let killed = false;
    const worker = async (index: number) => {
      for (let seq = 1; seq <= 40; seq++) {
        const server = index % 2 === 0 ? victim : survivor;
        const phone = freshPhone();
        try {
          const tokens = await login(server, server, phone);
          const userId = decodeJwt(tokens.id_token).sub!;
          acknowledged.set(userId, { phone, seq: 0 });
          const patched = await fetch(`${server.url}/api/v2/users/${encodeURIComponent(userId)}`, {
            method: 'PATCH',
            headers,
            body: JSON.stringify({ app_metadata: { seq } }),
          });
          if (patched.status === 200) acknowledged.set(userId, { phone, seq });
        } catch (error) {
          // Requests to the killed instance fail from then on; nothing else may.
          if (!(killed && server === victim)) throw error;
          return;
        }
      }
    };
    const load = Promise.all(Array.from({ length: 6 }, (_, index) => worker(index)));
    const deadline = Date.now() + 60_000;
    while (acknowledged.size < 30) {
      assert.ok(Date.now() < deadline, `load stalled at ${acknowledged.size} logins`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    killed = true;
    victim.child.kill('SIGKILL');
    assert.equal((await victim.exited).signal, 'SIGKILL');
    await load;
    const frozen = new Map(acknowledged);
    for (const [userId, { phone, seq }] of frozen) {
      const response = await fetch(`${checker.url}/api/v2/users/${encodeURIComponent(userId)}`, {
        headers,
      });
      assert.equal(response.status, 200, `user ${userId} (${phone}) is there`);
      const user = (await response.json()) as {
        phone_number: string;
        app_metadata: { seq?: number };
      };
      assert.equal(user.phone_number, phone);
      assert.ok((user.app_metadata.seq ?? 0) >= seq, `user ${userId}: seq ${seq} kept`);
    }
  });
});
