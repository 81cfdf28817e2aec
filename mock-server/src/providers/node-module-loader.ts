import { isAbsolute, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ModuleLoader } from './select.ts';

/**
 * The Node server's module loader for custom phone providers: a relative path is read from
 * `baseDirectory` (the configuration file's folder). Node-only: keep it out of `src/index.ts`.
 */
export function createNodeModuleLoader(baseDirectory: string = process.cwd()): ModuleLoader {
  return (path) =>
    import(pathToFileURL(isAbsolute(path) ? path : resolve(baseDirectory, path)).href);
}
