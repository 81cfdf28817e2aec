import { inTransaction, type Pool } from './postgres-pool.ts';

// The PostgreSQL store's schema: its versions and how a database is brought to the latest one.

/**
 * Schema versions, in order. Each runs once, in the transaction that records it, so a database
 * is always at exactly one version. Append new versions; never edit a shipped one. Times are
 * milliseconds (`bigint`); JSON is kept as the text it was written as, so it reads back unchanged.
 */
export const POSTGRES_MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE pending_codes (
    connection text NOT NULL,
    phone_number text NOT NULL,
    code_hash text NOT NULL,
    issued_at bigint NOT NULL,
    expires_at bigint NOT NULL,
    failed_attempts integer NOT NULL,
    exhausted boolean NOT NULL,
    PRIMARY KEY (connection, phone_number)
  );
  CREATE INDEX pending_codes_by_expiry ON pending_codes (expires_at);
  CREATE TABLE users (
    user_id text PRIMARY KEY,
    connection text NOT NULL,
    phone_number text NOT NULL,
    created_at text NOT NULL,
    profile text NOT NULL,
    UNIQUE (connection, phone_number)
  );
  CREATE INDEX users_by_phone ON users (phone_number);
  CREATE INDEX users_by_age ON users (created_at, user_id);
  CREATE TABLE rate_limit_buckets (
    bucket text PRIMARY KEY,
    tokens double precision NOT NULL,
    updated_at double precision NOT NULL,
    -- Infinity for a bucket that never refills.
    full_at double precision NOT NULL
  );
  CREATE INDEX rate_limit_buckets_by_full_at ON rate_limit_buckets (full_at);
  CREATE TABLE secrets (name text PRIMARY KEY, value text NOT NULL);
  CREATE TABLE refresh_token_families (
    family_id text PRIMARY KEY,
    user_id text NOT NULL,
    client_id text NOT NULL,
    scope text NOT NULL,
    audience text NOT NULL,
    session_id text,
    auth_time bigint,
    created_at bigint NOT NULL,
    expires_at bigint,
    idle_expires_at bigint,
    last_used_at bigint NOT NULL,
    last_spent_token_hash text,
    revoked_at bigint
  );
  CREATE INDEX refresh_token_families_by_user ON refresh_token_families (user_id);
  CREATE TABLE refresh_tokens (
    token_hash text PRIMARY KEY,
    family_id text NOT NULL,
    issued_at bigint NOT NULL,
    spent_at bigint
  );
  CREATE INDEX refresh_tokens_by_family ON refresh_tokens (family_id);
  CREATE TABLE documents (
    collection text NOT NULL,
    id text NOT NULL,
    document text NOT NULL,
    -- The short-lived records' expiresAt, so the sweep needs no JSON parsing.
    expires_at double precision,
    PRIMARY KEY (collection, id)
  );
  CREATE INDEX documents_by_expiry ON documents (expires_at) WHERE expires_at IS NOT NULL;
  CREATE TABLE outbox (
    seq bigserial PRIMARY KEY,
    phone_number text NOT NULL,
    message text NOT NULL
  );
  CREATE INDEX outbox_by_phone ON outbox (phone_number, seq);
  `,
];

/** Any fixed number: the advisory lock that lets one instance at a time migrate. */
const MIGRATION_LOCK = 7_468_115_005;

/**
 * Brings the database to the latest schema version and resolves to it; refuses a database
 * written by a newer version. Instances that start together queue on an advisory lock inside
 * one transaction: the first migrates, the others then find the work done.
 *
 * @internal
 */
export async function migratePostgres(pool: Pool): Promise<number> {
  return inTransaction(pool, async (client) => {
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await client.query(
      'CREATE TABLE IF NOT EXISTS schema_version (id boolean PRIMARY KEY DEFAULT true CHECK (id), version integer NOT NULL)',
    );
    const { rows } = await client.query<{ version: number }>('SELECT version FROM schema_version');
    const current = rows[0]?.version ?? 0;
    if (current > POSTGRES_MIGRATIONS.length)
      throw new Error(
        `The database is at schema version ${current}, newer than this server knows (${POSTGRES_MIGRATIONS.length}); use a newer sms-login-server`,
      );
    for (let version = current; version < POSTGRES_MIGRATIONS.length; version++)
      await client.query(POSTGRES_MIGRATIONS[version]!);
    await client.query(
      `INSERT INTO schema_version (version) VALUES ($1)
       ON CONFLICT (id) DO UPDATE SET version = excluded.version`,
      [POSTGRES_MIGRATIONS.length],
    );
    return POSTGRES_MIGRATIONS.length;
  });
}
