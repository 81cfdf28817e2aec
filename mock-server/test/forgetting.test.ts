import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createForgetting } from '../src/store/forgetting.ts';

/** Entries that die at the time they hold. */
const diesAt = (value: number) => value;

describe('forgetting a map in the order its entries die', () => {
  test('forgets what is due, a few a step, and nothing that is not due', () => {
    const map = new Map([
      ['a', 10],
      ['b', 20],
      ['c', 30],
      ['d', 40],
    ]);
    const forgetting = createForgetting(map, diesAt, 2, { notedAtEveryWrite: false });
    for (const [key, value] of map) forgetting.noted(key, value);
    forgetting.step(35);
    assert.deepEqual([...map.keys()], ['c', 'd'], 'two a step, earliest first');
    forgetting.step(35);
    assert.deepEqual([...map.keys()], ['d']);
    forgetting.step(35);
    assert.deepEqual([...map.keys()], ['d']);
  });

  test('a key noted when new and written later is queued again at its new time', () => {
    const map = new Map([['bucket', 10]]);
    const forgetting = createForgetting(map, diesAt, 4, { notedAtEveryWrite: false });
    forgetting.noted('bucket', 10);
    map.set('bucket', 50); // taken again: full later
    forgetting.step(20);
    assert.equal(map.get('bucket'), 50, 'alive at its first time: kept');
    forgetting.step(49);
    assert.equal(map.get('bucket'), 50);
    forgetting.step(50);
    assert.equal(map.has('bucket'), false, 'forgotten at its new time');
  });

  test('a key noted at every write leaves one entry per write, each stale one skipped', () => {
    const map = new Map<string, number>();
    const forgetting = createForgetting(map, diesAt, 10, { notedAtEveryWrite: true });
    for (const at of [10, 20, 30]) {
      map.set('code', at);
      forgetting.noted('code', at);
    }
    forgetting.step(25);
    assert.equal(map.get('code'), 30, 'the entries of 10 and 20 were stale');
    map.delete('code'); // redeemed
    map.set('code', 100);
    forgetting.noted('code', 100);
    forgetting.step(30);
    assert.equal(map.get('code'), 100, 'the deleted code’s entry does not touch the new one');
    forgetting.step(100);
    assert.equal(map.has('code'), false);
  });
});
