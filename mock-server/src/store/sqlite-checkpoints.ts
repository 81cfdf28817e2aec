import { realpathSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type Database from 'better-sqlite3';

/** Checkpoints of the write-ahead log, made away from the connection that commits. */
export interface Checkpoints {
  /** Called after each commit: asks for a checkpoint soon, unless one is already asked for. */
  committed(): void;
  /** Stops the thread and closes its connection before returning (then the store closes its own). */
  close(): void;
}

/** SQLite's own threshold, back in the committing connection when the thread cannot run. */
const DEFAULT_AUTOCHECKPOINT_PAGES = 1000;
/** The committing connection's own checkpoints, only if the thread falls this far behind. */
const FALLBACK_AUTOCHECKPOINT_PAGES = 10_000;
/** A commit asks for a checkpoint this long after it, so one checkpoint covers many commits. */
const CHECKPOINT_DELAY_MS = 100;
/** How long `close` waits for the thread to finish a checkpoint under way and let go. */
const CLOSE_TIMEOUT_MS = 5000;

// The thread's whole program. It is evaluated (not a module of its own) because this store ships
// in the library, the bundled command and the bench server alike, and an evaluated thread needs
// no entry in each build; better-sqlite3 is loaded from the path this thread resolved.
const THREAD_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const closed = new Int32Array(workerData.closed);
const db = new Database(workerData.filename);
let timer;
parentPort.on('message', (message) => {
  if (message === 'close') {
    clearTimeout(timer);
    db.close();
    Atomics.store(closed, 0, 1);
    Atomics.notify(closed, 0);
    return;
  }
  timer = setTimeout(() => {
    db.pragma('wal_checkpoint(PASSIVE)');
    parentPort.postMessage('checkpointed');
  }, workerData.delay);
});
`;

/**
 * Moves the write-ahead log's checkpoints to a thread with a connection of its own. SQLite
 * checkpoints in the connection that commits (every 1000 pages), and in WAL mode with
 * `synchronous = NORMAL` each checkpoint syncs the log and then the database file: in the server's
 * thread that was 181 syncs in an 8 s start run, up to 19 ms each and 5 % of the run, during which
 * no request was read; on a slow disk each of them stalls the whole server. The thread's
 * checkpoints are PASSIVE: they copy what no reader still needs and never wait for the writer, and
 * the writer starts the log over once all of it is copied. Should the thread fall 10,000 pages
 * behind, or fail, the committing connection checkpoints as before.
 *
 * `undefined` for a database in memory or not in WAL mode, which have no log to checkpoint.
 * `driver` is where better-sqlite3 is loaded from (a test names one that fails).
 *
 * @internal
 */
export function checkpointsOffThread(
  db: Database.Database,
  driver = createRequire(import.meta.url).resolve('better-sqlite3'),
): Checkpoints | undefined {
  if (db.memory || db.pragma('journal_mode', { simple: true }) !== 'wal') return undefined;
  db.pragma(`wal_autocheckpoint = ${FALLBACK_AUTOCHECKPOINT_PAGES}`);
  const closed = new SharedArrayBuffer(4);
  let thread: Worker | undefined;
  let asked = false;
  let failed = false;
  const fail = () => {
    failed = true;
    thread = undefined;
    if (db.open) db.pragma(`wal_autocheckpoint = ${DEFAULT_AUTOCHECKPOINT_PAGES}`);
  };
  const start = () => {
    const started = new Worker(THREAD_SOURCE, {
      eval: true,
      // The file itself, so a name relative to the working directory or a link cannot mislead it.
      workerData: { driver, filename: realpathSync(db.name), closed, delay: CHECKPOINT_DELAY_MS },
    });
    started.on('message', () => (asked = false));
    started.on('error', fail);
    // A thread that cannot checkpoint must not take the process down, nor keep it alive when the
    // store is never closed. After the listeners: adding a 'message' listener refs the thread.
    started.unref();
    return started;
  };
  return {
    committed() {
      if (asked || failed) return;
      try {
        thread ??= start();
      } catch {
        // No thread (the file gone, no threads left): a commit must not fail for it.
        fail();
        return;
      }
      asked = true;
      thread.postMessage('checkpoint', []);
    },
    close() {
      if (!thread) return;
      const closing = thread;
      thread = undefined;
      failed = true;
      closing.postMessage('close', []);
      Atomics.wait(new Int32Array(closed), 0, 0, CLOSE_TIMEOUT_MS);
      void closing.terminate();
    },
  };
}
