import assert from 'node:assert/strict';
import { describe, it, mock } from 'node:test';
import { endOfTurn } from '../src/adapters/turn-end.ts';

describe('answers held to the end of the turn', () => {
  it('are not released by the microtasks of the turn that made them', async () => {
    let released = false;
    const held = endOfTurn().then(() => (released = true));
    for (let step = 0; step < 20; step++) await Promise.resolve();
    assert.equal(released, false);
    await held;
    assert.equal(released, true);
  });

  it('are released together, by one immediate, after the callbacks already queued', async () => {
    const scheduled = mock.method(globalThis, 'setImmediate');
    try {
      const order: string[] = [];
      setImmediate(() => order.push('queued before'));
      const answers = Array.from({ length: 10 }, (_, index) =>
        endOfTurn().then(() => order.push(`answer ${index}`)),
      );
      await Promise.all(answers);
      assert.equal(scheduled.mock.callCount(), 2, 'one for the queued callback, one for the turn');
      assert.deepEqual(order, [
        'queued before',
        ...Array.from({ length: 10 }, (_, index) => `answer ${index}`),
      ]);
    } finally {
      scheduled.mock.restore();
    }
  });

  it('held after a release are released by an immediate of their own', async () => {
    await endOfTurn();
    const scheduled = mock.method(globalThis, 'setImmediate');
    try {
      const next = endOfTurn();
      assert.equal(
        scheduled.mock.callCount(),
        1,
        'the release left no answer waiting, so this one schedules the next turn’s release',
      );
      const outcome = await Promise.race([
        next.then(() => 'released'),
        new Promise((resolve) => setTimeout(resolve, 100, 'still held')),
      ]);
      assert.equal(outcome, 'released');
    } finally {
      scheduled.mock.restore();
    }
  });
});
