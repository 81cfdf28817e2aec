import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CODE_HASH_KEY_SECRET, createCodeHashKeyring } from '../src/otp/code.ts';

/** A store that counts its reads of secrets, failing the first `failures` of them. */
function countingStore(failures = 0) {
  const reads: string[] = [];
  return {
    reads,
    async getOrCreateSecret(name: string, create: () => Promise<string>): Promise<string> {
      reads.push(name);
      if (reads.length <= failures) throw new Error('store unavailable');
      return `stored ${(await create()).length}`;
    },
  };
}

describe('the code hash key', () => {
  it('is read from the store once, by every request after the first as well', async () => {
    const store = countingStore();
    const codeHashKey = createCodeHashKeyring(store);
    const keys = await Promise.all([codeHashKey(), codeHashKey(), codeHashKey()]);
    assert.deepEqual(await codeHashKey(), 'stored 64');
    assert.deepEqual(keys, ['stored 64', 'stored 64', 'stored 64']);
    assert.deepEqual(store.reads, [CODE_HASH_KEY_SECRET]);
  });

  it('is read again after a read that failed', async () => {
    const store = countingStore(1);
    const codeHashKey = createCodeHashKeyring(store);
    await assert.rejects(codeHashKey(), /store unavailable/);
    assert.equal(await codeHashKey(), 'stored 64');
    assert.equal(await codeHashKey(), 'stored 64');
    assert.equal(store.reads.length, 2);
  });
});
