import { judgeCandidate } from './code-redemption.ts';
import { inTransaction, openPool, query, type PostgresTls } from './postgres-pool.ts';
import { migratePostgres } from './postgres-schema.ts';
import { postgresDocuments } from './postgres-documents.ts';
import { postgresRateLimits } from './postgres-rate-limits.ts';
import { postgresRefreshTokens } from './postgres-refresh.ts';
import { postgresUsers } from './postgres-users.ts';
import type { PendingCode, Store } from './types.ts';

export { PG_MISSING, PgUnavailableError, type PostgresTls } from './postgres-pool.ts';
export { POSTGRES_MIGRATIONS } from './postgres-schema.ts';
export { StoreUnavailableError } from './store-unavailable.ts';

export interface PostgresStoreOptions {
  /** `postgres://user:password@host:5432/database` (libpq's URL form; `sslmode` is understood). */
  connectionString: string;
  /** Connections this process holds open at most (default 10). */
  poolSize?: number;
  /** TLS towards the database; absent: as `sslmode` in the URL says, else none. */
  tls?: PostgresTls;
  /** Oldest outbox messages are dropped beyond this many. */
  outboxLimit?: number;
  /** Called when an idle connection breaks; the pool opens a new one when next needed. */
  onConnectionError?: (error: Error) => void;
}

export interface PostgresStore extends Store {
  /** The schema version the database is at. */
  readonly schemaVersion: number;
  /** Closes the pool's connections; the store is unusable afterwards. */
  close(): Promise<void>;
}

/**
 * How long a process keeps tenant settings it read (clients, connections, the active phone
 * provider and template) before reading them again: another instance may have changed them
 * through its Management API.
 */
export const POSTGRES_CACHE_MAX_AGE_MS = 1_000;

interface CodeRow {
  connection: string;
  phone_number: string;
  code_hash: string;
  issued_at: number;
  expires_at: number;
  failed_attempts: number;
  exhausted: boolean;
}

const toCode = (row: CodeRow): PendingCode => ({
  connection: row.connection,
  phoneNumber: row.phone_number,
  codeHash: row.code_hash,
  issuedAt: row.issued_at,
  expiresAt: row.expires_at,
  failedAttempts: row.failed_attempts,
  exhausted: row.exhausted,
});

/**
 * The store of several server instances: one PostgreSQL database that any number of processes
 * share. Every write is one statement or one transaction, committed before the method resolves,
 * and the rules that must hold under concurrency lock what they read (`FOR UPDATE`, or an
 * advisory lock for a rate-limit bucket that may not exist yet), so they hold across instances.
 *
 * @example
 * const store = await createPostgresStore({ connectionString: process.env.DATABASE_URL! });
 * const backend = createBackend(config, { store });
 */
export async function createPostgresStore(options: PostgresStoreOptions): Promise<PostgresStore> {
  const outboxLimit = options.outboxLimit ?? 1000;
  const pool = openPool({
    connectionString: options.connectionString,
    ...(options.poolSize === undefined ? {} : { poolSize: options.poolSize }),
    ...(options.tls ? { tls: options.tls } : {}),
    ...(options.onConnectionError ? { onIdleError: options.onConnectionError } : {}),
  });
  let schemaVersion: number;
  try {
    schemaVersion = await migratePostgres(pool);
  } catch (error) {
    await pool.end().catch(() => {});
    throw error;
  }
  const pendingSecrets = new Map<string, Promise<string>>();

  return {
    schemaVersion,
    cacheMaxAgeMs: POSTGRES_CACHE_MAX_AGE_MS,

    async close() {
      await pool.end();
    },

    async saveIssuedCode(code) {
      await query(
        pool,
        `INSERT INTO pending_codes VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (connection, phone_number) DO UPDATE SET
           code_hash = excluded.code_hash, issued_at = excluded.issued_at,
           expires_at = excluded.expires_at, failed_attempts = excluded.failed_attempts,
           exhausted = excluded.exhausted
         WHERE excluded.issued_at >= pending_codes.issued_at`,
        [
          code.connection,
          code.phoneNumber,
          code.codeHash,
          code.issuedAt,
          code.expiresAt,
          code.failedAttempts,
          code.exhausted,
        ],
      );
    },

    async findPendingCode(connection, phoneNumber) {
      const { rows } = await query<CodeRow>(
        pool,
        'SELECT * FROM pending_codes WHERE connection = $1 AND phone_number = $2',
        [connection, phoneNumber],
      );
      return rows[0] && toCode(rows[0]);
    },

    redeemCode(request) {
      return inTransaction(pool, async (client) => {
        // Concurrent redemptions wait on this row; each then reads what the one before left.
        const { rows } = await client.query<CodeRow>(
          'SELECT * FROM pending_codes WHERE connection = $1 AND phone_number = $2 FOR UPDATE',
          [request.connection, request.phoneNumber],
        );
        const { outcome, next } = judgeCandidate(rows[0] && toCode(rows[0]), request);
        if (next === null)
          await client.query(
            'DELETE FROM pending_codes WHERE connection = $1 AND phone_number = $2',
            [request.connection, request.phoneNumber],
          );
        else if (next)
          await client.query(
            'UPDATE pending_codes SET failed_attempts = $1, exhausted = $2 WHERE connection = $3 AND phone_number = $4',
            [next.failedAttempts, next.exhausted, request.connection, request.phoneNumber],
          );
        return outcome;
      });
    },

    ...postgresUsers(pool),

    ...postgresRateLimits(pool),

    getOrCreateSecret(secretName, create) {
      const read = async () =>
        (
          await query<{ value: string }>(pool, 'SELECT value FROM secrets WHERE name = $1', [
            secretName,
          ])
        ).rows[0]?.value;
      // One creation per name at a time in this process; ON CONFLICT settles a race with another
      // instance, and every caller reads back the value that won.
      let pending = pendingSecrets.get(secretName);
      if (!pending) {
        pending = (async () => {
          let stored = await read();
          if (stored === undefined) {
            await query(
              pool,
              'INSERT INTO secrets (name, value) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING',
              [secretName, await create()],
            );
            stored = (await read())!;
          }
          return stored;
        })().finally(() => pendingSecrets.delete(secretName));
        pendingSecrets.set(secretName, pending);
      }
      return pending;
    },

    ...postgresRefreshTokens(pool),

    ...postgresDocuments(pool, outboxLimit),
  };
}
