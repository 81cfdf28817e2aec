import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { createSqliteStore, MIGRATIONS } from '../src/store/sqlite.ts';
import { DELETE_EXPIRED_DOCUMENTS } from '../src/store/sqlite-statements.ts';
import { describeStoreContract, outboxMessage } from './store-contract.ts';

let dir: string;
let files = 0;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sms-login-store-'));
});
after(() => rm(dir, { recursive: true, force: true }));

const freshFile = () => join(dir, `store-${++files}.db`);

describeStoreContract('sqlite', async () => {
  const filename = freshFile();
  const store = createSqliteStore({ filename });
  const countBuckets = () => {
    const reader = new Database(filename, { readonly: true });
    try {
      return (reader.prepare('SELECT count(*) AS n FROM rate_limit_buckets').get() as { n: number })
        .n;
    } finally {
      reader.close();
    }
  };
  return { store, close: async () => store.close(), countBuckets };
});

describe('sqlite store', () => {
  test('deleting expired documents reads the expiry index, not every document', () => {
    const filename = freshFile();
    createSqliteStore({ filename }).close();
    const db = new Database(filename, { readonly: true });
    try {
      const plan = db
        .prepare(`EXPLAIN QUERY PLAN ${DELETE_EXPIRED_DOCUMENTS}`)
        .all(0)
        .map((row) => (row as { detail: string }).detail)
        .join('\n');
      assert.match(plan, /USING INDEX documents_by_expiry/);
    } finally {
      db.close();
    }
  });

  test('the file is in WAL mode at the latest schema version', () => {
    const filename = freshFile();
    const store = createSqliteStore({ filename });
    assert.equal(store.schemaVersion, MIGRATIONS.length);
    store.close();
    const db = new Database(filename, { readonly: true });
    assert.equal(db.pragma('journal_mode', { simple: true }), 'wal');
    assert.equal(db.pragma('user_version', { simple: true }), MIGRATIONS.length);
    db.close();
  });

  test('reopening a file keeps everything and runs no migration twice', async () => {
    const filename = freshFile();
    const first = createSqliteStore({ filename });
    await first.saveIssuedCode({
      connection: 'sms',
      phoneNumber: '+14155550100',
      codeHash: 'a'.repeat(64),
      issuedAt: 1,
      expiresAt: 10_000,
      failedAttempts: 0,
      exhausted: false,
    });
    await first.redeemCode({
      connection: 'sms',
      phoneNumber: '+14155550100',
      candidateHash: 'b'.repeat(64),
      now: 2,
      maxAttempts: 3,
    });
    await first.takeRateLimitToken({ bucket: 'ip', capacity: 5, refillPerMs: 0, now: 1 });
    await first.getOrCreateSecret('key', async () => 'kept');
    await first.putDocument('connections', 'con_1', { id: 'con_1' });
    first.close();

    const second = createSqliteStore({ filename });
    assert.equal((await second.findPendingCode('sms', '+14155550100'))!.failedAttempts, 1);
    const bucket = await second.takeRateLimitToken({
      bucket: 'ip',
      capacity: 5,
      refillPerMs: 0,
      now: 2,
    });
    assert.equal(bucket.remaining, 3);
    assert.equal(await second.getOrCreateSecret('key', async () => 'new'), 'kept');
    assert.deepEqual(await second.listDocuments('connections'), [{ id: 'con_1' }]);
    second.close();
  });

  test('refresh tokens of schema version 2 become families of their own that never expire', async () => {
    const filename = freshFile();
    const old = new Database(filename);
    for (const [version, migration] of MIGRATIONS.slice(0, 2).entries()) {
      old.exec(migration);
      old.pragma(`user_version = ${version + 1}`);
    }
    const insert = old.prepare('INSERT INTO refresh_tokens VALUES (?, ?)');
    const token = {
      tokenHash: 'h1',
      userId: 'sms|1',
      clientId: 'spa',
      scope: 'openid offline_access',
      audience: 'https://tenant.example.com/userinfo',
      createdAt: 1000,
    };
    insert.run('h1', JSON.stringify(token));
    insert.run('h2', JSON.stringify({ tokenHash: 'h2', scope: 'openid' }));
    old.close();

    const store = createSqliteStore({ filename });
    assert.equal(store.schemaVersion, MIGRATIONS.length);
    const found = await store.findRefreshToken('h1');
    assert.deepEqual(found!.token, {
      tokenHash: 'h1',
      familyId: 'h1',
      issuedAt: 1000,
      spentAt: null,
    });
    assert.deepEqual(found!.family, {
      familyId: 'h1',
      userId: 'sms|1',
      clientId: 'spa',
      scope: 'openid offline_access',
      audience: 'https://tenant.example.com/userinfo',
      sessionId: null,
      authTime: null,
      createdAt: 1000,
      expiresAt: null,
      idleExpiresAt: null,
      lastUsedAt: 1000,
      lastSpentTokenHash: null,
      revokedAt: null,
    });
    assert.equal(
      await store.findRefreshToken('h2'),
      undefined,
      'a row without its user is dropped',
    );
    const outcome = await store.exchangeRefreshToken({
      tokenHash: 'h1',
      clientId: 'spa',
      now: 2000,
      leewayMs: 0,
      idleLifetimeMs: null,
    });
    assert.equal(outcome.outcome, 'exchanged');
    store.close();
  });

  test('a file from a newer schema version is refused, not rewritten', () => {
    const filename = freshFile();
    const db = new Database(filename);
    db.pragma(`user_version = ${MIGRATIONS.length + 1}`);
    db.close();
    assert.throws(() => createSqliteStore({ filename }), /newer than this server knows/);
  });

  test('keeps at most outboxLimit messages', async () => {
    const store = createSqliteStore({ filename: freshFile(), outboxLimit: 2 });
    for (const id of ['a', 'b', 'c']) await store.appendOutboxMessage(outboxMessage(id));
    assert.deepEqual(
      (await store.listOutboxMessages({ limit: 10 })).map((message) => message.id),
      ['c', 'b'],
    );
    store.close();
  });
});
