// Measures sms-login-server as a team runs it: start-up time (spawn → first 200 from /healthz),
// resident memory after start and after 1000 logins (start + read the code + token), for the
// SQLite store and for --memory. Usage: node scripts/measure-server.mjs [logins]
import { execFileSync, spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const LOGINS = Number(process.argv[2] ?? 1000);
// The compiled command, as the package ships it.
execFileSync('npm', ['run', '--silent', 'build', '--workspace', '@sms-login/mock-server'], {
  stdio: 'inherit',
});
const CONCURRENCY = 8;
const unlimited = { burst: 1_000_000, per_hour: 1_000_000 };
const config = {
  domain: 'tenant.example.com',
  clients: [{ client_id: 'spa', name: 'Measure' }],
  connections: [{ name: 'sms', enabled_clients: ['spa'] }],
  dev_routes: true,
  rate_limits: {
    passwordless_start_per_ip: unlimited,
    token_per_ip: unlimited,
    distinct_numbers_per_ip: unlimited,
  },
};

const freePort = () =>
  new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

const rssMiB = async (pid) => {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)[1]) / 1024;
};

async function login(url, phone) {
  const start = await fetch(`${url}/passwordless/start`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ client_id: 'spa', connection: 'sms', phone_number: phone }),
  });
  if (start.status !== 200) throw new Error(`start ${start.status} ${await start.text()}`);
  const { messages } = await (
    await fetch(`${url}/dev/messages?phone_number=${encodeURIComponent(phone)}&limit=1`)
  ).json();
  const otp = /(\d{4,40})(?!.*\d)/s.exec(messages[0].body)[1];
  const token = await fetch(`${url}/oauth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'http://auth0.com/oauth/grant-type/passwordless/otp',
      client_id: 'spa',
      username: phone,
      otp,
      realm: 'sms',
    }),
  });
  if (token.status !== 200) throw new Error(`token ${token.status}`);
}

async function measure(label, storeArgs, configFile) {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const started = performance.now();
  const child = spawn(
    process.execPath,
    [
      'mock-server/dist/bin/sms-login-server.js',
      '--port',
      String(port),
      '--config',
      configFile,
      '--quiet',
      ...storeArgs,
    ],
    { stdio: 'ignore' },
  );
  for (;;) {
    try {
      if ((await fetch(`${url}/healthz`)).ok) break;
    } catch {
      // not yet
    }
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  const startupMs = performance.now() - started;
  await new Promise((resolve) => setTimeout(resolve, 500));
  const rssAfterStart = await rssMiB(child.pid);
  let next = 0;
  const loadStarted = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < LOGINS) await login(url, `+1555${String(next++).padStart(7, '0')}`);
    }),
  );
  const loadSeconds = (performance.now() - loadStarted) / 1000;
  const rssAfterLogins = await rssMiB(child.pid);
  child.kill('SIGTERM');
  await new Promise((resolve) => child.once('exit', resolve));
  return {
    store: label,
    'start-up (ms)': Math.round(startupMs),
    'RSS after start (MiB)': Math.round(rssAfterStart),
    [`RSS after ${LOGINS} logins (MiB)`]: Math.round(rssAfterLogins),
    'logins/s': Math.round(LOGINS / loadSeconds),
  };
}

const dir = await mkdtemp(join(tmpdir(), 'sms-login-measure-'));
try {
  const configFile = join(dir, 'config.json');
  await writeFile(configFile, JSON.stringify(config));
  console.table([
    await measure('sqlite', ['--data', join(dir, 'data')], configFile),
    await measure('memory', ['--memory'], configFile),
  ]);
} finally {
  await rm(dir, { recursive: true, force: true });
}
