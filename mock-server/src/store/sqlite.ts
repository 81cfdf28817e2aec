import { judgeCandidate } from './code-redemption.ts';
import { judgeRefreshExchange, newFamilyRecords } from './refresh-exchange.ts';
import { checkpointsOffThread } from './sqlite-checkpoints.ts';
import { logSyncOf } from './sqlite-log-sync.ts';
import { openWalDatabase, writersOf, type Writers } from './sqlite-open.ts';
import { fromFamily, fromRefreshToken, toFamily, toRefreshToken } from './sqlite-refresh-rows.ts';
import { migrate } from './sqlite-schema.ts';
import { parse, prepareStatements, toCode } from './sqlite-statements.ts';
import { sqliteUsers } from './sqlite-users.ts';
import {
  DEAD_REFRESH_FAMILY_GRACE_MS,
  EXPIRED_CODE_GRACE_MS,
  SWEEP_EVERY_WRITES,
} from './retention.ts';
import { takeTokens } from './token-bucket.ts';
import type {
  DocumentCollection,
  OutboxMessage,
  RateLimitOutcome,
  RateLimitRequest,
  Store,
} from './types.ts';

export { SQLITE_MISSING, SqliteUnavailableError } from './sqlite-open.ts';
export { MIGRATIONS } from './sqlite-schema.ts';

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
 * The store of the Node server: one SQLite file in write-ahead-log mode. Every method is one
 * transaction, so the rules that must hold under concurrency hold across processes and a crash:
 * a committed change survives `kill -9`, an uncommitted one leaves no trace.
 *
 * @example
 * const store = createSqliteStore({ filename: '.sms-login/sms-login.db' });
 * const backend = createBackend(config, { store });
 */
export function createSqliteStore(options: SqliteStoreOptions): SqliteStore {
  const outboxLimit = options.outboxLimit ?? 1000;
  const db = openWalDatabase(options.filename);
  const schemaVersion = migrate(db);
  const statements = prepareStatements(db);
  const checkpoints = checkpointsOffThread(db);
  const writers = writersOf(db, logSyncOf(db), checkpoints);
  const { write, durably } = writers;
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
    (DURABLE_COLLECTIONS.has(collection) ? durably : write)(work);
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

  const store: SqliteStore = {
    filename: options.filename,
    schemaVersion,

    close() {
      if (!db.open) return;
      writers.flush();
      // The checkpoint thread lets go first, so this connection is the last and removes the log.
      checkpoints?.close();
      db.pragma('wal_checkpoint(TRUNCATE)');
      db.close();
      writers.close();
    },

    async saveIssuedCode(code) {
      write(() =>
        statements.saveCode.run({
          connection: code.connection,
          phone_number: code.phoneNumber,
          code_hash: code.codeHash,
          issued_at: code.issuedAt,
          expires_at: code.expiresAt,
          failed_attempts: code.failedAttempts,
          exhausted: code.exhausted ? 1 : 0,
        }),
      );
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

    ...sqliteUsers(db, statements, writers),

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

    async deleteExpiredDocuments(before) {
      return write(() => statements.deleteExpiredDocuments.run(before).changes);
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
      write(() => statements.clearOutbox.run());
    },
  };
  return answeringAfterCommit(store, writers);
}

/**
 * Every method resolves once the writes gathered so far are committed, its own among them: an
 * answer built on a write, or on a read of one, never goes out before that write is safe.
 */
function answeringAfterCommit(store: SqliteStore, writers: Writers): SqliteStore {
  const wrapped = { ...store } as unknown as Record<string, unknown>;
  for (const [name, method] of Object.entries(store))
    if (typeof method === 'function' && name !== 'close')
      wrapped[name] = async (...args: unknown[]) => {
        const result: unknown = await (method as (...values: unknown[]) => unknown)(...args);
        await writers.committed();
        return result;
      };
  return wrapped as unknown as SqliteStore;
}
