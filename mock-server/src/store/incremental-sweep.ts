/**
 * Forgets dead entries of a map a few at a time: each call looks at the next `perStep` entries
 * (in the map's order, going round), so the map is kept small without a pass over all of it
 * that would hold up every request waiting behind it.
 */
export function createIncrementalSweep<K, V>(
  map: { entries(): Iterator<[K, V]>; delete(key: K): boolean },
  isDead: (value: V, now: number) => boolean,
  perStep: number,
): (now: number) => void {
  let cursor: Iterator<[K, V]> | undefined;
  return (now) => {
    for (let seen = 0; seen < perStep; seen++) {
      cursor ??= map.entries();
      const next = cursor.next();
      if (next.done) {
        // A round ends here; the next call starts the next one.
        cursor = undefined;
        return;
      }
      const [key, value] = next.value;
      // A Map's iterator goes on past a deletion of the entry it is on.
      if (isDead(value, now)) map.delete(key);
    }
  };
}
