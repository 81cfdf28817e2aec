import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { NumberColumn, Slots, StringColumn } from '../src/store/memory-columns.ts';
import { BucketTable, CodeTable } from '../src/store/memory-tables.ts';
import type { BucketState } from '../src/store/token-bucket.ts';
import type { PendingCode } from '../src/store/types.ts';

/** A fixed pseudo-random sequence (32-bit, so no bit is lost to rounding): the same every run. */
function sequence(seed: number): () => number {
  return () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 8;
}

// More keys than a column chunk holds (4,096), so reads and writes cross chunks.
const KEYS = 6000;

describe('memory store columns', () => {
  test('a released slot is handed out again before a new one', () => {
    const slots = new Slots();
    const first = slots.claim('a');
    const second = slots.claim('b');
    assert.notEqual(first, second);
    assert.equal(slots.claim('a'), first, 'a key keeps its slot');
    assert.equal(slots.release('a'), first);
    assert.equal(slots.release('a'), undefined, 'released once');
    assert.equal(slots.of('a'), undefined);
    assert.equal(slots.claim('c'), first);
    assert.equal(slots.size, 2);
  });

  test('numbers keep their full precision and strings their value, past a chunk', () => {
    const numbers = new NumberColumn();
    const strings = new StringColumn();
    for (const slot of [0, 4095, 4096, 9000]) {
      numbers.set(slot, 1_733_356_800_123.5 + slot);
      strings.set(slot, `s${slot}`);
    }
    for (const slot of [0, 4095, 4096, 9000]) {
      assert.equal(numbers.get(slot), 1_733_356_800_123.5 + slot);
      assert.equal(strings.get(slot), `s${slot}`);
    }
    strings.clear(4096);
    assert.equal(strings.get(4096), '');
  });
});

describe('CodeTable and BucketTable', () => {
  test('answer as a Map of records would, through writes, overwrites and deletes', () => {
    const next = sequence(11);
    const codes = new CodeTable();
    const buckets = new BucketTable();
    const codeModel = new Map<string, PendingCode>();
    const bucketModel = new Map<string, BucketState>();
    for (let step = 0; step < 40_000; step++) {
      const phoneNumber = `+1888${String(next() % KEYS).padStart(7, '0')}`;
      const key = `sms\u0000${phoneNumber}`;
      const action = next() % 4;
      if (action === 0) {
        assert.equal(codes.delete(key), codeModel.delete(key));
        assert.equal(buckets.delete(key), bucketModel.delete(key));
      } else {
        const code: PendingCode = {
          connection: 'sms',
          phoneNumber,
          codeHash: next().toString(16),
          issuedAt: 1_733_356_800_000 + step,
          expiresAt: 1_733_357_100_000 + step,
          failedAttempts: next() % 3,
          exhausted: next() % 2 === 0,
        };
        const state: BucketState = {
          tokens: (next() % 1000) / 7,
          updatedAt: 1_733_356_800_000 + step,
          fullAt: 1_733_356_900_000 + step,
        };
        const slot = codes.write(key, code);
        assert.equal(codes.slotOf(key), slot);
        codeModel.set(key, code);
        buckets.write(key, state);
        bucketModel.set(key, state);
      }
      assert.deepEqual(codes.read(key, 'sms', phoneNumber), codeModel.get(key));
      assert.deepEqual(buckets.read(key), bucketModel.get(key));
    }
    // The run reached past a column chunk (4,096 slots) and wrote both kinds of code.
    assert.ok(codeModel.size > 4096, `only ${codeModel.size} codes at the end`);
    const exhausted = [...codeModel.values()].filter((code) => code.exhausted).length;
    assert.ok(exhausted > 0 && exhausted < codeModel.size);
    assert.equal(codes.size, codeModel.size);
    assert.equal(buckets.size, bucketModel.size);
    for (const [key, code] of codeModel) {
      assert.deepEqual(codes.read(key, code.connection, code.phoneNumber), code);
      const slot = codes.slotOf(key)!;
      assert.equal(codes.issuedAt(slot), code.issuedAt);
      assert.equal(codes.expiresAt(slot), code.expiresAt);
    }
    for (const [key, state] of bucketModel) {
      assert.deepEqual(buckets.read(key), state);
      assert.equal(buckets.fullAt(buckets.slotOf(key)!), state.fullAt);
    }
  });

  test('a read is a copy: changing it changes nothing stored', () => {
    const codes = new CodeTable();
    const code: PendingCode = {
      connection: 'sms',
      phoneNumber: '+15555550100',
      codeHash: 'ab',
      issuedAt: 1,
      expiresAt: 2,
      failedAttempts: 0,
      exhausted: false,
    };
    codes.write('k', code);
    const read = codes.read('k', 'sms', '+15555550100')!;
    read.failedAttempts = 5;
    read.exhausted = true;
    assert.deepEqual(codes.read('k', 'sms', '+15555550100'), code);
  });
});
