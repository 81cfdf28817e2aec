/**
 * A string-keyed map kept as many small maps, chosen by a hash of the key. V8 grows a Map by
 * copying every entry into one twice the size, in one step: past half a million entries that one
 * insert holds the thread for a tenth of a second, and every request waiting behind it. Split in
 * 64, each copy is a 64th of that. Iteration goes shard by shard (insertion order within each);
 * no caller of the memory store relies on an order across keys.
 */
export class ShardedMap<V> {
  readonly #shards: Map<string, V>[];

  constructor(shardCount = 64) {
    this.#shards = Array.from({ length: shardCount }, () => new Map<string, V>());
  }

  #shardOf(key: string): Map<string, V> {
    // FNV-1a over the UTF-16 code units: cheap, and spreads keys that differ in one digit.
    let hash = 0x811c9dc5;
    for (let index = 0; index < key.length; index++)
      hash = Math.imul(hash ^ key.charCodeAt(index), 0x01000193);
    return this.#shards[(hash >>> 0) % this.#shards.length]!;
  }

  get(key: string): V | undefined {
    return this.#shardOf(key).get(key);
  }

  has(key: string): boolean {
    return this.#shardOf(key).has(key);
  }

  set(key: string, value: V): this {
    this.#shardOf(key).set(key, value);
    return this;
  }

  delete(key: string): boolean {
    return this.#shardOf(key).delete(key);
  }

  get size(): number {
    let size = 0;
    for (const shard of this.#shards) size += shard.size;
    return size;
  }

  /** Live, as a Map's: entries deleted or added during the walk are seen as a Map would. */
  *entries(): Generator<[string, V]> {
    for (const shard of this.#shards) yield* shard.entries();
  }

  *values(): Generator<V> {
    for (const shard of this.#shards) yield* shard.values();
  }

  [Symbol.iterator](): Generator<[string, V]> {
    return this.entries();
  }
}
