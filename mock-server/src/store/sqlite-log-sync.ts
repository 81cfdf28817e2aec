import { closeSync, fsync, fsyncSync, openSync, realpathSync } from 'node:fs';
import { dirname } from 'node:path';
import type Database from 'better-sqlite3';
import { StoreUnavailableError } from './store-unavailable.ts';

/** Makes what a connection has committed to its write-ahead log survive a power loss. */
export interface LogSync {
  /** Resolves once every commit made before the call is on the disk. */
  sync(): Promise<void>;
  /** Closes the log file once the syncs under way are done. */
  close(): void;
}

/**
 * Syncs the log file of `db` on the thread pool (`fsync`), as SQLite does after each commit with
 * `synchronous = FULL`, but off the event loop and once for every commit before it. The log is
 * the same file while a connection is open (SQLite removes it only when the last one closes), so
 * it is opened once, at the first sync, and its folder synced then, as SQLite syncs the folder of
 * a log it created. SQLite keeps the log beside the database's real file, a symbolic link
 * followed. A database in memory has no log; one that could not enter WAL mode (a file system
 * without shared memory) syncs each of its commits itself, with `synchronous = FULL`.
 *
 * @internal
 */
export function logSyncOf(db: Database.Database): LogSync | undefined {
  if (db.memory) return undefined;
  if (db.pragma('journal_mode', { simple: true }) !== 'wal') {
    db.pragma('synchronous = FULL');
    return undefined;
  }
  const logFile = `${realpathSync(db.name)}-wal`;
  let fd: number | undefined;
  let running = 0;
  let closing = false;
  const closeIfIdle = () => {
    if (closing && running === 0 && fd !== undefined) {
      closeSync(fd);
      fd = undefined;
    }
  };
  const open = (): number => {
    if (fd !== undefined) return fd;
    fd = openSync(logFile, 'r+');
    syncFolder(dirname(logFile));
    return fd;
  };
  return {
    sync() {
      return new Promise((done, fail) => {
        const file = open();
        running++;
        fsync(file, (error) => {
          running--;
          closeIfIdle();
          if (error) fail(error);
          else done();
        });
      });
    },
    close() {
      closing = true;
      closeIfIdle();
    },
  };
}

/**
 * One sync at a time: the commits made while one runs share the next. A sync that fails leaves
 * commits in the log that the disk may not hold, which later answers could rest on (the same
 * descriptor reports an error once), so from then on every sync fails: the store answers `503`
 * until the server is restarted and SQLite recovers the file, as PostgreSQL stops at a failed
 * sync.
 *
 * @internal
 */
export interface SyncSchedule {
  /** A sync that covers every commit made before the call. */
  request(): Promise<void>;
  /** What an answer waits for now: the last sync asked for while it is under way, or the failure. */
  pending(): Promise<void> | undefined;
  /** The failure that stopped the syncs, if one did. */
  failure(): StoreUnavailableError | undefined;
}

export function scheduleSyncs(log: LogSync): SyncSchedule {
  let failure: StoreUnavailableError | undefined;
  // The sync under way, and the one after it that the commits made meanwhile share.
  let current: Promise<void> | undefined;
  let queued: { promise: Promise<void>; resolve(): void; reject(error: unknown): void } | undefined;
  const finish = () => {
    current = undefined;
    const waiting = queued;
    queued = undefined;
    if (!waiting) return;
    if (failure) waiting.reject(failure);
    else start().then(waiting.resolve, waiting.reject);
  };
  const start = (): Promise<void> =>
    (current = log.sync().then(finish, (error: unknown) => {
      failure ??= new StoreUnavailableError(error);
      finish();
      throw failure;
    }));
  return {
    request() {
      if (failure) return Promise.reject(failure);
      if (!current) return start();
      if (!queued) {
        let resolve!: () => void;
        let reject!: (error: unknown) => void;
        const promise = new Promise<void>((done, fail) => {
          resolve = done;
          reject = fail;
        });
        queued = { promise, resolve, reject };
      }
      return queued.promise;
    },
    pending: () => (failure ? Promise.reject(failure) : (queued?.promise ?? current)),
    failure: () => failure,
  };
}

/** Where the platform can: a folder cannot be opened as a file on Windows, nor needs syncing. */
function syncFolder(folder: string): void {
  let fd: number;
  try {
    fd = openSync(folder, 'r');
  } catch {
    return;
  }
  try {
    fsyncSync(fd);
  } catch {
    // Some file systems refuse a folder's sync (EINVAL); the log's own sync still holds.
  } finally {
    closeSync(fd);
  }
}
