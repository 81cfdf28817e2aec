import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readlinkSync, symlinkSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { openWalDatabase, writersOf } from '../src/store/sqlite-open.ts';
import { logSyncOf, type LogSync } from '../src/store/sqlite-log-sync.ts';
import { createSqliteStore } from '../src/store/sqlite.ts';

let dir: string;
let files = 0;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sms-login-durable-'));
});
after(() => rm(dir, { recursive: true, force: true }));

/** A log sync that the test finishes by hand, counting the syncs asked for. */
function manualSync() {
  const pending: { done(): void; fail(error: Error): void }[] = [];
  const log: LogSync & { pending: typeof pending; closed: boolean } = {
    pending,
    closed: false,
    sync: () => new Promise((done, fail) => pending.push({ done, fail })),
    close() {
      log.closed = true;
    },
  };
  return log;
}

function openFile(): Database.Database {
  const db = openWalDatabase(join(dir, `durable-${++files}.db`));
  db.exec('CREATE TABLE rows (name TEXT PRIMARY KEY)');
  return db;
}

const insert = (db: Database.Database, name: string) => () =>
  db.prepare('INSERT INTO rows (name) VALUES (?)').run(name);
const names = (db: Database.Database) =>
  (db.prepare('SELECT name FROM rows ORDER BY name').all() as { name: string }[]).map(
    (row) => row.name,
  );
/** How many of this process's descriptors are open on `file` (Linux: /proc/self/fd). */
const descriptorsOf = (file: string) =>
  readdirSync('/proc/self/fd').filter((fd) => {
    try {
      return readlinkSync(`/proc/self/fd/${fd}`) === file;
    } catch {
      return false; // the descriptor readdirSync itself used, closed by now
    }
  }).length;

/** Lets the event loop turn once: the gathered writes are committed at `setImmediate`. */
const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

/** A file, writers on it, and a log sync that the test finishes by hand. */
function writersWithManualSync() {
  const db = openFile();
  const log = manualSync();
  return { db, log, writers: writersOf(db, log) };
}

/** Whether `promise` has settled by the time the event loop has turned twice. */
async function settledSoon(promise: Promise<unknown>): Promise<boolean> {
  let settled = false;
  promise.then(
    () => (settled = true),
    () => (settled = true),
  );
  await nextTurn();
  await nextTurn();
  return settled;
}

describe('durable writes of the SQLite store', () => {
  test('share the turn’s commit, and its waiters resolve only after one sync of the log', async () => {
    const { db, log, writers } = writersWithManualSync();
    writers.write(insert(db, 'session'));
    writers.durably(insert(db, 'user-a'));
    writers.durably(insert(db, 'user-b'));
    const answered = writers.committed();
    assert.equal(await settledSoon(answered), false);
    // Committed in one transaction, as the turn's other writes; the sync is what is awaited.
    assert.deepEqual(names(db), ['session', 'user-a', 'user-b']);
    assert.equal(log.pending.length, 1);
    log.pending[0]!.done();
    await answered;
    db.close();
  });

  test('a turn without a durable write asks no sync, unless one is still under way', async () => {
    const { db, log, writers } = writersWithManualSync();
    writers.write(insert(db, 'session-1'));
    await writers.committed();
    assert.equal(log.pending.length, 0);

    writers.durably(insert(db, 'user'));
    const durable = writers.committed();
    await nextTurn();
    // A later answer may rest on the user just written (a read of it, or a write of the next
    // turn): it waits for the sync too.
    const readOnly = writers.committed();
    writers.write(insert(db, 'session-2'));
    const later = writers.committed();
    assert.equal(await settledSoon(later), false);
    assert.equal(await settledSoon(readOnly), false);
    assert.equal(log.pending.length, 1);
    log.pending[0]!.done();
    await Promise.all([durable, later, readOnly]);
    db.close();
  });

  test('commits made while a sync runs share the next one, and wait for it', async () => {
    const { db, log, writers } = writersWithManualSync();
    writers.durably(insert(db, 'user-1'));
    const first = writers.committed();
    await nextTurn();
    writers.durably(insert(db, 'user-2'));
    const second = writers.committed();
    await nextTurn();
    writers.durably(insert(db, 'user-3'));
    const third = writers.committed();
    await nextTurn();
    assert.equal(log.pending.length, 1, 'one sync at a time');
    log.pending[0]!.done();
    await first;
    assert.equal(await settledSoon(second), false);
    assert.equal(log.pending.length, 2, 'the two later commits share one sync');
    log.pending[1]!.done();
    await Promise.all([second, third]);
    db.close();
  });

  test('after a failed sync every answer fails and nothing more is written', async () => {
    const { db, log, writers } = writersWithManualSync();
    writers.durably(insert(db, 'user-1'));
    const failed = writers.committed();
    await nextTurn();
    log.pending[0]!.fail(new Error('EIO: i/o error, fsync'));
    await assert.rejects(
      failed,
      (error: Error) => error.name === 'StoreUnavailableError' && /EIO/.test(String(error.cause)),
    );
    // The commit is in the log, which the disk may not hold: no read may be answered on it.
    await assert.rejects(writers.committed(), { name: 'StoreUnavailableError' });
    assert.throws(() => writers.write(insert(db, 'session')), { name: 'StoreUnavailableError' });
    assert.equal(log.pending.length, 1);
    db.close();
  });

  test('a unit that throws is undone alone and asks no sync', async () => {
    const { db, log, writers } = writersWithManualSync();
    writers.write(insert(db, 'kept'));
    assert.throws(() =>
      writers.durably(() => {
        insert(db, 'undone')();
        throw new Error('refused');
      }),
    );
    await writers.committed();
    assert.deepEqual(names(db), ['kept']);
    assert.equal(log.pending.length, 0);
    db.close();
  });

  test('the real sync holds the log file open until its last sync is done', async () => {
    const db = openFile();
    const openedByProcess = () => descriptorsOf(`${db.name}-wal`);
    const sync = logSyncOf(db)!;
    const writers = writersOf(db, sync);
    const bySqlite = openedByProcess();
    writers.durably(insert(db, 'user'));
    await writers.committed();
    assert.equal(openedByProcess(), bySqlite + 1);
    // Asked to close while a sync is under way, it closes when that sync is done.
    const last = sync.sync();
    writers.close();
    assert.equal(openedByProcess(), bySqlite + 1);
    await last;
    assert.equal(openedByProcess(), bySqlite);
    db.close();
    assert.equal(logSyncOf(openWalDatabase(':memory:')), undefined);
  });

  test('the store syncs the log of the real file behind a symbolic link', async () => {
    const real = join(dir, `real-${++files}.db`);
    const link = join(dir, `link-${files}.db`);
    createSqliteStore({ filename: real }).close();
    symlinkSync(real, link);
    const store = createSqliteStore({ filename: link });
    const opened = () => descriptorsOf(`${real}-wal`);
    const bySqlite = opened();
    await store.putDocument('clients', 'client-1', { name: 'one' });
    assert.equal(opened(), bySqlite + 1, 'the log beside the real file, synced');
    assert.deepEqual(await store.getDocument('clients', 'client-1'), { name: 'one' });
    store.close();
  });
});
