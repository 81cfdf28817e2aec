import { NumberColumn, Slots, StringColumn } from './memory-columns.ts';
import type { BucketState } from './token-bucket.ts';
import type { PendingCode } from './types.ts';

/**
 * The memory store's pending codes, one per connection and number, in columns
 * (memory-columns.ts). Reads build a fresh record, so no caller holds what is stored.
 */
export class CodeTable {
  readonly #slots = new Slots();
  readonly #codeHash = new StringColumn();
  readonly #issuedAt = new NumberColumn();
  readonly #expiresAt = new NumberColumn();
  readonly #failedAttempts = new NumberColumn();
  readonly #exhausted = new NumberColumn();

  get size(): number {
    return this.#slots.size;
  }

  slotOf(key: string): number | undefined {
    return this.#slots.of(key);
  }

  issuedAt(slot: number): number {
    return this.#issuedAt.get(slot);
  }

  expiresAt(slot: number): number {
    return this.#expiresAt.get(slot);
  }

  /**
   * The code under `key`. The caller passes the `connection` and `phoneNumber` the key was made
   * from, and the record is labelled with them: they are not stored a second time.
   */
  read(key: string, connection: string, phoneNumber: string): PendingCode | undefined {
    const slot = this.#slots.of(key);
    if (slot === undefined) return undefined;
    return {
      connection,
      phoneNumber,
      codeHash: this.#codeHash.get(slot),
      issuedAt: this.#issuedAt.get(slot),
      expiresAt: this.#expiresAt.get(slot),
      failedAttempts: this.#failedAttempts.get(slot),
      exhausted: this.#exhausted.get(slot) === 1,
    };
  }

  /** Keeps `code` under `key`, in place of the one there; returns its slot. */
  write(key: string, code: PendingCode): number {
    const slot = this.#slots.claim(key);
    this.#codeHash.set(slot, code.codeHash);
    this.#issuedAt.set(slot, code.issuedAt);
    this.#expiresAt.set(slot, code.expiresAt);
    this.#failedAttempts.set(slot, code.failedAttempts);
    this.#exhausted.set(slot, code.exhausted ? 1 : 0);
    return slot;
  }

  delete(key: string): boolean {
    const slot = this.#slots.release(key);
    if (slot === undefined) return false;
    this.#codeHash.clear(slot);
    return true;
  }
}

/** The memory store's rate-limit buckets, by bucket name, in columns (memory-columns.ts). */
export class BucketTable {
  readonly #slots = new Slots();
  readonly #tokens = new NumberColumn();
  readonly #updatedAt = new NumberColumn();
  readonly #fullAt = new NumberColumn();

  get size(): number {
    return this.#slots.size;
  }

  slotOf(key: string): number | undefined {
    return this.#slots.of(key);
  }

  fullAt(slot: number): number {
    return this.#fullAt.get(slot);
  }

  read(key: string): BucketState | undefined {
    const slot = this.#slots.of(key);
    if (slot === undefined) return undefined;
    return {
      tokens: this.#tokens.get(slot),
      updatedAt: this.#updatedAt.get(slot),
      fullAt: this.#fullAt.get(slot),
    };
  }

  /** Keeps `state` under `key`; returns its slot. */
  write(key: string, state: BucketState): number {
    const slot = this.#slots.claim(key);
    this.#tokens.set(slot, state.tokens);
    this.#updatedAt.set(slot, state.updatedAt);
    this.#fullAt.set(slot, state.fullAt);
    return slot;
  }

  delete(key: string): boolean {
    return this.#slots.release(key) !== undefined;
  }
}
