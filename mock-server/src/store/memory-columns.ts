import { ShardedMap } from './sharded-map.ts';

/**
 * Columnar storage for the memory store's fixed-shape records (pending codes, rate-limit
 * buckets): each key owns a slot number, and each field is a column indexed by it.
 *
 * Why not an object per record: every start keeps a code and two buckets for an hour, and V8's
 * major collection visits each object that is alive. As objects a record was three to five of
 * them (the record, its out-of-object properties, a heap number per timestamp); here the numbers
 * sit unboxed in typed arrays and a slot is a small integer, so what a record adds to the heap is
 * its key (and a code's hash). Columns grow by chunks, so no write copies a whole column.
 */
const CHUNK_BITS = 12;
const CHUNK_SIZE = 1 << CHUNK_BITS;
const IN_CHUNK = CHUNK_SIZE - 1;

/** The slot of each key, with the slots of deleted keys handed out again. */
export class Slots {
  readonly #byKey = new ShardedMap<number>();
  readonly #free: number[] = [];
  #issued = 0;

  get size(): number {
    return this.#byKey.size;
  }

  of(key: string): number | undefined {
    return this.#byKey.get(key);
  }

  /** The slot of `key`, a free one given to it if it has none. */
  claim(key: string): number {
    const held = this.#byKey.get(key);
    if (held !== undefined) return held;
    const slot = this.#free.pop() ?? this.#issued++;
    this.#byKey.set(key, slot);
    return slot;
  }

  /** Takes `key`'s slot back; returns it, for the columns to let go of what they hold there. */
  release(key: string): number | undefined {
    const slot = this.#byKey.get(key);
    if (slot === undefined) return undefined;
    this.#byKey.delete(key);
    this.#free.push(slot);
    return slot;
  }
}

/** A number per slot, kept unboxed (64-bit floats: timestamps in ms, fractional tokens). */
export class NumberColumn {
  readonly #chunks: Float64Array[] = [];

  get(slot: number): number {
    return this.#chunks[slot >>> CHUNK_BITS]![slot & IN_CHUNK]!;
  }

  set(slot: number, value: number): void {
    (this.#chunks[slot >>> CHUNK_BITS] ??= new Float64Array(CHUNK_SIZE))[slot & IN_CHUNK] = value;
  }
}

/** A string per slot; a released slot is cleared so the column does not keep its string alive. */
export class StringColumn {
  readonly #chunks: string[][] = [];

  get(slot: number): string {
    return this.#chunks[slot >>> CHUNK_BITS]![slot & IN_CHUNK]!;
  }

  set(slot: number, value: string): void {
    const chunk = (this.#chunks[slot >>> CHUNK_BITS] ??= Array.from(
      { length: CHUNK_SIZE },
      () => '',
    ));
    chunk[slot & IN_CHUNK] = value;
  }

  clear(slot: number): void {
    this.set(slot, '');
  }
}
