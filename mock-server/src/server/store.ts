import { chmod, mkdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { ConfigError } from '../config/parse.ts';
import { silentLogger, type Logger } from '../logger.ts';
import { createMemoryStore } from '../store/memory.ts';
import type { Store } from '../store/types.ts';
import type { DatabaseOption } from './database-options.ts';

export const DATABASE_FILE = 'sms-login.db';

export interface OpenedStore {
  store: Store;
  name: 'sqlite' | 'memory' | 'postgres';
  /** The database file, for SQLite. */
  filename?: string;
  /** Host, port and database (no credentials), for PostgreSQL. */
  database?: string;
  close(): void;
}

/** Why the database could not be opened, in a line: pg's errors may have an empty message. */
function reasonOf(error: unknown): string {
  const cause =
    error instanceof Error && error.name === 'StoreUnavailableError' ? error.cause : error;
  if (!(cause instanceof Error)) return String(cause);
  const inner = cause instanceof AggregateError ? cause.errors[0] : undefined;
  return (
    cause.message ||
    (inner instanceof Error ? inner.message : '') ||
    String((cause as { code?: unknown }).code ?? cause.name)
  );
}

/** The PostgreSQL store, its schema migrated; a database that cannot be opened stops the start. */
async function openPostgres(database: DatabaseOption, logger: Logger): Promise<OpenedStore> {
  let ca: string | undefined;
  if (database.tls?.caFile !== undefined)
    try {
      ca = await readFile(database.tls.caFile, 'utf8');
    } catch (error) {
      throw new ConfigError(
        `Cannot read --database-ca ${database.tls.caFile}: ${(error as Error).message}`,
        [],
      );
    }
  // Loaded only here, so the other stores run where pg is not installed.
  const { createPostgresStore } = await import('../store/postgres.ts');
  try {
    const store = await createPostgresStore({
      connectionString: database.url,
      poolSize: database.poolSize,
      ...(database.tls
        ? {
            tls: {
              rejectUnauthorized: database.tls.mode === 'verify',
              ...(ca === undefined ? {} : { ca }),
            },
          }
        : {}),
      onConnectionError: (error) =>
        logger.warn('database_connection_lost', {
          code: (error as { code?: unknown }).code ?? error.name,
        }),
    });
    return {
      store,
      name: 'postgres',
      database: database.address,
      close: () => void store.close().catch(() => {}),
    };
  } catch (error) {
    if (error instanceof Error && error.name === 'PgUnavailableError')
      throw new ConfigError(error.message, []);
    throw new ConfigError(
      `Cannot open the PostgreSQL database at ${database.address}: ${reasonOf(error)}`,
      [],
    );
  }
}

/**
 * The PostgreSQL store with `database`, else the SQLite store in `dataDir` (created if
 * missing), else the memory store.
 */
export async function openServerStore(
  dataDir: string | undefined,
  database?: DatabaseOption,
  logger: Logger = silentLogger,
): Promise<OpenedStore> {
  if (database) return openPostgres(database, logger);
  if (dataDir === undefined) return { store: createMemoryStore(), name: 'memory', close: () => {} };
  // The file holds the signing key, provider credentials and sent messages: owner only.
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  await chmod(dataDir, 0o700);
  // Loaded only here, so `--memory` runs even where the native module is missing.
  const { createSqliteStore } = await import('../store/sqlite.ts');
  const filename = resolve(join(dataDir, DATABASE_FILE));
  const store = createSqliteStore({ filename });
  for (const file of [filename, `${filename}-wal`, `${filename}-shm`])
    await chmod(file, 0o600).catch(() => {});
  return { store, name: 'sqlite', filename, close: () => store.close() };
}
