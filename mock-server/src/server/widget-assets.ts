import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { WidgetAssetLoader } from '../routes/hosted-login.ts';

// This file runs from src/server/, dist/server/ or dist/bin/: two folders below the package.
const PACKAGE_ROOT = new URL('../../', import.meta.url);
/**
 * The self-contained build of `<sms-login>`: the repository's own, when there is one (it is the
 * current one while the widget is being changed), else the copy shipped in the package.
 */
const CANDIDATES = [new URL('../dist/cdn/', PACKAGE_ROOT), new URL('dist/widget/', PACKAGE_ROOT)];

async function load(path: string): Promise<Uint8Array<ArrayBuffer> | undefined> {
  for (const folder of CANDIDATES) {
    try {
      const bytes = await readFile(fileURLToPath(new URL(path, folder)));
      return new Uint8Array(bytes);
    } catch {
      // not in this folder
    }
  }
  return undefined;
}

/**
 * Reads the built widget for the hosted login page. Paths are checked by the route
 * (`sms-login.js`, `chunks/<name>.js`); files found are read once and kept, names not found are
 * not, so requests for made-up names cannot grow the cache.
 */
export function createWidgetAssetLoader(): WidgetAssetLoader {
  const cache = new Map<string, Promise<Uint8Array<ArrayBuffer> | undefined>>();
  return (path) => {
    let pending = cache.get(path);
    if (!pending) {
      pending = load(path);
      cache.set(path, pending);
      pending.then((bytes) => bytes ?? cache.delete(path));
    }
    return pending;
  };
}
