import { inTransaction, query, type Pool } from './postgres-pool.ts';
import { EXPIRING_COLLECTIONS } from './retention.ts';
import type { DocumentCollection, OutboxMessage, Store } from './types.ts';

/** The `expiresAt` of a short-lived record, kept in its own column for the sweep. */
const expiryOf = (collection: DocumentCollection, document: unknown): number | null => {
  if (!(EXPIRING_COLLECTIONS as readonly string[]).includes(collection)) return null;
  const expiresAt = (document as { expiresAt?: unknown } | null)?.expiresAt;
  return typeof expiresAt === 'number' && Number.isFinite(expiresAt) ? expiresAt : null;
};

const OUTBOX_TRIM_EVERY = 100;

/**
 * The PostgreSQL store's documents (the tenant's settings, the browser sign-in's records) and
 * its outbox.
 *
 * @internal
 */
export function postgresDocuments(
  pool: Pool,
  outboxLimit: number,
): Pick<
  Store,
  | 'getDocument'
  | 'listDocuments'
  | 'putDocument'
  | 'updateDocument'
  | 'deleteDocument'
  | 'deleteExpiredDocuments'
  | 'appendOutboxMessage'
  | 'listOutboxMessages'
  | 'clearOutbox'
> {
  let appendsSinceTrim = 0;
  return {
    async getDocument<T>(collection: DocumentCollection, id: string) {
      const { rows } = await query<{ document: string }>(
        pool,
        'SELECT document FROM documents WHERE collection = $1 AND id = $2',
        [collection, id],
      );
      return rows[0] && (JSON.parse(rows[0].document) as T);
    },

    async listDocuments<T>(collection: DocumentCollection) {
      const { rows } = await query<{ document: string }>(
        pool,
        'SELECT document FROM documents WHERE collection = $1 ORDER BY id COLLATE "C"',
        [collection],
      );
      return rows.map((row) => JSON.parse(row.document) as T);
    },

    async putDocument(collection, id, document) {
      await query(
        pool,
        `INSERT INTO documents (collection, id, document, expires_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (collection, id) DO UPDATE SET document = excluded.document,
           expires_at = excluded.expires_at`,
        [collection, id, JSON.stringify(document), expiryOf(collection, document)],
      );
    },

    updateDocument<T>(collection: DocumentCollection, id: string, update: (current: T) => T) {
      return inTransaction(pool, async (client) => {
        const { rows } = await client.query<{ document: string }>(
          'SELECT document FROM documents WHERE collection = $1 AND id = $2 FOR UPDATE',
          [collection, id],
        );
        if (!rows[0]) return undefined;
        // A throwing update rolls the transaction back: the document stays as it was.
        const text = JSON.stringify(update(JSON.parse(rows[0].document) as T));
        await client.query(
          'UPDATE documents SET document = $1, expires_at = $2 WHERE collection = $3 AND id = $4',
          [text, expiryOf(collection, JSON.parse(text)), collection, id],
        );
        return JSON.parse(text) as T;
      });
    },

    async deleteDocument(collection, id) {
      const { rowCount } = await query(
        pool,
        'DELETE FROM documents WHERE collection = $1 AND id = $2',
        [collection, id],
      );
      return rowCount === 1;
    },

    async deleteExpiredDocuments(before) {
      const { rowCount } = await query(
        pool,
        'DELETE FROM documents WHERE collection = ANY($1::text[]) AND expires_at < $2',
        [EXPIRING_COLLECTIONS, before],
      );
      return rowCount ?? 0;
    },

    async appendOutboxMessage(message) {
      await query(pool, 'INSERT INTO outbox (phone_number, message) VALUES ($1, $2)', [
        message.to,
        JSON.stringify(message),
      ]);
      // Trimmed now and then, not at every append (concurrent trims would queue on the same
      // rows); reads never see past the limit.
      if (++appendsSinceTrim >= OUTBOX_TRIM_EVERY) {
        appendsSinceTrim = 0;
        await query(pool, 'DELETE FROM outbox WHERE seq <= (SELECT max(seq) FROM outbox) - $1', [
          outboxLimit,
        ]);
      }
    },

    async listOutboxMessages({ phoneNumber, limit }) {
      // The newest `outboxLimit` messages are the outbox; older rows wait for the next trim.
      const { rows } = await query<{ message: string }>(
        pool,
        `SELECT message FROM (SELECT seq, phone_number, message FROM outbox ORDER BY seq DESC LIMIT $2) AS kept
         ${phoneNumber === undefined ? '' : 'WHERE phone_number = $3'} ORDER BY seq DESC LIMIT $1`,
        phoneNumber === undefined ? [limit, outboxLimit] : [limit, outboxLimit, phoneNumber],
      );
      return rows.map((row) => JSON.parse(row.message) as OutboxMessage);
    },

    async clearOutbox() {
      await query(pool, 'DELETE FROM outbox');
    },
  };
}
