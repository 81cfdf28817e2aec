import { createRequire } from 'node:module';
import type Database from 'better-sqlite3';
import type { Checkpoints } from './sqlite-checkpoints.ts';
import { scheduleSyncs, type LogSync } from './sqlite-log-sync.ts';

// Opening the SQLite store's file, and the two ways it is written.

/** What to install when better-sqlite3 cannot be loaded. */
export const SQLITE_MISSING =
  'The SQLite store needs the better-sqlite3 package (a native module): npm install better-sqlite3@12. ' +
  'Without it, run sms-login-server with --memory.';

/** Thrown when better-sqlite3 is not installed or its native build is missing. */
export class SqliteUnavailableError extends Error {
  override name = 'SqliteUnavailableError';
  constructor(cause: unknown) {
    super(SQLITE_MISSING, { cause });
  }
}

/**
 * better-sqlite3 is an optional peer dependency: only those who use this store install it (and
 * build its native module), so it is loaded here, on first use, rather than imported.
 */
function loadDatabase(): typeof Database {
  try {
    return createRequire(import.meta.url)('better-sqlite3') as typeof Database;
  } catch (error) {
    throw new SqliteUnavailableError(error);
  }
}

// better-sqlite3 finds its native build only when it opens the first file.
const MISSING_NATIVE_BUILD = /bindings file|better_sqlite3\.node|NODE_MODULE_VERSION/;

function openDatabase(filename: string): Database.Database {
  const DatabaseFile = loadDatabase();
  try {
    return new DatabaseFile(filename);
  } catch (error) {
    if (error instanceof Error && MISSING_NATIVE_BUILD.test(error.message))
      throw new SqliteUnavailableError(error);
    throw error;
  }
}

/**
 * Opens `filename` in write-ahead-log mode. NORMAL in WAL mode: a commit survives the process
 * being killed, and a power loss may lose the last ones. That is right for codes, rate limits,
 * sessions and the outbox, which are short-lived; what must survive a power loss too (users, keys,
 * the tenant's settings) is written with `durably` (see `writersOf`).
 *
 * @internal: better-sqlite3's types stay out of the published declarations (stripInternal), so
 * users who never install it type-check the package.
 */
export function openWalDatabase(filename: string): Database.Database {
  const db = openDatabase(filename);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
  return db;
}

export interface Writers {
  /**
   * Runs `work` as one unit: a savepoint within the transaction that gathers every write of this
   * turn of the event loop (committed at `setImmediate`). A unit that throws leaves no trace.
   */
  write<T>(work: () => T): T;
  /** `write`, and the commit that holds it is made to survive a power loss before any answer. */
  durably<T>(work: () => T): T;
  /**
   * Resolves once what was written so far is committed, and made to survive a power loss where
   * some of it was written `durably` (rejects if that commit or sync failed).
   */
  committed(): Promise<void>;
  /** Commits what is gathered now (before closing the file). */
  flush(): void;
  /** Lets go of the log file once its last sync is done (after the database is closed). */
  close(): void;
}

type Waiter = { resolve(): void; reject(error: unknown): void };

/**
 * The writes of one SQLite connection. Requests that arrive together share one commit (group
 * commit): a start writes three or four small rows, and a commit per row cost most of its time.
 * No answer goes out before its commit (the store resolves after `committed()`), so an
 * acknowledged write still survives `kill -9`.
 *
 * Durable writes share the commit too. It is made with `synchronous = NORMAL` like the rest, then
 * the log is synced (`syncLog`, off the event loop) before its waiters resolve: what
 * `synchronous = FULL` gives, one sync for all the new users of a turn instead of a transaction
 * and a sync each in the server's thread. Every answer waits for the last sync asked for before
 * it, so none goes out on a read of a durable write that could still be lost. One difference
 * remains: another process on the same file can read a durable write in the moment between its
 * commit and its sync, where FULL kept it unseen until synced.
 *
 * Each commit tells `checkpoints` (when given), so the log is checkpointed on their thread.
 *
 * @internal
 */
export function writersOf(
  db: Database.Database,
  syncLog: LogSync | undefined,
  checkpoints?: Checkpoints,
): Writers {
  let waiters: Waiter[] = [];
  let gathering = false;
  let needsSync = false;
  const syncs = syncLog && scheduleSyncs(syncLog);
  // Prepared once: `db.transaction(work)` builds four wrappers per call, and `exec` parses its
  // SQL every time; together they were a start's largest cost after the commit itself.
  const begin = db.prepare('BEGIN IMMEDIATE');
  const commit = db.prepare('COMMIT');
  const rollback = db.prepare('ROLLBACK');
  const savepoint = db.prepare('SAVEPOINT unit');
  const release = db.prepare('RELEASE unit');
  const rollbackToSavepoint = db.prepare('ROLLBACK TO unit');
  const settle = (settled: Waiter[], error?: unknown) => {
    for (const waiter of settled)
      if (error === undefined) waiter.resolve();
      else waiter.reject(error);
  };
  const flush = () => {
    if (!gathering) return;
    gathering = false;
    const settled = waiters;
    waiters = [];
    const durable = needsSync;
    needsSync = false;
    try {
      commit.run();
    } catch (error) {
      if (db.inTransaction) rollback.run();
      settle(settled, error);
      return;
    }
    checkpoints?.committed();
    const syncing = durable ? syncs?.request() : syncs?.pending();
    if (!syncing) settle(settled);
    else
      syncing.then(
        () => settle(settled),
        (error: unknown) => settle(settled, error),
      );
  };
  /** `work` inside a savepoint of the open transaction: undone alone if it throws. */
  const inSavepoint = <T>(work: () => T): T => {
    savepoint.run();
    try {
      const result = work();
      release.run();
      return result;
    } catch (error) {
      if (db.inTransaction) {
        rollbackToSavepoint.run();
        release.run();
      }
      throw error;
    }
  };
  const write = <T>(work: () => T): T => {
    // After a failed sync nothing more is written: another process could read it unsynced.
    const failure = syncs?.failure();
    if (failure) throw failure;
    if (!gathering) {
      begin.run();
      gathering = true;
      setImmediate(flush);
    }
    return inSavepoint(work);
  };
  const durably = <T>(work: () => T): T => {
    const result = write(work);
    needsSync = true;
    return result;
  };
  const committed = () =>
    gathering
      ? new Promise<void>((resolve, reject) => waiters.push({ resolve, reject }))
      : (syncs?.pending() ?? Promise.resolve());
  return { write, durably, committed, flush, close: () => syncLog?.close() };
}
