import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createMemoryStore } from '../src/store/memory.ts';
import { describeStoreContract, outboxMessage } from './store-contract.ts';

describeStoreContract('memory', async () => ({
  store: createMemoryStore(),
  close: async () => {},
}));

describe('memory store', () => {
  test('keeps at most outboxLimit messages, dropping the oldest', async () => {
    const store = createMemoryStore({ outboxLimit: 2 });
    for (const id of ['a', 'b', 'c']) await store.appendOutboxMessage(outboxMessage(id));
    assert.deepEqual(
      (await store.listOutboxMessages({ limit: 10 })).map((message) => message.id),
      ['c', 'b'],
    );
  });
});
