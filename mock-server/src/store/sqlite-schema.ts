import type Database from 'better-sqlite3';

// The SQLite store's schema: its versions and how a file is brought to the latest one.

/**
 * Schema versions, in order. Each runs once, in a transaction with the bump of `user_version`,
 * so a file is always at exactly one version. Append new versions; never edit a shipped one.
 */
export const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE pending_codes (
    connection TEXT NOT NULL,
    phone_number TEXT NOT NULL,
    code_hash TEXT NOT NULL,
    issued_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    failed_attempts INTEGER NOT NULL,
    exhausted INTEGER NOT NULL,
    PRIMARY KEY (connection, phone_number)
  ) WITHOUT ROWID;
  CREATE TABLE users (
    user_id TEXT PRIMARY KEY,
    connection TEXT NOT NULL,
    phone_number TEXT NOT NULL,
    created_at TEXT NOT NULL,
    profile TEXT NOT NULL,
    UNIQUE (connection, phone_number)
  );
  CREATE INDEX users_by_phone ON users (phone_number);
  CREATE INDEX users_by_age ON users (created_at, user_id);
  CREATE TABLE rate_limit_buckets (
    bucket TEXT PRIMARY KEY,
    tokens REAL NOT NULL,
    updated_at INTEGER NOT NULL
  ) WITHOUT ROWID;
  CREATE TABLE secrets (name TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
  CREATE TABLE refresh_tokens (token_hash TEXT PRIMARY KEY, token TEXT NOT NULL) WITHOUT ROWID;
  CREATE TABLE documents (
    collection TEXT NOT NULL,
    id TEXT NOT NULL,
    document TEXT NOT NULL,
    PRIMARY KEY (collection, id)
  ) WITHOUT ROWID;
  CREATE TABLE outbox (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    phone_number TEXT NOT NULL,
    message TEXT NOT NULL
  );
  CREATE INDEX outbox_by_phone ON outbox (phone_number, seq);
  `,
  // 2: buckets say when they are full again, so refilled ones can be dropped.
  `
  ALTER TABLE rate_limit_buckets ADD COLUMN full_at INTEGER NOT NULL DEFAULT 0;
  CREATE INDEX rate_limit_buckets_by_full_at ON rate_limit_buckets (full_at);
  CREATE INDEX pending_codes_by_expiry ON pending_codes (expires_at);
  `,
  // 3: refresh tokens belong to families (one per login) that rotate, expire and are revoked
  // together. Each token of version 2 becomes a family of its own, keyed by its hash, that never
  // expires, as it was issued.
  `
  CREATE TABLE refresh_token_families (
    family_id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL,
    client_id TEXT NOT NULL,
    scope TEXT NOT NULL,
    audience TEXT NOT NULL,
    session_id TEXT,
    auth_time INTEGER,
    created_at INTEGER NOT NULL,
    expires_at INTEGER,
    idle_expires_at INTEGER,
    last_used_at INTEGER NOT NULL,
    last_spent_token_hash TEXT,
    revoked_at INTEGER
  ) WITHOUT ROWID;
  CREATE INDEX refresh_token_families_by_user ON refresh_token_families (user_id);
  CREATE TABLE refresh_tokens_next (
    token_hash TEXT PRIMARY KEY,
    family_id TEXT NOT NULL,
    issued_at INTEGER NOT NULL,
    spent_at INTEGER
  ) WITHOUT ROWID;
  INSERT INTO refresh_token_families
    (family_id, user_id, client_id, scope, audience, created_at, last_used_at)
    SELECT token_hash, json_extract(token, '$.userId'), json_extract(token, '$.clientId'),
      coalesce(json_extract(token, '$.scope'), ''), coalesce(json_extract(token, '$.audience'), ''),
      coalesce(json_extract(token, '$.createdAt'), 0), coalesce(json_extract(token, '$.createdAt'), 0)
    FROM refresh_tokens
    WHERE json_valid(token) AND json_extract(token, '$.userId') IS NOT NULL
      AND json_extract(token, '$.clientId') IS NOT NULL;
  INSERT INTO refresh_tokens_next (token_hash, family_id, issued_at)
    SELECT family_id, family_id, created_at FROM refresh_token_families;
  DROP TABLE refresh_tokens;
  ALTER TABLE refresh_tokens_next RENAME TO refresh_tokens;
  CREATE INDEX refresh_tokens_by_family ON refresh_tokens (family_id);
  `,
  // 4: short-lived documents by expiry, so deleting the expired ones reads only those.
  `
  CREATE INDEX documents_by_expiry ON documents (json_extract(document, '$.expiresAt'))
    WHERE collection IN ('login_transactions', 'login_tickets', 'authorization_codes', 'sessions', 'opaque_access_tokens');
  `,
];

/**
 * Brings the file to the latest schema version; refuses a file written by a newer version.
 *
 * @internal
 */
export function migrate(db: Database.Database): number {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > MIGRATIONS.length)
    throw new Error(
      `The database is at schema version ${current}, newer than this server knows (${MIGRATIONS.length}); use a newer sms-login-server`,
    );
  for (let version = current; version < MIGRATIONS.length; version++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[version]!);
      db.pragma(`user_version = ${version + 1}`);
    }).immediate();
  }
  return MIGRATIONS.length;
}
