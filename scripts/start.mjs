// `npm start`: the backend on http://localhost:8787 and the demo on http://localhost:5173.
import { execFileSync, spawn } from 'node:child_process';

// The server's hosted login page loads the built widget (dist/cdn/): build it first.
execFileSync('npx', ['vite', 'build', '--mode', 'cdn', '--logLevel', 'warn'], { stdio: 'inherit' });

const children = [
  // The backend from its sources (tsx), so changes need no build; the package ships it compiled.
  spawn(
    'node',
    ['--import', 'tsx', 'mock-server/src/bin.ts', '--port', '8787', '--host', 'localhost'],
    { stdio: 'inherit' },
  ),
  spawn('npx', ['vite', '--port', '5173', '--strictPort'], { stdio: 'inherit' }),
];

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
