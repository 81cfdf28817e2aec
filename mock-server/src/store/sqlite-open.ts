import { createRequire } from 'node:module';
import type Database from 'better-sqlite3';

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
   * turn of the event loop (committed at `setImmediate`), or a transaction of its own inside
   * `durably`. A unit that throws leaves no trace.
   */
  write<T>(work: () => T): T;
  /** Runs `work` so that its commit survives a power loss. */
  durably<T>(work: () => T): T;
  /** A write that need not survive a power loss, as `durably`'s counterpart. */
  asUsual<T>(work: () => T): T;
  /** Resolves once what was written so far is committed (rejects if that commit failed). */
  committed(): Promise<void>;
  /** Commits what is gathered now (before closing the file). */
  flush(): void;
}

/**
 * The writes of one SQLite connection. Requests that arrive together share one commit (group
 * commit): a start writes three or four small rows, and a commit per row cost most of its time.
 * No answer goes out before its commit (the store resolves after `committed()`), so an
 * acknowledged write still survives `kill -9`.
 *
 * @internal
 */
export function writersOf(db: Database.Database): Writers {
  let waiters: { resolve(): void; reject(error: unknown): void }[] = [];
  let gathering = false;
  let durableDepth = 0;
  // Prepared once: `db.transaction(work)` builds four wrappers per call, and `exec` parses its
  // SQL every time; together they were a start's largest cost after the commit itself.
  const begin = db.prepare('BEGIN IMMEDIATE');
  const commit = db.prepare('COMMIT');
  const rollback = db.prepare('ROLLBACK');
  const savepoint = db.prepare('SAVEPOINT unit');
  const release = db.prepare('RELEASE unit');
  const rollbackToSavepoint = db.prepare('ROLLBACK TO unit');
  const flush = () => {
    if (!gathering) return;
    gathering = false;
    const settled = waiters;
    waiters = [];
    try {
      commit.run();
    } catch (error) {
      if (db.inTransaction) rollback.run();
      for (const waiter of settled) waiter.reject(error);
      return;
    }
    for (const waiter of settled) waiter.resolve();
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
    if (durableDepth > 0) return db.transaction(work).immediate();
    if (!gathering) {
      begin.run();
      gathering = true;
      setImmediate(flush);
    }
    return inSavepoint(work);
  };
  /**
   * Runs `work` with `synchronous = FULL`: its commit is on disk (the WAL synced) before it
   * returns, so a power loss cannot take it back. The pragma is per connection and cannot change
   * inside a transaction, so what was gathered is committed first.
   */
  const durably = <T>(work: () => T): T => {
    flush();
    db.pragma('synchronous = FULL');
    durableDepth++;
    try {
      return work();
    } finally {
      durableDepth--;
      db.pragma('synchronous = NORMAL');
    }
  };
  const committed = () =>
    gathering
      ? new Promise<void>((resolve, reject) => waiters.push({ resolve, reject }))
      : Promise.resolve();
  return { write, durably, asUsual: (work) => work(), committed, flush };
}
