// `npm run build`: the widget package as it is published.
//   dist/sms-login.js, dist/chunks/   for bundlers: Lit is imported, shared with the app
//   dist/cdn/                         for a <script type="module"> from a CDN: Lit bundled in
//   dist/types/                       declarations (tag and event maps, React's JSX types)
//   dist/react.js                     the empty module behind `sms-login/react`'s types
import { execFileSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';

const run = (command, args) => execFileSync('npx', [command, ...args], { stdio: 'inherit' });
run('vite', ['build', '--logLevel', 'warn', ...process.argv.slice(2)]);
run('vite', ['build', '--mode', 'cdn', '--logLevel', 'warn', ...process.argv.slice(2)]);
run('tsc', ['-p', 'tsconfig.build.json']);
// One declaration per calling code's metadata chunk: 206 files no import reaches (the chunk table
// declares its own type).
rmSync(new URL('../dist/types/generated/phone-metadata/calling-code/', import.meta.url), {
  recursive: true,
  force: true,
});
// One declaration per language: 62 files no import reaches (each is a `Translation`, which the
// package declares).
rmSync(new URL('../dist/types/i18n/translations/', import.meta.url), {
  recursive: true,
  force: true,
});
writeFileSync(
  new URL('../dist/react.js', import.meta.url),
  "// Types only: see react.d.ts ('sms-login/react').\nexport {};\n",
);
