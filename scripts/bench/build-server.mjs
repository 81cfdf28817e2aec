// Builds the bench server as `sms-login-server` is built (mock-server/scripts/build.mjs): one
// minified ES module with its dependencies, better-sqlite3 and pg left to load at run time, and
// the template and Action threads beside it. So the bench measures the code users run, not the
// sources under tsx (whose `__name` wrappers alone cost a start about 1 %).
// `node scripts/bench/build-server.mjs [--keep-names]` writes scripts/bench/dist/server.js;
// `--keep-names` leaves it unminified, for profiles that name our functions.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'rolldown';

const here = fileURLToPath(new URL('.', import.meta.url));
const serverSources = join(here, '..', '..', 'mock-server', 'src', 'server');

/** Builds dist/server.js; returns its path. */
export async function buildBenchServer({ minify = true } = {}) {
  const dist = join(here, 'dist');
  rmSync(dist, { recursive: true, force: true });
  await build({
    input: {
      server: join(here, 'server.ts'),
      'template-worker': join(serverSources, 'template-worker.ts'),
      'action-thread': join(serverSources, 'action-thread.ts'),
    },
    platform: 'node',
    external: ['better-sqlite3', 'pg', /^node:/],
    logLevel: 'warn',
    output: { dir: dist, format: 'esm', chunkFileNames: '[name]-[hash].js', minify },
  });
  return join(dist, 'server.js');
}

if (process.argv[1] === fileURLToPath(import.meta.url))
  console.log(await buildBenchServer({ minify: !process.argv.includes('--keep-names') }));
