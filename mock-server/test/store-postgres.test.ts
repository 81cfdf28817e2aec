import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import pg from 'pg';
import {
  createPostgresStore,
  POSTGRES_MIGRATIONS,
  StoreUnavailableError,
} from '../src/store/postgres.ts';
import { inTransaction, openPool } from '../src/store/postgres-pool.ts';
import { describeStoreContract, outboxMessage } from './store-contract.ts';
import { startPostgresCluster, type PostgresCluster } from './support/postgres-cluster.ts';

let cluster: PostgresCluster;
let databases = 0;
before(async () => {
  cluster = await startPostgresCluster();
});
after(() => cluster?.remove());

const freshDatabase = () => cluster.createDatabase(`store_${++databases}`);

/** One query on its own connection, outside any store. */
async function sql<R extends pg.QueryResultRow>(url: string, text: string): Promise<R[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<R>(text)).rows;
  } finally {
    await client.end();
  }
}

describeStoreContract('postgres', async () => {
  const url = await freshDatabase();
  const store = await createPostgresStore({ connectionString: url, poolSize: 20 });
  return { store, close: () => store.close() };
});

describe('postgres store', () => {
  test('three instances starting at once migrate the database once, to the latest version', async () => {
    const url = await freshDatabase();
    const stores = await Promise.all(
      [1, 2, 3].map(() => createPostgresStore({ connectionString: url })),
    );
    for (const store of stores) assert.equal(store.schemaVersion, POSTGRES_MIGRATIONS.length);
    const [row] = await sql<{ version: number }>(url, 'SELECT version FROM schema_version');
    assert.equal(row!.version, POSTGRES_MIGRATIONS.length);
    await Promise.all(stores.map((store) => store.close()));
  });

  test('a database from a newer schema version is refused, not rewritten', async () => {
    const url = await freshDatabase();
    await (await createPostgresStore({ connectionString: url })).close();
    await sql(url, `UPDATE schema_version SET version = ${POSTGRES_MIGRATIONS.length + 1}`);
    await assert.rejects(
      createPostgresStore({ connectionString: url }),
      /newer than this server knows/,
    );
  });

  test('two instances asking for a new secret at once end with the same one', async () => {
    const url = await freshDatabase();
    const [first, second] = await Promise.all([
      createPostgresStore({ connectionString: url }),
      createPostgresStore({ connectionString: url }),
    ]);
    const secrets = await Promise.all([
      first!.getOrCreateSecret('signing-key', async () => 'from-first'),
      second!.getOrCreateSecret('signing-key', async () => 'from-second'),
    ]);
    assert.equal(secrets[0], secrets[1]);
    assert.ok(['from-first', 'from-second'].includes(secrets[0]));
    await Promise.all([first!.close(), second!.close()]);
  });

  test('60 concurrent takes through two instances from a bucket of 50: exactly 50 allowed', async () => {
    const url = await freshDatabase();
    const stores = await Promise.all(
      [1, 2].map(() => createPostgresStore({ connectionString: url })),
    );
    const outcomes = await Promise.all(
      Array.from({ length: 60 }, (_, index) =>
        stores[index % 2]!.takeRateLimitTokens([
          { bucket: 'ip:shared', capacity: 50, refillPerMs: 0, now: 1000 },
          // A bucket of its own per take: one take's refusal leaves the others' alone.
          { bucket: `number:${index}`, capacity: 1, refillPerMs: 0, now: 1000 },
        ]),
      ),
    );
    assert.equal(outcomes.filter(([shared]) => shared!.allowed).length, 50);
    const refused = outcomes.filter(([shared]) => !shared!.allowed);
    assert.ok(
      refused.every(([, own]) => own!.allowed),
      'their own buckets had a token',
    );
    // A refused take took none: its own bucket still has its one token.
    const again = await stores[0]!.takeRateLimitToken({
      bucket: `number:${outcomes.indexOf(refused[0]!)}`,
      capacity: 1,
      refillPerMs: 0,
      now: 1000,
    });
    assert.equal(again.allowed, true);
    await Promise.all(stores.map((store) => store.close()));
  });

  test('20 concurrent exchanges of one refresh token through two instances: one rotates it', async () => {
    const url = await freshDatabase();
    const stores = await Promise.all(
      [1, 2].map(() => createPostgresStore({ connectionString: url })),
    );
    await stores[0]!.createRefreshTokenFamily({
      familyId: 'family',
      userId: 'sms|1',
      clientId: 'spa',
      scope: 'openid offline_access',
      audience: 'https://tenant.example.com/userinfo',
      createdAt: 1000,
      expiresAt: null,
      idleExpiresAt: null,
      tokenHash: 'first',
    });
    const outcomes = await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        stores[index % 2]!.exchangeRefreshToken({
          tokenHash: 'first',
          clientId: 'spa',
          now: 2000,
          successorHash: `next-${index}`,
          leewayMs: 0,
          idleLifetimeMs: null,
        }),
      ),
    );
    assert.equal(outcomes.filter(({ outcome }) => outcome === 'exchanged').length, 1);
    assert.ok(
      outcomes.every(({ outcome }) => ['exchanged', 'reused', 'revoked'].includes(outcome)),
    );
    const found = await stores[1]!.findRefreshToken('first');
    assert.notEqual(found!.family.revokedAt, null, 'reuse revoked the family on both');
    await Promise.all(stores.map((store) => store.close()));
  });

  test('a write through one instance is read through another', async () => {
    const url = await freshDatabase();
    const [first, second] = await Promise.all([
      createPostgresStore({ connectionString: url }),
      createPostgresStore({ connectionString: url }),
    ]);
    await first!.putDocument('clients', 'app', { client_id: 'app', name: 'one' });
    assert.deepEqual(await second!.getDocument('clients', 'app'), {
      client_id: 'app',
      name: 'one',
    });
    await Promise.all([first!.close(), second!.close()]);
  });

  test('a schema of its own, through the search_path of the URL', async () => {
    const url = await freshDatabase();
    await sql(url, 'CREATE SCHEMA sms_login');
    const store = await createPostgresStore({
      connectionString: `${url}?options=-c%20search_path%3Dsms_login`,
    });
    await store.putDocument('clients', 'app', { client_id: 'app' });
    await store.close();
    const tables = await sql<{ schema: string }>(
      url,
      "SELECT DISTINCT table_schema AS schema FROM information_schema.tables WHERE table_name = 'documents'",
    );
    assert.deepEqual(tables, [{ schema: 'sms_login' }]);
  });

  test('keeps at most outboxLimit messages', async () => {
    const store = await createPostgresStore({
      connectionString: await freshDatabase(),
      outboxLimit: 2,
    });
    for (const id of ['a', 'b', 'c']) await store.appendOutboxMessage(outboxMessage(id));
    assert.deepEqual(
      (await store.listOutboxMessages({ limit: 10 })).map((message) => message.id),
      ['c', 'b'],
    );
    await store.close();
  });

  test('a connection cut between two statements of a transaction is StoreUnavailableError, not a crash', async () => {
    const url = await freshDatabase();
    const pool = openPool({ connectionString: url });
    try {
      const outcome = inTransaction(pool, async (client) => {
        const { rows } = await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
        // Cut from outside while this connection is checked out and idle in its transaction.
        await sql(url, `SELECT pg_terminate_backend(${rows[0]!.pid})`);
        await new Promise((resolve) => setTimeout(resolve, 200));
        await client.query('SELECT 1');
      });
      await assert.rejects(outcome, StoreUnavailableError);
      const { rows } = await pool.query<{ one: number }>('SELECT 1 AS one');
      assert.equal(rows[0]!.one, 1, 'the pool goes on with a new connection');
    } finally {
      await pool.end();
    }
  });

  test('an unreachable database is StoreUnavailableError, and the store recovers when it returns', async () => {
    const store = await createPostgresStore({ connectionString: await freshDatabase() });
    await store.putDocument('clients', 'app', { client_id: 'app' });
    await cluster.stop();
    try {
      for (const call of [
        () => store.getDocument('clients', 'app'),
        () => store.takeRateLimitToken({ bucket: 'ip', capacity: 5, refillPerMs: 0, now: 1 }),
        () => store.updateDocument('clients', 'app', (client) => client),
      ])
        await assert.rejects(call(), StoreUnavailableError);
    } finally {
      await cluster.start();
    }
    assert.deepEqual(await store.getDocument('clients', 'app'), { client_id: 'app' });
    await store.close();
  });
});
