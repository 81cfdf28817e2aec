// `npm run build`: the package as it is published, in dist/.
//   dist/**/*.js, *.d.ts   the library, compiled file by file by tsc (ESM and declarations)
//   dist/bin/              the sms-login-server command, bundled with its dependencies into
//                          one file so that Node starts it without resolving hundreds of modules,
//                          and the thread that renders its message templates
// tsc rewrites the sources' `.ts` imports to `.js` in the JavaScript but not in the declarations,
// so this rewrites those too: consumers resolve `./x.js` to `./x.d.ts`.
//   dist/widget/           the self-contained <sms-login> build that the hosted login page loads
//                          (the repository's dist/cdn/, built first if missing)
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'rolldown';

const root = fileURLToPath(new URL('../', import.meta.url));
const dist = join(root, 'dist');
rmSync(dist, { recursive: true, force: true });
execFileSync('npx', ['tsc', '-p', join(root, 'tsconfig.build.json')], {
  cwd: root,
  stdio: 'inherit',
});

const relativeTsImport = /(from\s+|import\s*\(\s*)(['"])(\.{1,2}\/[^'"]+)\.ts\2/g;
for (const entry of readdirSync(dist, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !entry.name.endsWith('.d.ts')) continue;
  const file = join(entry.parentPath, entry.name);
  const text = readFileSync(file, 'utf8');
  const rewritten = text.replace(relativeTsImport, '$1$2$3.js$2');
  if (rewritten !== text) writeFileSync(file, rewritten);
}

await build({
  // The template and Action threads are entries too: the command starts them from beside itself.
  input: {
    'sms-login-server': join(root, 'src/bin.ts'),
    'template-worker': join(root, 'src/server/template-worker.ts'),
    'action-thread': join(root, 'src/server/action-thread.ts'),
  },
  platform: 'node',
  // better-sqlite3 (a native module) and pg are optional peers: found at run time, never bundled.
  external: ['better-sqlite3', 'pg', /^node:/],
  logLevel: 'warn',
  output: {
    dir: join(dist, 'bin'),
    format: 'esm',
    banner: '#!/usr/bin/env node',
    chunkFileNames: '[name]-[hash].js',
    minify: true,
  },
});

const widget = join(root, '..', 'dist', 'cdn');
if (!existsSync(join(widget, 'sms-login.js')))
  execFileSync('npx', ['vite', 'build', '--mode', 'cdn', '--logLevel', 'warn'], {
    cwd: join(root, '..'),
    stdio: 'inherit',
  });
cpSync(widget, join(dist, 'widget'), {
  recursive: true,
  filter: (source) => !source.includes('.vite'),
});
