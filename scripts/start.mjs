// `npm start`: the backend on http://localhost:8787 and the demo on http://localhost:5173, the
// server with the workbench's tenant (demo/server/workbench-tenant.mjs).
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { workbenchTenant, workbenchUrl } from '../demo/server/workbench-tenant.mjs';

const origins = { serverOrigin: 'http://localhost:8787', demoOrigin: 'http://localhost:5173' };

// The server's hosted login page loads the built widget (dist/cdn/): build it first.
execFileSync('npx', ['vite', 'build', '--mode', 'cdn', '--logLevel', 'warn'], { stdio: 'inherit' });

// Next to the server's data (./.sms-login), which the repository ignores.
mkdirSync('.sms-login', { recursive: true });
const configFile = join('.sms-login', 'workbench-tenant.json');
writeFileSync(configFile, JSON.stringify(workbenchTenant(origins), null, 2));

const children = [
  // The backend from its sources (tsx), so changes need no build; the package ships it compiled.
  spawn(
    'node',
    [
      '--import',
      'tsx',
      'mock-server/src/bin.ts',
      '--port',
      '8787',
      '--host',
      'localhost',
      '--config',
      configFile,
    ],
    { stdio: 'inherit' },
  ),
  spawn('npx', ['vite', '--port', '5173', '--strictPort'], { stdio: 'inherit' }),
];
console.log(
  `\nThe workbench: ${origins.demoOrigin} (the backend in the page)` +
    `\nAgainst this server, with the hosted login page: ${workbenchUrl(origins)}\n`,
);

let stopping = false;
const stop = (code) => {
  if (stopping) return;
  stopping = true;
  for (const child of children) child.kill('SIGTERM');
  process.exitCode = code;
};
for (const child of children) child.on('exit', (code) => stop(code ?? 0));
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));
