import { createRequire } from 'node:module';
import type Database from 'better-sqlite3';
import { judgeCandidate } from './code-redemption.ts';
import { judgeRefreshExchange, newFamilyRecords } from './refresh-exchange.ts';
import {
  fromFamily,
  fromRefreshToken,
  toFamily,
  toRefreshToken,
  type FamilyRow,
  type RefreshTokenRow,
} from './sqlite-refresh-rows.ts';
import {
  DEAD_REFRESH_FAMILY_GRACE_MS,
  EXPIRED_CODE_GRACE_MS,
  SWEEP_EVERY_WRITES,
} from './retention.ts';
import { takeTokens } from './token-bucket.ts';
import { applyUserChanges } from './user-changes.ts';
import type {
  DocumentCollection,
  CreateUserOutcome,
  OutboxMessage,
  PendingCode,
  RateLimitOutcome,
  RateLimitRequest,
  StoredUser,
  Store,
} from './types.ts';

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

export interface SqliteStoreOptions {
  /** The database file (created with its directory's permissions); `:memory:` for a throwaway one. */
  filename: string;
  /** Oldest outbox messages are dropped beyond this many. */
  outboxLimit?: number;
}

export interface SqliteStore extends Store {
  readonly filename: string;
  /** The schema version the file is at (`PRAGMA user_version`). */
  readonly schemaVersion: number;
  /** Checkpoints the write-ahead log and closes the file; the store is unusable afterwards. */
  close(): void;
}

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
];

/** Brings the file to the latest schema version; refuses a file written by a newer version. */
function migrate(db: Database.Database): number {
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

interface CodeRow {
  connection: string;
  phone_number: string;
  code_hash: string;
  issued_at: number;
  expires_at: number;
  failed_attempts: number;
  exhausted: number;
}

const toCode = (row: CodeRow): PendingCode => ({
  connection: row.connection,
  phoneNumber: row.phone_number,
  codeHash: row.code_hash,
  issuedAt: row.issued_at,
  expiresAt: row.expires_at,
  failedAttempts: row.failed_attempts,
  exhausted: row.exhausted === 1,
});

const parse = <T>(row: Record<string, string> | undefined, column: string): T | undefined =>
  row === undefined ? undefined : (JSON.parse(row[column]!) as T);

/**
 * The store of the Node server: one SQLite file in write-ahead-log mode. Every method is one
 * transaction, so the rules that must hold under concurrency hold across processes and a crash:
 * a committed change survives `kill -9`, an uncommitted one leaves no trace.
 *
 * @example
 * const store = createSqliteStore({ filename: '.sms-login/sms-login.db' });
 * const backend = createBackend(config, { store });
 */
/** A write that need not survive a power loss, as `durably`'s counterpart. */
const asUsual = <T>(work: () => T): T => work();

export function createSqliteStore(options: SqliteStoreOptions): SqliteStore {
  const outboxLimit = options.outboxLimit ?? 1000;
  const db = openDatabase(options.filename);
  db.pragma('journal_mode = WAL');
  // NORMAL in WAL mode: a commit survives the process being killed, and a power loss may lose
  // the last ones. That is right for codes, rate limits, sessions and the outbox, which are
  // short-lived; what must survive a power loss too (users, keys, the tenant's settings) is
  // written with `durably`.
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
  const schemaVersion = migrate(db);

  const statements = {
    findCode: db.prepare<[string, string], CodeRow>(
      'SELECT * FROM pending_codes WHERE connection = ? AND phone_number = ?',
    ),
    saveCode: db.prepare(
      `INSERT INTO pending_codes VALUES (@connection, @phone_number, @code_hash, @issued_at, @expires_at, @failed_attempts, @exhausted)
       ON CONFLICT (connection, phone_number) DO UPDATE SET
         code_hash = excluded.code_hash, issued_at = excluded.issued_at, expires_at = excluded.expires_at,
         failed_attempts = excluded.failed_attempts, exhausted = excluded.exhausted
       WHERE excluded.issued_at >= pending_codes.issued_at`,
    ),
    updateAttempts: db.prepare(
      'UPDATE pending_codes SET failed_attempts = ?, exhausted = ? WHERE connection = ? AND phone_number = ?',
    ),
    deleteCode: db.prepare('DELETE FROM pending_codes WHERE connection = ? AND phone_number = ?'),
    userByPhone: db.prepare<[string, string], Record<string, string>>(
      'SELECT profile FROM users WHERE connection = ? AND phone_number = ?',
    ),
    userById: db.prepare<[string], Record<string, string>>(
      'SELECT profile FROM users WHERE user_id = ?',
    ),
    insertUser: db.prepare(
      'INSERT INTO users VALUES (@user_id, @connection, @phone_number, @created_at, @profile)',
    ),
    saveProfile: db.prepare('UPDATE users SET profile = ? WHERE user_id = ?'),
    saveProfileAndNumber: db.prepare(
      'UPDATE users SET profile = ?, phone_number = ? WHERE user_id = ?',
    ),
    deleteUser: db.prepare('DELETE FROM users WHERE user_id = ?'),
    listUsers: db.prepare<Record<string, unknown>, Record<string, string>>(
      `SELECT profile FROM users
       WHERE (@phone IS NULL OR phone_number = @phone) AND (@connection IS NULL OR connection = @connection)
       ORDER BY created_at, user_id LIMIT @limit OFFSET @offset`,
    ),
    countUsers: db.prepare<Record<string, unknown>, { total: number }>(
      `SELECT count(*) AS total FROM users
       WHERE (@phone IS NULL OR phone_number = @phone) AND (@connection IS NULL OR connection = @connection)`,
    ),
    findBucket: db.prepare<[string], { tokens: number; updated_at: number; full_at: number }>(
      'SELECT tokens, updated_at, full_at FROM rate_limit_buckets WHERE bucket = ?',
    ),
    saveBucket: db.prepare(
      `INSERT INTO rate_limit_buckets (bucket, tokens, updated_at, full_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (bucket) DO UPDATE SET tokens = excluded.tokens, updated_at = excluded.updated_at,
       full_at = excluded.full_at`,
    ),
    dropFullBuckets: db.prepare('DELETE FROM rate_limit_buckets WHERE full_at <= ?'),
    dropStaleCodes: db.prepare('DELETE FROM pending_codes WHERE expires_at <= ?'),
    findSecret: db.prepare<[string], { value: string }>('SELECT value FROM secrets WHERE name = ?'),
    insertSecret: db.prepare('INSERT OR IGNORE INTO secrets VALUES (?, ?)'),
    findRefreshToken: db.prepare<[string], RefreshTokenRow>(
      'SELECT * FROM refresh_tokens WHERE token_hash = ?',
    ),
    saveRefreshToken: db.prepare(
      `INSERT INTO refresh_tokens VALUES (@token_hash, @family_id, @issued_at, @spent_at)
       ON CONFLICT (token_hash) DO UPDATE SET spent_at = excluded.spent_at`,
    ),
    findFamily: db.prepare<[string], FamilyRow>(
      'SELECT * FROM refresh_token_families WHERE family_id = ?',
    ),
    saveFamily: db.prepare(
      `INSERT OR REPLACE INTO refresh_token_families VALUES (@family_id, @user_id, @client_id,
       @scope, @audience, @session_id, @auth_time, @created_at, @expires_at, @idle_expires_at,
       @last_used_at, @last_spent_token_hash, @revoked_at)`,
    ),
    revokeFamily: db.prepare(
      'UPDATE refresh_token_families SET revoked_at = ? WHERE family_id = ? AND revoked_at IS NULL',
    ),
    revokeUserFamilies: db.prepare(
      'UPDATE refresh_token_families SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL',
    ),
    // The rule of isForgettable (refresh-exchange.ts), as one statement per table.
    dropDeadRefreshTokens: db.prepare(
      `DELETE FROM refresh_tokens WHERE family_id IN (SELECT family_id FROM refresh_token_families
       WHERE expires_at <= @before OR idle_expires_at <= @before OR revoked_at <= @before)`,
    ),
    dropDeadFamilies: db.prepare(
      `DELETE FROM refresh_token_families
       WHERE expires_at <= @before OR idle_expires_at <= @before OR revoked_at <= @before`,
    ),
    getDocument: db.prepare<[string, string], Record<string, string>>(
      'SELECT document FROM documents WHERE collection = ? AND id = ?',
    ),
    listDocuments: db.prepare<[string], Record<string, string>>(
      'SELECT document FROM documents WHERE collection = ? ORDER BY id',
    ),
    putDocument: db.prepare(
      `INSERT INTO documents VALUES (?, ?, ?)
       ON CONFLICT (collection, id) DO UPDATE SET document = excluded.document`,
    ),
    deleteDocument: db.prepare('DELETE FROM documents WHERE collection = ? AND id = ?'),
    appendOutbox: db.prepare('INSERT INTO outbox (phone_number, message) VALUES (?, ?)'),
    trimOutbox: db.prepare('DELETE FROM outbox WHERE seq <= (SELECT max(seq) FROM outbox) - ?'),
    listOutbox: db.prepare<[number], Record<string, string>>(
      'SELECT message FROM outbox ORDER BY seq DESC LIMIT ?',
    ),
    listOutboxOf: db.prepare<[string, number], Record<string, string>>(
      'SELECT message FROM outbox WHERE phone_number = ? ORDER BY seq DESC LIMIT ?',
    ),
    clearOutbox: db.prepare('DELETE FROM outbox'),
  };

  /** Runs `work` as one write transaction (BEGIN IMMEDIATE: no lock upgrade, no deadlock). */
  const write = <T>(work: () => T): T => db.transaction(work).immediate();
  /**
   * Runs `work` with `synchronous = FULL`: its commit is on disk (the WAL synced) before it
   * returns, so a power loss cannot take it back. The pragma is per connection and cannot change
   * inside a transaction; this connection is the process's only one and runs one call at a time.
   */
  const durably = <T>(work: () => T): T => {
    db.pragma('synchronous = FULL');
    try {
      return work();
    } finally {
      db.pragma('synchronous = NORMAL');
    }
  };
  /** The tenant's settings; the rest are the browser sign-in's short-lived records. */
  const DURABLE_COLLECTIONS = new Set<DocumentCollection>([
    'clients',
    'connections',
    'resource_servers',
    'branding',
    'phone_providers',
    'phone_templates',
    'seeds',
  ]);
  const documentWrite = <T>(collection: DocumentCollection, work: () => T): T =>
    (DURABLE_COLLECTIONS.has(collection) ? durably : asUsual)(work);
  const pendingSecrets = new Map<string, Promise<string>>();
  let writesSinceSweep = 0;
  let familiesSinceSweep = 0;
  const takeRateLimitTokens = (requests: RateLimitRequest[]): RateLimitOutcome[] =>
    write(() => {
      const { states, outcomes } = takeTokens(
        requests.map((request) => {
          const row = statements.findBucket.get(request.bucket);
          return row && { tokens: row.tokens, updatedAt: row.updated_at, fullAt: row.full_at };
        }),
        requests,
      );
      states?.forEach((state, index) =>
        statements.saveBucket.run(
          requests[index]!.bucket,
          state.tokens,
          state.updatedAt,
          state.fullAt,
        ),
      );
      if (++writesSinceSweep >= SWEEP_EVERY_WRITES) {
        writesSinceSweep = 0;
        const now = Math.max(...requests.map((request) => request.now));
        statements.dropFullBuckets.run(now);
        statements.dropStaleCodes.run(now - EXPIRED_CODE_GRACE_MS);
      }
      return outcomes;
    });

  return {
    filename: options.filename,
    schemaVersion,

    close() {
      if (!db.open) return;
      db.pragma('wal_checkpoint(TRUNCATE)');
      db.close();
    },

    async saveIssuedCode(code) {
      statements.saveCode.run({
        connection: code.connection,
        phone_number: code.phoneNumber,
        code_hash: code.codeHash,
        issued_at: code.issuedAt,
        expires_at: code.expiresAt,
        failed_attempts: code.failedAttempts,
        exhausted: code.exhausted ? 1 : 0,
      });
    },

    async findPendingCode(connection, phoneNumber) {
      const row = statements.findCode.get(connection, phoneNumber);
      return row && toCode(row);
    },

    async redeemCode(request) {
      return write(() => {
        const row = statements.findCode.get(request.connection, request.phoneNumber);
        const { outcome, next } = judgeCandidate(row && toCode(row), request);
        if (next === null) statements.deleteCode.run(request.connection, request.phoneNumber);
        else if (next)
          statements.updateAttempts.run(
            next.failedAttempts,
            next.exhausted ? 1 : 0,
            request.connection,
            request.phoneNumber,
          );
        return outcome;
      });
    },

    async findUserByPhone(connection, phoneNumber) {
      return parse<StoredUser>(statements.userByPhone.get(connection, phoneNumber), 'profile');
    },

    async findUserById(userId) {
      return parse<StoredUser>(statements.userById.get(userId), 'profile');
    },

    async recordLogin(newUser, at) {
      // A new user is written durably; a returning one's login count need not be.
      const isNew = !statements.userByPhone.get(newUser.connection, newUser.phone_number);
      return (isNew ? durably : asUsual)(() =>
        write(() => {
          const existing = parse<StoredUser>(
            statements.userByPhone.get(newUser.connection, newUser.phone_number),
            'profile',
          );
          const user = existing ?? newUser;
          const loggedIn = {
            ...user,
            last_login: at,
            updated_at: at,
            logins_count: user.logins_count + 1,
            phone_verified: true, // the code reached this number
          };
          if (existing) statements.saveProfile.run(JSON.stringify(loggedIn), user.user_id);
          else
            statements.insertUser.run({
              user_id: user.user_id,
              connection: user.connection,
              phone_number: user.phone_number,
              created_at: user.created_at,
              profile: JSON.stringify(loggedIn),
            });
          return loggedIn;
        }),
      );
    },

    async listUsers({ page, perPage, phoneNumber, connection }) {
      const filter = { phone: phoneNumber ?? null, connection: connection ?? null };
      return db.transaction(() => ({
        users: statements.listUsers
          .all({ ...filter, limit: perPage, offset: page * perPage })
          .map((row) => JSON.parse(row.profile!) as StoredUser),
        total: statements.countUsers.get(filter)!.total,
      }))();
    },

    async createUser(newUser) {
      return durably(() =>
        write((): CreateUserOutcome => {
          const existing = parse<StoredUser>(
            statements.userByPhone.get(newUser.connection, newUser.phone_number),
            'profile',
          );
          if (existing) return { outcome: 'phone_number_taken', user: existing };
          if (statements.userById.get(newUser.user_id)) return { outcome: 'user_id_taken' };
          statements.insertUser.run({
            user_id: newUser.user_id,
            connection: newUser.connection,
            phone_number: newUser.phone_number,
            created_at: newUser.created_at,
            profile: JSON.stringify(newUser),
          });
          return { outcome: 'created', user: newUser };
        }),
      );
    },

    async updateUser(userId, changes, at) {
      return durably(() =>
        write(() => {
          const user = parse<StoredUser>(statements.userById.get(userId), 'profile');
          if (!user) return undefined;
          const updated = applyUserChanges(user, changes, at);
          if (updated.phone_number === user.phone_number) {
            statements.saveProfile.run(JSON.stringify(updated), userId);
            return updated;
          }
          if (statements.userByPhone.get(user.connection, updated.phone_number))
            return 'phone_number_taken' as const;
          statements.saveProfileAndNumber.run(
            JSON.stringify(updated),
            updated.phone_number,
            userId,
          );
          statements.deleteCode.run(user.connection, user.phone_number);
          return updated;
        }),
      );
    },

    async deleteUser(userId) {
      return durably(() =>
        write(() => {
          const user = parse<StoredUser>(statements.userById.get(userId), 'profile');
          if (!user) return false;
          statements.deleteUser.run(userId);
          statements.deleteCode.run(user.connection, user.phone_number);
          return true;
        }),
      );
    },

    async takeRateLimitToken(request) {
      return takeRateLimitTokens([request])[0]!;
    },

    async takeRateLimitTokens(requests) {
      return takeRateLimitTokens(requests);
    },

    getOrCreateSecret(secretName, create) {
      const stored = statements.findSecret.get(secretName);
      if (stored) return Promise.resolve(stored.value);
      // One creation per name at a time in this process; INSERT OR IGNORE settles a race with
      // another process, and every caller reads back the value that won.
      let pending = pendingSecrets.get(secretName);
      if (!pending) {
        pending = create()
          .then((value) => {
            // Signing keys and the code hash key: a lost one would void every token or code.
            durably(() => statements.insertSecret.run(secretName, value));
            return statements.findSecret.get(secretName)!.value;
          })
          .finally(() => pendingSecrets.delete(secretName));
        pendingSecrets.set(secretName, pending);
      }
      return pending;
    },

    async createRefreshTokenFamily(newFamily) {
      const { family, token } = newFamilyRecords(newFamily);
      write(() => {
        statements.saveFamily.run(fromFamily(family));
        statements.saveRefreshToken.run(fromRefreshToken(token));
        if (++familiesSinceSweep >= SWEEP_EVERY_WRITES) {
          familiesSinceSweep = 0;
          const before = { before: family.createdAt - DEAD_REFRESH_FAMILY_GRACE_MS };
          statements.dropDeadRefreshTokens.run(before);
          statements.dropDeadFamilies.run(before);
        }
      });
    },

    async exchangeRefreshToken(exchange) {
      return write(() => {
        const tokenRow = statements.findRefreshToken.get(exchange.tokenHash);
        const familyRow = tokenRow && statements.findFamily.get(tokenRow.family_id);
        const { outcome, writes } = judgeRefreshExchange(
          tokenRow && toRefreshToken(tokenRow),
          familyRow && toFamily(familyRow),
          exchange,
        );
        for (const token of [writes.token, writes.successor])
          if (token) statements.saveRefreshToken.run(fromRefreshToken(token));
        if (writes.family) statements.saveFamily.run(fromFamily(writes.family));
        return outcome;
      });
    },

    async findRefreshToken(tokenHash) {
      const tokenRow = statements.findRefreshToken.get(tokenHash);
      const familyRow = tokenRow && statements.findFamily.get(tokenRow.family_id);
      return tokenRow && familyRow
        ? { token: toRefreshToken(tokenRow), family: toFamily(familyRow) }
        : undefined;
    },

    async revokeRefreshTokenFamily(tokenHash, clientId, now) {
      return write(() => {
        const tokenRow = statements.findRefreshToken.get(tokenHash);
        const familyRow = tokenRow && statements.findFamily.get(tokenRow.family_id);
        if (!familyRow || familyRow.client_id !== clientId) return false;
        return statements.revokeFamily.run(now, familyRow.family_id).changes > 0;
      });
    },

    async revokeUserRefreshTokens(userId, now) {
      return statements.revokeUserFamilies.run(now, userId).changes;
    },

    async getDocument<T>(collection: DocumentCollection, id: string) {
      return parse<T>(statements.getDocument.get(collection, id), 'document');
    },

    async listDocuments<T>(collection: DocumentCollection) {
      return statements.listDocuments.all(collection).map((row) => JSON.parse(row.document!) as T);
    },

    async putDocument(collection, id, document) {
      documentWrite(collection, () =>
        statements.putDocument.run(collection, id, JSON.stringify(document)),
      );
    },

    async updateDocument<T>(collection: DocumentCollection, id: string, update: (current: T) => T) {
      return documentWrite(collection, () =>
        write(() => {
          const current = parse<T>(statements.getDocument.get(collection, id), 'document');
          if (current === undefined) return undefined;
          const updated = update(current);
          statements.putDocument.run(collection, id, JSON.stringify(updated));
          return JSON.parse(JSON.stringify(updated)) as T;
        }),
      );
    },

    async deleteDocument(collection, id) {
      return documentWrite(
        collection,
        () => statements.deleteDocument.run(collection, id).changes > 0,
      );
    },

    async appendOutboxMessage(message) {
      write(() => {
        statements.appendOutbox.run(message.to, JSON.stringify(message));
        statements.trimOutbox.run(outboxLimit);
      });
    },

    async listOutboxMessages({ phoneNumber, limit }) {
      const rows =
        phoneNumber === undefined
          ? statements.listOutbox.all(limit)
          : statements.listOutboxOf.all(phoneNumber, limit);
      return rows.map((row) => JSON.parse(row.message!) as OutboxMessage);
    },

    async clearOutbox() {
      statements.clearOutbox.run();
    },
  };
}
