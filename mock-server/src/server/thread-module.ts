import { Worker } from 'node:worker_threads';

/**
 * Starts threads on a module of this folder, named without its extension. The compiled package
 * and the bundled command keep it beside this one as .js; the repository runs the .ts sources
 * under tsx, whose loader a thread does not inherit: there the thread registers it first.
 */
export function threadStarter(name: string): () => Worker {
  if (!import.meta.url.endsWith('.ts'))
    return () => new Worker(new URL(`./${name}.js`, import.meta.url));
  const source = new URL(`./${name}.ts`, import.meta.url).href;
  const tsx = import.meta.resolve('tsx/esm/api');
  const bootstrap = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(source)}); });`;
  return () => new Worker(bootstrap, { eval: true });
}
