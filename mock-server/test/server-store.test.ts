import assert from 'node:assert/strict';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { openServerStore } from '../src/server/store.ts';

describe('the server data directory', () => {
  it('is readable by its owner only, and so is the database', async () => {
    const parent = await mkdtemp(join(tmpdir(), 'sms-login-data-'));
    const dataDir = join(parent, 'data');
    const opened = await openServerStore(dataDir);
    try {
      await opened.store.getOrCreateSecret('probe', async () => 'x');
      assert.equal((await stat(dataDir)).mode & 0o777, 0o700);
      assert.equal((await stat(opened.filename!)).mode & 0o777, 0o600);
    } finally {
      opened.close();
      await rm(parent, { recursive: true, force: true });
    }
  });
});
