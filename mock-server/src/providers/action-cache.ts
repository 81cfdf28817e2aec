/** One entry of `api.cache`, as Actions return it. */
export interface CacheRecord {
  value: string;
  expires_at: number;
}

export type CacheWriteResult =
  | { type: 'success'; record: CacheRecord }
  | { type: 'error'; code: 'invalid_value' | 'invalid_key' | 'too_many_entries' };

/** `api.cache` of the custom phone provider: small string values that outlive one call. */
export interface ActionCache {
  get(key: string): CacheRecord | undefined;
  set(
    key: string,
    value: string,
    options?: { ttl?: number; expires_at?: number },
  ): CacheWriteResult;
  delete(key: string): { type: 'success' };
}

export const CACHE_LIMITS = {
  entries: 20,
  keyLength: 256,
  valueLength: 2048,
  /** 15 minutes by default, at most a day (ms). */
  defaultTtlMs: 15 * 60_000,
  maxTtlMs: 24 * 60 * 60_000,
} as const;

export function createActionCache(now: () => number): ActionCache {
  const entries = new Map<string, CacheRecord>();
  const live = (key: string): CacheRecord | undefined => {
    const record = entries.get(key);
    if (record && record.expires_at <= now()) entries.delete(key);
    return entries.get(key);
  };
  return {
    get: (key) => {
      const record = live(String(key));
      return record && { ...record };
    },
    set(key, value, options = {}) {
      if (typeof key !== 'string' || !key || key.length > CACHE_LIMITS.keyLength)
        return { type: 'error', code: 'invalid_key' };
      if (typeof value !== 'string' || value.length > CACHE_LIMITS.valueLength)
        return { type: 'error', code: 'invalid_value' };
      for (const existing of entries.keys()) live(existing);
      if (!entries.has(key) && entries.size >= CACHE_LIMITS.entries)
        return { type: 'error', code: 'too_many_entries' };
      const latest = now() + CACHE_LIMITS.maxTtlMs;
      const wanted = options.expires_at ?? now() + (options.ttl ?? CACHE_LIMITS.defaultTtlMs);
      const record = { value, expires_at: Math.min(Number(wanted) || latest, latest) };
      entries.set(key, record);
      return { type: 'success', record: { ...record } };
    },
    delete(key) {
      entries.delete(String(key));
      return { type: 'success' };
    },
  };
}
