import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { checkpointsOffThread } from '../src/store/sqlite-checkpoints.ts';
import { openWalDatabase, writersOf } from '../src/store/sqlite-open.ts';
import { createSqliteStore } from '../src/store/sqlite.ts';
import { runToItsEnd } from './process-end-support.ts';
import { outboxMessage } from './store-contract.ts';

const folder = mkdtempSync(join(tmpdir(), 'sms-login-checkpoints-'));
after(() => rmSync(folder, { recursive: true, force: true }));

async function until(condition: () => boolean, what: string): Promise<void> {
  const end = Date.now() + 5000;
  while (!condition()) {
    if (Date.now() > end) assert.fail(`still not so after 5 s: ${what}`);
    await sleep(20);
  }
}

/** A file in WAL mode with one table, and its committing connection's writers. */
function openRows(name: string, driver?: string) {
  const db = openWalDatabase(join(folder, name));
  db.exec('CREATE TABLE rows (id INTEGER PRIMARY KEY, body TEXT)');
  const checkpoints = checkpointsOffThread(db, driver);
  assert.ok(checkpoints, 'a file in WAL mode is checkpointed by the thread');
  const writers = writersOf(db, undefined, checkpoints);
  const insert = db.prepare('INSERT INTO rows (body) VALUES (?)');
  /** 20 commits of 50 rows, each in a turn of its own: about 200 kB in the log. */
  const writeRows = async () => {
    for (let turn = 0; turn < 20; turn++) {
      writers.write(() => {
        for (let row = 0; row < 50; row++) insert.run('x'.repeat(200));
      });
      await writers.committed();
    }
  };
  return { db, checkpoints, writeRows };
}

describe('the write-ahead log’s checkpoints', () => {
  it('are made on a thread of their own, not by the connection that commits', async () => {
    const { db, checkpoints, writeRows } = openRows('thread.db');
    // The committing connection would checkpoint only 10,000 pages behind, far more than this.
    assert.equal(db.pragma('wal_autocheckpoint', { simple: true }), 10_000);
    const sizeBefore = statSync(db.name).size;
    await writeRows();
    // A checkpoint copies the rows from the log into the database file.
    await until(
      () => statSync(db.name).size > sizeBefore + 100_000,
      'the rows are in the database file',
    );
    checkpoints.close();
    db.close();
    assert.ok(
      !existsSync(`${db.name}-wal`),
      'the thread let go, so the last connection removed the log',
    );
  });

  it('go back to the committing connection when the thread cannot run', async () => {
    const { db, checkpoints, writeRows } = openRows(
      'no-thread.db',
      join(folder, 'no-such-driver.js'),
    );
    await writeRows();
    await until(
      () => db.pragma('wal_autocheckpoint', { simple: true }) === 1000,
      'SQLite’s own threshold is back',
    );
    checkpoints.close();
    db.close();
  });

  it('never fail a commit, even when no thread can be started', async () => {
    const { db, checkpoints, writeRows } = openRows('removed.db');
    // Removed while open: SQLite writes on, but the thread has no file to open.
    rmSync(db.name);
    await writeRows();
    assert.equal(db.pragma('wal_autocheckpoint', { simple: true }), 1000);
    assert.equal(db.prepare('SELECT count(*) FROM rows').pluck().get(), 1000);
    checkpoints.close();
    db.close();
  });

  it('leave no log behind a store that is closed', async () => {
    const filename = join(folder, 'store.db');
    const store = createSqliteStore({ filename });
    for (let index = 0; index < 50; index++)
      await store.appendOutboxMessage(outboxMessage(`m${index}`));
    store.close();
    assert.ok(!existsSync(`${filename}-wal`));
    const reopened = createSqliteStore({ filename });
    assert.equal((await reopened.listOutboxMessages({ limit: 100 })).length, 50);
    reopened.close();
  });

  it('do not keep the process alive when a store is never closed', () => {
    const storeModule = new URL('../src/store/sqlite.ts', import.meta.url).href;
    runToItsEnd(join(folder, 'left-open.mts'), [
      `import { createSqliteStore } from ${JSON.stringify(storeModule)};`,
      `const store = createSqliteStore({ filename: ${JSON.stringify(join(folder, 'left-open.db'))} });`,
      `await store.appendOutboxMessage(${JSON.stringify(outboxMessage('left-open'))});`,
      // Long enough for the thread to be started and asked for a checkpoint.
      'await new Promise((resolve) => setTimeout(resolve, 300));',
    ]);
  });

  it('are not made for a database in memory, which has no log', () => {
    const db = openWalDatabase(':memory:');
    assert.equal(checkpointsOffThread(db), undefined);
    db.close();
  });
});
