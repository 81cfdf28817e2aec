// Profiles the bench server under wrk load: `node scripts/bench/profile.mjs <start|token|login> [seconds]`.
// Runs server.ts with the V8 CPU profiler (what `--cpu-prof` runs, but started after seeding so
// the profile holds the load alone), pinned like the bench, then prints the functions with the
// most self time and the heaviest files. The .cpuprofile stays in the printed directory (open it
// in Chrome DevTools for the call tree).
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const root = join(here, '..', '..');
const [scenario = 'start', secondsText = '8', store = 'memory'] = process.argv.slice(2);
const dir = mkdtempSync(join(tmpdir(), 'sms-login-profile-'));

const server = spawn(
  'taskset',
  [
    '-c',
    '0',
    process.execPath,
    '--import',
    'tsx',
    'server.ts',
    store,
    '20000',
    join(dir, 'bench.db'),
  ],
  {
    cwd: here,
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, SMS_LOGIN_BENCH_PROFILE: join(dir, 'server.cpuprofile') },
  },
);
const port = await new Promise((resolve, reject) => {
  let output = '';
  server.stdout.on('data', (chunk) => {
    output += chunk;
    const match = /READY (\d+)/.exec(output);
    if (match) resolve(Number(match[1]));
  });
  server.once('exit', () => reject(new Error('server exited early')));
});

const script = join(dir, `${scenario}.lua`);
writeFileSync(
  script,
  readFileSync(join(here, 'lua', 'report.lua'), 'utf8') +
    readFileSync(join(here, 'lua', `${scenario}.lua`), 'utf8'),
);
const output = execFileSync(
  'taskset',
  [
    '-c',
    '1',
    'wrk',
    '-t1',
    '-c50',
    `-d${secondsText}s`,
    '-s',
    script,
    `http://127.0.0.1:${port}`,
    '--',
    '0',
  ],
  { encoding: 'utf8' },
);
console.log(output.split('\n').find((line) => line.startsWith('BENCH ')));
await new Promise((resolve) => {
  server.once('exit', resolve);
  server.kill('SIGTERM');
});

const file = readdirSync(dir).find((name) => name.endsWith('.cpuprofile'));
const profile = JSON.parse(readFileSync(join(dir, file), 'utf8'));
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const self = new Map();
const deltas = profile.timeDeltas;
for (let index = 0; index < profile.samples.length; index++) {
  const node = byId.get(profile.samples[index]);
  node.selfUs = (node.selfUs ?? 0) + (deltas[index] ?? 0);
}
let total = 0;
const files = new Map();
for (const node of profile.nodes) {
  const us = node.selfUs ?? 0;
  total += us;
  const { functionName, url, lineNumber } = node.callFrame;
  const where = url.startsWith('file:')
    ? relative(root, fileURLToPath(url))
    : url.startsWith('/')
      ? relative(root, url)
      : url;
  const key = `${functionName || '(anonymous)'} ${where}${where ? `:${lineNumber + 1}` : ''}`;
  self.set(key, (self.get(key) ?? 0) + us);
  const group = where
    ? where.replace(/^node_modules\/((@[^/]+\/)?[^/]+).*/, 'node_modules/$1')
    : node.callFrame.functionName || '(native)';
  files.set(group, (files.get(group) ?? 0) + us);
}
const top = (map, count) =>
  [...map.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([key, us]) => `${((us / total) * 100).toFixed(1).padStart(5)} %  ${key}`)
    .join('\n');
console.log(`\nSelf time, top functions (${dir}/${file}):\n${top(self, 30)}`);
console.log(`\nSelf time by file or package:\n${top(files, 20)}`);
