import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ShardedMap } from '../src/store/sharded-map.ts';

test('a sharded map answers as a Map does: get, has, set, delete, size and every entry once', () => {
  const sharded = new ShardedMap<number>(8);
  const plain = new Map<string, number>();
  for (let index = 0; index < 2000; index++) {
    const key = `sms\u0000+1999${String(index * 7919).padStart(7, '0')}`;
    sharded.set(key, index);
    plain.set(key, index);
  }
  for (const key of [...plain.keys()].filter((_, index) => index % 3 === 0)) {
    assert.equal(sharded.delete(key), true);
    plain.delete(key);
  }
  assert.equal(sharded.delete('absent'), false);
  sharded.set('__proto__', -1);
  plain.set('__proto__', -1);
  assert.equal(sharded.size, plain.size);
  for (const [key, value] of plain) {
    assert.equal(sharded.get(key), value);
    assert.ok(sharded.has(key));
  }
  assert.equal(sharded.get('absent'), undefined);
  const seen = new Map(sharded);
  assert.deepEqual(new Map([...seen].sort()), new Map([...plain].sort()));
  assert.deepEqual(
    [...sharded.values()].sort((a, b) => a - b),
    [...plain.values()].sort((a, b) => a - b),
  );
});

test('a walk goes on past deletions, as a Map’s iterator does', () => {
  const sharded = new ShardedMap<number>(4);
  for (let index = 0; index < 100; index++) sharded.set(`key-${index}`, index);
  let visited = 0;
  for (const [key, value] of sharded.entries()) {
    visited++;
    if (value % 2 === 0) sharded.delete(key);
  }
  assert.equal(visited, 100);
  assert.equal(sharded.size, 50);
  assert.ok([...sharded.values()].every((value) => value % 2 === 1));
});
