/** Freezes a value and everything in it, so a cached read cannot be changed by its reader. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

export interface ReadCache<T> {
  get(): Promise<T>;
  /** Forgets the value: the next `get` reads it again. Called after every write. */
  clear(): void;
}

/**
 * One value read from the store, kept until a write through the tenant clears it. Every start
 * and token request reads the client and the connection, which change only through the
 * Management API; a write that starts while a read is under way wins over that read. With
 * `maxAgeMs` (a store other processes write too) a value is also read again once that old, so a
 * change made through another instance is seen within that delay.
 */
export function readCache<T>(
  load: () => Promise<T>,
  maxAgeMs?: number,
  now: () => number = Date.now,
): ReadCache<T> {
  let cached: Promise<T> | undefined;
  let readAt = 0;
  return {
    get() {
      if (cached && (maxAgeMs === undefined || now() - readAt < maxAgeMs)) return cached;
      const loading = load().then(deepFreeze);
      cached = loading;
      readAt = now();
      // A failed read is not kept. A write clears `cached`, so a read it overtook is not either.
      loading.catch(() => {
        if (cached === loading) cached = undefined;
      });
      return loading;
    },
    clear() {
      cached = undefined;
    },
  };
}
