import { createRequire } from 'node:module';
import type * as Pg from 'pg';
import { StoreUnavailableError } from './store-unavailable.ts';

// The PostgreSQL store's connections: loading the client, the pool, and one transaction.

/** What to install when pg cannot be loaded. */
export const PG_MISSING =
  'The PostgreSQL store needs the pg package: npm install pg@8. ' +
  'Without it, run sms-login-server with --data (SQLite) or --memory.';

/** Thrown when the pg package is not installed. */
export class PgUnavailableError extends Error {
  override name = 'PgUnavailableError';
  constructor(cause: unknown) {
    super(PG_MISSING, { cause });
  }
}

/** TLS towards the database: encrypted only, or encrypted and the server's certificate checked. */
export interface PostgresTls {
  /** Check the server's certificate and name (default true). */
  rejectUnauthorized?: boolean;
  /** PEM certificates to trust instead of the system's (a hosted database's CA). */
  ca?: string;
}

export interface PoolOptions {
  connectionString: string;
  /** Connections held open at most (default 10). */
  poolSize?: number;
  /** TLS settings; absent: as the connection string says (`sslmode`), else none. */
  tls?: PostgresTls;
  /** Logged when an idle connection breaks (the pool replaces it on the next request). */
  onIdleError?: (error: Error) => void;
}

/** @internal */
export type Pool = Pg.Pool;
/** @internal */
export type PoolClient = Pg.PoolClient;

/**
 * pg is an optional peer dependency: only those who use this store install it, so it is loaded
 * here, on first use, rather than imported.
 */
function loadPg(): typeof Pg {
  try {
    return createRequire(import.meta.url)('pg') as typeof Pg;
  } catch (error) {
    throw new PgUnavailableError(error);
  }
}

const INT8_OID = 20;

/**
 * A pool of connections. Times are stored as `bigint` milliseconds and read back as numbers
 * (pg reads int8 as strings, since it may exceed 2^53; times in ms never do).
 *
 * @internal
 */
export function openPool(options: PoolOptions): Pool {
  const pg = loadPg();
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.poolSize ?? 10,
    ...(options.tls ? { ssl: options.tls } : {}),
    // An unreachable database answers 503 within seconds, not after the OS's TCP timeout.
    connectionTimeoutMillis: 5_000,
    query_timeout: 15_000,
    keepAlive: true,
    idleTimeoutMillis: 30_000,
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
        oid === INT8_OID
          ? (value: string) => Number(value)
          : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
    },
  });
  // An idle connection that breaks (the database restarted) is dropped by the pool; without a
  // listener its error would end the process.
  pool.on('error', (error) => options.onIdleError?.(error));
  return pool;
}

/** SQLSTATE classes and codes that mean "the database is not there", not "the query is wrong". */
const UNREACHABLE_CODES = new Set([
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now
  '53300', // too_many_connections
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EPIPE',
  'ENOENT',
]);
const UNREACHABLE_MESSAGE =
  /Connection terminated|timeout exceeded when trying to connect|Query read timeout|connection timeout|Client has encountered a connection error|Client was closed/i;

/**
 * Whether `error` says the database could not be reached (or was lost mid-query).
 *
 * @internal
 */
export function isUnreachable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  // Node tries each address of a host name and reports every failure at once.
  if (error instanceof AggregateError && error.errors.some(isUnreachable)) return true;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && (UNREACHABLE_CODES.has(code) || code.startsWith('08')))
    return true;
  return UNREACHABLE_MESSAGE.test(error.message);
}

/**
 * Errors of the database turned into the store's: an unreachable one is `StoreUnavailableError`.
 *
 * @internal
 */
export function storeError(error: unknown): unknown {
  return isUnreachable(error) ? new StoreUnavailableError(error) : error;
}

// serialization_failure, deadlock_detected: the transaction lost a race and may simply run again.
const RETRYABLE = new Set(['40001', '40P01']);
const MAX_TRIES = 5;

/**
 * Runs `work` in one transaction on one connection, committed before it resolves: a change is
 * acknowledged only once it is safe in the database. A transaction that lost a race to another
 * one (a deadlock, a serialisation failure) runs again.
 *
 * @internal
 */
export async function inTransaction<T>(
  pool: Pool,
  work: (client: PoolClient) => Promise<T>,
  /**
   * `work` sends BEGIN and COMMIT itself, with its first and last statements: a round trip less
   * for each.
   */
  ownBoundaries = false,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    let client: PoolClient;
    try {
      client = await pool.connect();
    } catch (error) {
      throw storeError(error);
    }
    let broken = false;
    // A connection lost between two statements (the server shut down) is reported as an event
    // on the checked-out client: without a listener it would end the process. The next
    // statement then fails, and the connection is dropped.
    const onLost = () => (broken = true);
    client.on('error', onLost);
    try {
      if (!ownBoundaries) await client.query('BEGIN');
      const result = await work(client);
      if (!ownBoundaries) await client.query('COMMIT');
      return result;
    } catch (error) {
      broken ||= isUnreachable(error);
      if (!broken) await client.query('ROLLBACK').catch(() => (broken = true));
      const code = (error as { code?: string }).code;
      if (!broken && code && RETRYABLE.has(code) && attempt < MAX_TRIES) continue;
      throw storeError(error);
    } finally {
      client.off('error', onLost);
      // A broken connection is closed, not handed to the next request.
      client.release(broken);
    }
  }
}

/**
 * One statement on any connection of the pool.
 *
 * @internal
 */
export async function query<R extends Pg.QueryResultRow = Record<string, unknown>>(
  pool: Pool,
  text: string,
  values: unknown[] = [],
): Promise<Pg.QueryResult<R>> {
  try {
    return await pool.query<R>(text, values);
  } catch (error) {
    throw storeError(error);
  }
}
