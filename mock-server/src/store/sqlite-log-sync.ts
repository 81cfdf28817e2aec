import { closeSync, fsync, fsyncSync, openSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type Database from 'better-sqlite3';

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
 * it is opened once, at the first sync, and its folder synced then as SQLite syncs the folder of
 * a log it created. A database in memory has no log.
 *
 * @internal
 */
export function logSyncOf(db: Database.Database): LogSync | undefined {
  if (db.memory) return undefined;
  const logFile = `${resolve(db.name)}-wal`;
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
