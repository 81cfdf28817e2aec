import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readCache } from '../src/tenant/read-cache.ts';

const counting = () => {
  let reads = 0;
  return { load: async () => ({ read: ++reads }), reads: () => reads };
};

test('without an age limit a value is kept until cleared', async () => {
  const source = counting();
  let now = 0;
  const cache = readCache(source.load, undefined, () => now);
  assert.deepEqual(await cache.get(), { read: 1 });
  now = 3_600_000;
  assert.deepEqual(await cache.get(), { read: 1 });
  cache.clear();
  assert.deepEqual(await cache.get(), { read: 2 });
});

test('with an age limit a value is read again once that old, and not before', async () => {
  const source = counting();
  let now = 0;
  const cache = readCache(source.load, 1000, () => now);
  assert.deepEqual(await cache.get(), { read: 1 });
  now = 999;
  assert.deepEqual(await cache.get(), { read: 1 });
  now = 1000;
  assert.deepEqual(await cache.get(), { read: 2 });
  assert.equal(source.reads(), 2);
});
