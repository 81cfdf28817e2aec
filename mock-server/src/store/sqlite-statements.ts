import type Database from 'better-sqlite3';
import type { FamilyRow, RefreshTokenRow } from './sqlite-refresh-rows.ts';
import { EXPIRING_COLLECTIONS } from './retention.ts';
import type { PendingCode } from './types.ts';

/**
 * The short-lived documents past a time, through the `documents_by_expiry` index (schema
 * version 4), so SQLite reads only those: without statistics it would read every document of
 * the collections by their key. Its `collection IN (…)` term is the index's, word for word;
 * were they to differ, preparing it would fail rather than scan.
 *
 * @internal
 */
export const DELETE_EXPIRED_DOCUMENTS = `DELETE FROM documents INDEXED BY documents_by_expiry
  WHERE collection IN (${EXPIRING_COLLECTIONS.map((name) => `'${name}'`).join(', ')})
  AND json_extract(document, '$.expiresAt') < ?`;

// The SQLite store's prepared statements, one per query, and the rows of its code table.

export interface CodeRow {
  connection: string;
  phone_number: string;
  code_hash: string;
  issued_at: number;
  expires_at: number;
  failed_attempts: number;
  exhausted: number;
}

export const toCode = (row: CodeRow): PendingCode => ({
  connection: row.connection,
  phoneNumber: row.phone_number,
  codeHash: row.code_hash,
  issuedAt: row.issued_at,
  expiresAt: row.expires_at,
  failedAttempts: row.failed_attempts,
  exhausted: row.exhausted === 1,
});

/** A JSON column of `row`, parsed. */
export const parse = <T>(row: Record<string, string> | undefined, column: string): T | undefined =>
  row === undefined ? undefined : (JSON.parse(row[column]!) as T);

/** @internal */
type Statement<P extends unknown[] = unknown[], R = unknown> = Database.Statement<P, R>;

/**
 * The store's prepared statements, one per query (declared, so the declarations can name them).
 *
 * @internal
 */
export interface Statements {
  findCode: Statement<[string, string], CodeRow>;
  saveCode: Statement;
  updateAttempts: Statement;
  deleteCode: Statement;
  userByPhone: Statement<[string, string], Record<string, string>>;
  userById: Statement<[string], Record<string, string>>;
  insertUser: Statement;
  saveProfile: Statement;
  saveProfileAndNumber: Statement;
  deleteUser: Statement;
  listUsers: Statement<[Record<string, unknown>], Record<string, string>>;
  countUsers: Statement<[Record<string, unknown>], { total: number }>;
  findBucket: Statement<[string], { tokens: number; updated_at: number; full_at: number }>;
  saveBucket: Statement;
  dropFullBuckets: Statement;
  dropStaleCodes: Statement;
  findSecret: Statement<[string], { value: string }>;
  insertSecret: Statement;
  findRefreshToken: Statement<[string], RefreshTokenRow>;
  saveRefreshToken: Statement;
  findFamily: Statement<[string], FamilyRow>;
  saveFamily: Statement;
  revokeFamily: Statement;
  revokeUserFamilies: Statement;
  dropDeadRefreshTokens: Statement;
  dropDeadFamilies: Statement;
  getDocument: Statement<[string, string], Record<string, string>>;
  listDocuments: Statement<[string], Record<string, string>>;
  putDocument: Statement;
  deleteDocument: Statement;
  deleteExpiredDocuments: Statement;
  appendOutbox: Statement;
  trimOutbox: Statement;
  listOutbox: Statement<[number], Record<string, string>>;
  listOutboxOf: Statement<[string, number], Record<string, string>>;
  clearOutbox: Statement;
}

/** @internal */
export function prepareStatements(db: Database.Database): Statements {
  const prepare = <P extends unknown[] = unknown[], R = unknown>(sql: string): Statement<P, R> =>
    db.prepare<P, R>(sql);
  return {
    findCode: prepare<[string, string], CodeRow>(
      'SELECT * FROM pending_codes WHERE connection = ? AND phone_number = ?',
    ),
    saveCode: prepare(
      `INSERT INTO pending_codes VALUES (@connection, @phone_number, @code_hash, @issued_at, @expires_at, @failed_attempts, @exhausted)
       ON CONFLICT (connection, phone_number) DO UPDATE SET
         code_hash = excluded.code_hash, issued_at = excluded.issued_at, expires_at = excluded.expires_at,
         failed_attempts = excluded.failed_attempts, exhausted = excluded.exhausted
       WHERE excluded.issued_at >= pending_codes.issued_at`,
    ),
    updateAttempts: prepare(
      'UPDATE pending_codes SET failed_attempts = ?, exhausted = ? WHERE connection = ? AND phone_number = ?',
    ),
    deleteCode: prepare('DELETE FROM pending_codes WHERE connection = ? AND phone_number = ?'),
    userByPhone: prepare<[string, string], Record<string, string>>(
      'SELECT profile FROM users WHERE connection = ? AND phone_number = ?',
    ),
    userById: prepare<[string], Record<string, string>>(
      'SELECT profile FROM users WHERE user_id = ?',
    ),
    insertUser: prepare(
      'INSERT INTO users VALUES (@user_id, @connection, @phone_number, @created_at, @profile)',
    ),
    saveProfile: prepare('UPDATE users SET profile = ? WHERE user_id = ?'),
    saveProfileAndNumber: prepare(
      'UPDATE users SET profile = ?, phone_number = ? WHERE user_id = ?',
    ),
    deleteUser: prepare('DELETE FROM users WHERE user_id = ?'),
    listUsers: prepare<[Record<string, unknown>], Record<string, string>>(
      `SELECT profile FROM users
       WHERE (@phone IS NULL OR phone_number = @phone) AND (@connection IS NULL OR connection = @connection)
       ORDER BY created_at, user_id LIMIT @limit OFFSET @offset`,
    ),
    countUsers: prepare<[Record<string, unknown>], { total: number }>(
      `SELECT count(*) AS total FROM users
       WHERE (@phone IS NULL OR phone_number = @phone) AND (@connection IS NULL OR connection = @connection)`,
    ),
    findBucket: prepare<[string], { tokens: number; updated_at: number; full_at: number }>(
      'SELECT tokens, updated_at, full_at FROM rate_limit_buckets WHERE bucket = ?',
    ),
    saveBucket: prepare(
      `INSERT INTO rate_limit_buckets (bucket, tokens, updated_at, full_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (bucket) DO UPDATE SET tokens = excluded.tokens, updated_at = excluded.updated_at,
       full_at = excluded.full_at`,
    ),
    dropFullBuckets: prepare('DELETE FROM rate_limit_buckets WHERE full_at <= ?'),
    dropStaleCodes: prepare('DELETE FROM pending_codes WHERE expires_at <= ?'),
    findSecret: prepare<[string], { value: string }>('SELECT value FROM secrets WHERE name = ?'),
    insertSecret: prepare('INSERT OR IGNORE INTO secrets VALUES (?, ?)'),
    findRefreshToken: prepare<[string], RefreshTokenRow>(
      'SELECT * FROM refresh_tokens WHERE token_hash = ?',
    ),
    saveRefreshToken: prepare(
      `INSERT INTO refresh_tokens VALUES (@token_hash, @family_id, @issued_at, @spent_at)
       ON CONFLICT (token_hash) DO UPDATE SET spent_at = excluded.spent_at`,
    ),
    findFamily: prepare<[string], FamilyRow>(
      'SELECT * FROM refresh_token_families WHERE family_id = ?',
    ),
    saveFamily: prepare(
      `INSERT OR REPLACE INTO refresh_token_families VALUES (@family_id, @user_id, @client_id,
       @scope, @audience, @session_id, @auth_time, @created_at, @expires_at, @idle_expires_at,
       @last_used_at, @last_spent_token_hash, @revoked_at)`,
    ),
    revokeFamily: prepare(
      'UPDATE refresh_token_families SET revoked_at = ? WHERE family_id = ? AND revoked_at IS NULL',
    ),
    revokeUserFamilies: prepare(
      'UPDATE refresh_token_families SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL',
    ),
    // The rule of isForgettable (refresh-exchange.ts), as one statement per table.
    dropDeadRefreshTokens: prepare(
      `DELETE FROM refresh_tokens WHERE family_id IN (SELECT family_id FROM refresh_token_families
       WHERE expires_at <= @before OR idle_expires_at <= @before OR revoked_at <= @before)`,
    ),
    dropDeadFamilies: prepare(
      `DELETE FROM refresh_token_families
       WHERE expires_at <= @before OR idle_expires_at <= @before OR revoked_at <= @before`,
    ),
    getDocument: prepare<[string, string], Record<string, string>>(
      'SELECT document FROM documents WHERE collection = ? AND id = ?',
    ),
    listDocuments: prepare<[string], Record<string, string>>(
      'SELECT document FROM documents WHERE collection = ? ORDER BY id',
    ),
    putDocument: prepare(
      `INSERT INTO documents VALUES (?, ?, ?)
       ON CONFLICT (collection, id) DO UPDATE SET document = excluded.document`,
    ),
    deleteDocument: prepare('DELETE FROM documents WHERE collection = ? AND id = ?'),
    deleteExpiredDocuments: prepare(DELETE_EXPIRED_DOCUMENTS),
    appendOutbox: prepare('INSERT INTO outbox (phone_number, message) VALUES (?, ?)'),
    trimOutbox: prepare('DELETE FROM outbox WHERE seq <= (SELECT max(seq) FROM outbox) - ?'),
    listOutbox: prepare<[number], Record<string, string>>(
      'SELECT message FROM outbox ORDER BY seq DESC LIMIT ?',
    ),
    listOutboxOf: prepare<[string, number], Record<string, string>>(
      'SELECT message FROM outbox WHERE phone_number = ? ORDER BY seq DESC LIMIT ?',
    ),
    clearOutbox: prepare('DELETE FROM outbox'),
  };
}
