import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { SHARDS, ShardedMap, shardOf } from '../src/store/sharded-map.ts';

describe('ShardedMap', () => {
  test('answers as a Map would, through sets, overwrites and deletes', () => {
    const sharded = new ShardedMap<number>();
    const plain = new Map<string, number>();
    // A fixed pseudo-random sequence: the same run every time.
    let seed = 7;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 8;
    for (let step = 0; step < 20_000; step++) {
      const key = `sms\u0000+1888${String(next() % 3000).padStart(7, '0')}`;
      if (next() % 3 === 0) assert.equal(sharded.delete(key), plain.delete(key));
      else {
        sharded.set(key, step);
        plain.set(key, step);
      }
      assert.equal(sharded.get(key), plain.get(key));
      assert.equal(sharded.has(key), plain.has(key));
    }
    assert.equal(sharded.size, plain.size);
    assert.deepEqual(new Map(sharded.entries()), plain);
    assert.deepEqual(new Set(sharded.keys()), new Set(plain.keys()));
    assert.deepEqual([...sharded.values()].sort(), [...plain.values()].sort());
  });

  test('keys of any length, the empty one too', () => {
    const map = new ShardedMap<string>();
    for (const key of ['', 'a', 'ab', 'abc', 'abcd']) map.set(key, key);
    for (const key of ['', 'a', 'ab', 'abc', 'abcd']) assert.equal(map.get(key), key);
    assert.equal(map.size, 5);
    assert.equal(map.delete('nope'), false);
    assert.equal(map.size, 5);
  });

  test('an entry deleted while iterating is left out, and iteration goes on', () => {
    const map = new ShardedMap<number>();
    for (let index = 0; index < 1000; index++) map.set(`key-${index}`, index);
    const seen: number[] = [];
    for (const [key, value] of map) {
      seen.push(value);
      if (value % 2 === 0) map.delete(key);
    }
    assert.equal(seen.length, 1000);
    assert.equal(map.size, 500);
    assert.ok([...map.values()].every((value) => value % 2 === 1));
  });

  test('numbers, addresses and ids spread over the shards', () => {
    const families = {
      'consecutive numbers': (index: number) => `sms\u0000+1888${String(index).padStart(7, '0')}`,
      'numbers per address': (index: number) =>
        `ip-number:203.0.113.7:sms:+4479${String(index).padStart(8, '0')}`,
      addresses: (index: number) =>
        `start-ip:10.${(index >> 16) & 255}.${(index >> 8) & 255}.${index & 255}`,
      'hex ids': (index: number) => `sms|${(index * 2654435761).toString(16).padStart(24, '0')}`,
    };
    const count = 100_000;
    for (const [family, keyOf] of Object.entries(families)) {
      const sizes = Array.from({ length: SHARDS }, () => 0);
      for (let index = 0; index < count; index++) sizes[shardOf(keyOf(index))]!++;
      // No shard holds more than three times its share: each growth stays small.
      assert.ok(Math.max(...sizes) <= (3 * count) / SHARDS, `${family}: ${Math.max(...sizes)}`);
    }
  });
});
