import { createExpiryQueue } from './expiry-queue.ts';

/** A map the memory store forgets from: what forgetting needs of it. */
interface ForgettingMap<V> {
  get(key: string): V | undefined;
  delete(key: string): boolean;
}

/**
 * Forgets a map's dead entries in the order they die, a few at a time: each step takes at most
 * `perStep` keys whose time has come off a queue ordered by when they die, so a step with none
 * due costs one comparison, and no step is a pass over millions of entries.
 *
 * `noted` queues a key at the time it dies as of that write. With `notedAtEveryWrite` (codes) a
 * key due while its entry lives on was written again and queued again then, so it is skipped.
 * Without it (rate-limit buckets, taken at every request but noted when new only) such a key is
 * queued again at its new time; that needs the map's deletes to come from here alone, or a key
 * deleted and written again would be queued twice.
 */
export function createForgetting<V>(
  map: ForgettingMap<V>,
  diesAt: (value: V) => number,
  perStep: number,
  { notedAtEveryWrite }: { notedAtEveryWrite: boolean },
): { noted(key: string, value: V): void; step(now: number): void } {
  const queue = createExpiryQueue();
  return {
    noted(key, value) {
      queue.push(diesAt(value), key);
    },
    step(now) {
      for (let taken = 0; taken < perStep; taken++) {
        const key = queue.popDue(now);
        if (key === undefined) return;
        const value = map.get(key);
        if (value === undefined) continue; // deleted since
        const at = diesAt(value);
        if (at <= now) map.delete(key);
        else if (!notedAtEveryWrite) queue.push(at, key);
      }
    },
  };
}
