const SHARD_BITS = 8;
export const SHARDS = 1 << SHARD_BITS;

/**
 * The shard of a key, from a multiplicative hash of its last eight characters: the part that
 * differs between phone numbers, addresses and random ids.
 *
 * @internal Exported for the distribution test.
 */
export const shardOf = (key: string): number => {
  let hash = 0;
  for (let index = Math.max(0, key.length - 8); index < key.length; index++)
    hash = Math.imul(hash ^ key.charCodeAt(index), 0x9e3779b1);
  return hash >>> (32 - SHARD_BITS);
};

/**
 * A `Map` with string keys, kept as 256 small ones. V8 grows a Map by rehashing all of it at
 * once: at a million entries that held every request up for 70–90 ms, at each doubling. Here
 * each growth moves a 256th of the entries. Iteration goes shard by shard, each in insertion
 * order, and like a Map's goes on past a deletion of the entry it is on.
 */
export class ShardedMap<V> {
  // Made at their first entry: a store has several of these, and tests make many stores.
  readonly #shards: (Map<string, V> | undefined)[] = Array.from(
    { length: SHARDS },
    () => undefined,
  );
  #size = 0;

  get size(): number {
    return this.#size;
  }

  get(key: string): V | undefined {
    return this.#shards[shardOf(key)]?.get(key);
  }

  has(key: string): boolean {
    return this.#shards[shardOf(key)]?.has(key) ?? false;
  }

  set(key: string, value: V): this {
    const index = shardOf(key);
    const shard = (this.#shards[index] ??= new Map());
    const before = shard.size;
    shard.set(key, value);
    this.#size += shard.size - before;
    return this;
  }

  delete(key: string): boolean {
    const deleted = this.#shards[shardOf(key)]?.delete(key) ?? false;
    if (deleted) this.#size--;
    return deleted;
  }

  entries(): IterableIterator<[string, V]> {
    return this.#walk((shard) => shard.entries());
  }

  values(): IterableIterator<V> {
    return this.#walk((shard) => shard.values());
  }

  keys(): IterableIterator<string> {
    return this.#walk((shard) => shard.keys());
  }

  [Symbol.iterator](): IterableIterator<[string, V]> {
    return this.entries();
  }

  /**
   * One shard's iterator after another. Written out rather than as a generator: the memory
   * store's sweeps step through these a few entries per write, and a generator's resumption
   * (with `yield*`) cost more than the Map lookups around it.
   */
  #walk<T>(open: (shard: Map<string, V>) => Iterator<T>): IterableIterator<T> {
    const shards = this.#shards;
    let next = 0;
    let current: Iterator<T> | undefined;
    const iterator: IterableIterator<T> = {
      next() {
        for (;;) {
          if (current) {
            const step = current.next();
            if (!step.done) return step;
            current = undefined;
          }
          while (next < shards.length && !shards[next]) next++;
          if (next === shards.length) return { done: true, value: undefined };
          current = open(shards[next++]!);
        }
      },
      [Symbol.iterator]: () => iterator,
    };
    return iterator;
  }
}
