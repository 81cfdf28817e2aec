import { createExpiryQueue, type ExpiryQueue } from './expiry-queue.ts';
import { clone } from './plain-data.ts';
import { ShardedMap } from './sharded-map.ts';
import { EXPIRING_COLLECTIONS } from './retention.ts';
import type { DocumentCollection, Store } from './types.ts';

/** A short-lived document's `expiresAt` (ms), if it has one. */
function expiryOf(document: unknown): number | undefined {
  const expiresAt = (document as { expiresAt?: unknown } | null)?.expiresAt;
  return typeof expiresAt === 'number' ? expiresAt : undefined;
}

type DocumentMethods = Pick<
  Store,
  | 'getDocument'
  | 'listDocuments'
  | 'putDocument'
  | 'updateDocument'
  | 'deleteDocument'
  | 'deleteExpiredDocuments'
>;

/** The memory store's documents: tenant settings and short-lived sign-in records, by collection. */
export function createMemoryDocuments(): DocumentMethods {
  const documents = new Map<DocumentCollection, ShardedMap<unknown>>();
  const collection = (name: DocumentCollection) => {
    let entries = documents.get(name);
    if (!entries) documents.set(name, (entries = new ShardedMap()));
    return entries;
  };
  // Short-lived documents by expiry, per collection, for deleteExpiredDocuments.
  const expiries = new Map<DocumentCollection, ExpiryQueue>(
    EXPIRING_COLLECTIONS.map((name) => [name, createExpiryQueue()]),
  );
  const noteExpiry = (name: DocumentCollection, id: string, document: unknown) => {
    const queue = expiries.get(name);
    const expiresAt = expiryOf(document);
    if (!queue || expiresAt === undefined) return;
    queue.push(expiresAt, id);
    // Rewrites (a session's sliding expiry) leave stale entries behind: past twice the live
    // documents, the queue is made again from them, which costs each write a constant on average.
    const entries = collection(name);
    if (queue.size > 2 * entries.size + 1024) {
      const fresh = createExpiryQueue();
      for (const [key, value] of entries) {
        const at = expiryOf(value);
        if (at !== undefined) fresh.push(at, key);
      }
      expiries.set(name, fresh);
    }
  };

  return {
    async getDocument<T>(name: DocumentCollection, id: string) {
      const document = collection(name).get(id);
      return document === undefined ? undefined : clone(document as T);
    },

    async listDocuments<T>(name: DocumentCollection) {
      return [...collection(name).entries()]
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([, document]) => clone(document as T));
    },

    async putDocument(name, id, document) {
      collection(name).set(id, clone(document));
      noteExpiry(name, id, document);
    },

    async updateDocument<T>(name: DocumentCollection, id: string, update: (current: T) => T) {
      const entries = collection(name);
      if (!entries.has(id)) return undefined;
      const updated = clone(update(clone(entries.get(id) as T)));
      entries.set(id, updated);
      noteExpiry(name, id, updated);
      return clone(updated);
    },

    async deleteDocument(name, id) {
      return collection(name).delete(id);
    },

    async deleteExpiredDocuments(before) {
      let deleted = 0;
      for (const [name, queue] of expiries) {
        const entries = collection(name);
        for (const id of queue.takeExpired(before)) {
          // A document rewritten since has a later entry of its own; a deleted one is gone.
          const expiresAt = expiryOf(entries.get(id));
          if (expiresAt !== undefined && expiresAt < before && entries.delete(id)) deleted++;
        }
      }
      return deleted;
    },
  };
}
