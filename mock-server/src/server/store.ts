import { chmod, mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { createMemoryStore } from '../store/memory.ts';
import type { Store } from '../store/types.ts';

export const DATABASE_FILE = 'sms-login.db';

export interface OpenedStore {
  store: Store;
  name: 'sqlite' | 'memory';
  /** The database file, for SQLite. */
  filename?: string;
  close(): void;
}

/** The SQLite store in `dataDir` (created if missing), or the memory store without one. */
export async function openServerStore(dataDir: string | undefined): Promise<OpenedStore> {
  if (dataDir === undefined) return { store: createMemoryStore(), name: 'memory', close: () => {} };
  // The file holds the signing key, provider credentials and sent messages: owner only.
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  await chmod(dataDir, 0o700);
  // Loaded only here, so `--memory` runs even where the native module is missing.
  const { createSqliteStore } = await import('../store/sqlite.ts');
  const filename = resolve(join(dataDir, DATABASE_FILE));
  const store = createSqliteStore({ filename });
  for (const file of [filename, `${filename}-wal`, `${filename}-shm`])
    await chmod(file, 0o600).catch(() => {});
  return { store, name: 'sqlite', filename, close: () => store.close() };
}
