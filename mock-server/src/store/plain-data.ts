/**
 * A copy of a stored value, so that no caller holds the store's own objects. Stored values are
 * plain JSON data (records, arrays, strings, numbers, booleans, null), which this copies several
 * times faster than `structuredClone`.
 */
export function clone<T>(value: T): T {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(clone) as T;
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const inner = clone((value as Record<string, unknown>)[key]);
    // A `__proto__` key (a user's metadata may have one) stays an own property.
    if (key === '__proto__')
      Object.defineProperty(copy, key, {
        value: inner,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    else copy[key] = inner;
  }
  return copy as T;
}
