import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createMemoryStore } from '../src/store/memory.ts';
import { EXPIRED_CODE_GRACE_MS, SWEEP_STEP } from '../src/store/retention.ts';
import { describeStoreContract, outboxMessage } from './store-contract.ts';

describeStoreContract('memory', async () => ({
  store: createMemoryStore(),
  close: async () => {},
}));

/** A pending code for the sms connection, issued a second before it expires. */
const pendingCode = (phoneNumber: string, expiresAt: number) => ({
  connection: 'sms',
  phoneNumber,
  codeHash: 'ab',
  issuedAt: expiresAt - 1000,
  expiresAt,
  failedAttempts: 0,
  exhausted: false,
});

describe('memory store', () => {
  test('keeps at most outboxLimit messages, dropping the oldest', async () => {
    const store = createMemoryStore({ outboxLimit: 2 });
    for (const id of ['a', 'b', 'c']) await store.appendOutboxMessage(outboxMessage(id));
    assert.deepEqual(
      (await store.listOutboxMessages({ limit: 10 })).map((message) => message.id),
      ['c', 'b'],
    );
  });

  test('later writes forget codes past their grace a few at a time, and keep the others', async () => {
    const store = createMemoryStore();
    const now = 10 * EXPIRED_CODE_GRACE_MS;
    const stale = Array.from(
      { length: 100 },
      (_, index) => `+1201555${String(index).padStart(4, '0')}`,
    );
    for (const phone of stale)
      await store.saveIssuedCode(pendingCode(phone, now - EXPIRED_CODE_GRACE_MS - 1));
    await store.saveIssuedCode(pendingCode('+12025550199', now - 1));
    assert.ok(await store.findPendingCode('sms', stale[0]!), 'kept until a write sweeps it');
    // The 100 are due; each write forgets SWEEP_STEP of them.
    for (let write = 0; write < Math.ceil(101 / SWEEP_STEP); write++)
      await store.takeRateLimitToken({ bucket: `b${write}`, capacity: 5, refillPerMs: 1, now });
    for (const phone of stale) assert.equal(await store.findPendingCode('sms', phone), undefined);
    assert.ok(await store.findPendingCode('sms', '+12025550199'), 'expired within its grace: kept');
  });

  test('a bucket taken again before it refills is forgotten at its new time, not its first', async () => {
    const store = createMemoryStore();
    // Capacity 2, a token back every 1000 ms: one take makes it full again 1000 ms later.
    const take = (bucket: string, now: number) =>
      store.takeRateLimitToken({ bucket, capacity: 2, refillPerMs: 1 / 1000, now });
    await take('kept', 0);
    await take('kept', 900); // full again at 1900, not 1000
    await take('other', 0);
    for (let now = 1000; now < 1010; now++) await take(`later:${now}`, now);
    // Were 'kept' forgotten at 1000, it would have both tokens at 1500; it has one and a half.
    assert.equal((await take('kept', 1500)).remaining, 0);
  });

  test('deleteExpiredDocuments goes by the latest write of each document', async () => {
    const store = createMemoryStore();
    await store.putDocument('sessions', 'moved', { expiresAt: 10 });
    await store.putDocument('sessions', 'moved', { expiresAt: 10_000 });
    await store.putDocument('sessions', 'extended', { expiresAt: 10 });
    await store.updateDocument<{ expiresAt: number }>('sessions', 'extended', () => ({
      expiresAt: 20_000,
    }));
    await store.putDocument('sessions', 'gone', { expiresAt: 10 });
    await store.deleteDocument('sessions', 'gone');
    await store.putDocument('sessions', 'old', { expiresAt: 10 });
    assert.equal(await store.deleteExpiredDocuments(5000), 1);
    assert.equal(await store.getDocument('sessions', 'old'), undefined);
    assert.deepEqual(await store.getDocument('sessions', 'moved'), { expiresAt: 10_000 });
    assert.deepEqual(await store.getDocument('sessions', 'extended'), { expiresAt: 20_000 });
    // Thousands of rewrites of one document (a sliding expiry) count it once.
    for (let at = 1; at <= 5000; at++)
      await store.putDocument('sessions', 'sliding', { expiresAt: at });
    await store.putDocument('sessions', 'sliding', { expiresAt: 30_000 });
    assert.equal(await store.deleteExpiredDocuments(15_000), 1);
    assert.deepEqual(await store.getDocument('sessions', 'sliding'), { expiresAt: 30_000 });
    assert.equal(await store.deleteExpiredDocuments(40_000), 2);
  });
});
