// `sms-login-server` as a program: flags and environment, SQLite by default, request logs,
// /healthz and a graceful stop.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import {
  freePort,
  killAllStarted,
  loginOverHttp,
  requestOpsToken,
  runToEnd,
  serverEnv,
  spawnServer,
  startServer,
  tenantWithOps,
  waitUntilHealthy,
} from './server-process.ts';

let dir: string;
let configFile: string;
let dirs = 0;
const freshDir = () => join(dir, `data-${++dirs}`);

const config = tenantWithOps(['read:connections', 'update:connections', 'read:users']);

async function adminToken(url: string): Promise<string> {
  const response = await requestOpsToken(url);
  return ((await response.json()) as { access_token: string }).access_token;
}

async function issuerOf(url: string): Promise<string> {
  const response = await fetch(`${url}/.well-known/openid-configuration`);
  return ((await response.json()) as { issuer: string }).issuer;
}

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sms-login-program-'));
  configFile = join(dir, 'sms-login.json');
  await writeFile(configFile, JSON.stringify(config));
});
after(async () => {
  killAllStarted();
  await rm(dir, { recursive: true, force: true });
});

describe('sms-login-server program', () => {
  test('--help lists every flag with its environment variable', async () => {
    const { code, stdout } = await runToEnd(['--help']);
    assert.equal(code, 0);
    for (const [flag, variable] of [
      ['--port', 'SMS_LOGIN_PORT'],
      ['--host', 'SMS_LOGIN_HOST'],
      ['--config', 'SMS_LOGIN_CONFIG'],
      ['--domain', 'SMS_LOGIN_DOMAIN'],
      ['--data', 'SMS_LOGIN_DATA'],
      ['--memory', 'SMS_LOGIN_MEMORY'],
      ['--quiet', 'SMS_LOGIN_QUIET'],
      ['--trust-proxy', 'SMS_LOGIN_TRUST_PROXY'],
      ['--https', 'SMS_LOGIN_HTTPS'],
      ['--cert', 'SMS_LOGIN_TLS_CERT'],
      ['--key', 'SMS_LOGIN_TLS_KEY'],
    ]) {
      const line = stdout.split('\n').find((text) => text.includes(`${flag} `));
      assert.ok(line?.includes(variable!), `${flag} is listed with ${variable}: ${line}`);
    }
    assert.match(stdout, /GET \/healthz/);
  });

  test('--memory with --data is a usage error', async () => {
    const { code, stderr } = await runToEnd(['--memory', '--data', freshDir()]);
    assert.equal(code, 2);
    assert.match(stderr, /--memory and --data/);
  });

  test('by default it keeps its state in SQLite under ./.sms-login; --memory writes nothing', async () => {
    const cwd = freshDir();
    await import('node:fs/promises').then((fs) => fs.mkdir(cwd));
    const server = await startServer([], { cwd });
    const health = (await (await fetch(`${server.url}/healthz`)).json()) as Record<string, string>;
    assert.deepEqual(health, { status: 'ok', store: 'sqlite' });
    // Another method is refused in the contract's shape.
    const posted = await fetch(`${server.url}/healthz`, { method: 'POST' });
    assert.equal(posted.status, 405);
    assert.equal(posted.headers.get('allow'), 'GET, HEAD');
    assert.deepEqual(await posted.json(), {
      error: 'method_not_allowed',
      error_description: 'Use GET /healthz',
    });
    assert.ok(existsSync(join(cwd, '.sms-login', 'sms-login.db')));
    const listening = server.logLines().find((line) => line.event === 'listening')!;
    assert.equal(listening.store, 'sqlite');
    assert.equal(listening.database, join(cwd, '.sms-login', 'sms-login.db'));
    server.child.kill('SIGTERM');
    assert.equal((await server.exited).code, 0);

    const elsewhere = freshDir();
    await import('node:fs/promises').then((fs) => fs.mkdir(elsewhere));
    const inMemory = await startServer(['--memory'], { cwd: elsewhere });
    assert.equal(
      ((await (await fetch(`${inMemory.url}/healthz`)).json()) as { store: string }).store,
      'memory',
    );
    inMemory.child.kill('SIGTERM');
    await inMemory.exited;
    assert.ok(!existsSync(join(elsewhere, '.sms-login')));
  });

  test('environment variables configure it; flags win over them', async () => {
    const port = await freePort();
    const data = freshDir();
    const server = spawnServer([], {
      port,
      env: serverEnv({
        SMS_LOGIN_PORT: String(port),
        SMS_LOGIN_HOST: '127.0.0.1',
        SMS_LOGIN_CONFIG: configFile,
        SMS_LOGIN_DATA: data,
        SMS_LOGIN_QUIET: '1',
      }),
    });
    await waitUntilHealthy(server);
    assert.equal(await issuerOf(server.url), 'https://tenant.example.com/');
    assert.ok(existsSync(join(data, 'sms-login.db')));
    assert.equal(server.stdout().trim(), `sms-login-server listening on http://127.0.0.1:${port}`);
    server.child.kill('SIGTERM');
    await server.exited;

    const flagged = await startServer(
      ['--config', configFile, '--memory', '--domain', 'https://auth.example.org'],
      {
        env: serverEnv({
          SMS_LOGIN_PORT: 'not-a-port',
          SMS_LOGIN_CONFIG: join(dir, 'missing.json'),
          SMS_LOGIN_DATA: join(dir, 'unused'),
        }),
      },
    );
    assert.equal(await issuerOf(flagged.url), 'https://auth.example.org/');
    assert.ok(!existsSync(join(dir, 'unused')));
    flagged.child.kill('SIGTERM');
    await flagged.exited;

    const badEnv = await runToEnd([], { env: serverEnv({ SMS_LOGIN_PORT: 'eighty' }) });
    assert.equal(badEnv.code, 1);
    assert.match(badEnv.stderr, /SMS_LOGIN_PORT/);
    assert.match(badEnv.stderr, /eighty/);
  });

  test('SMS_LOGIN_DOMAIN overrides the file, and a bad domain names the field and the file', async () => {
    const server = await startServer(['--config', configFile, '--memory'], {
      env: serverEnv({ SMS_LOGIN_DOMAIN: 'id.example.net' }),
    });
    assert.equal(await issuerOf(server.url), 'https://id.example.net/');
    server.child.kill('SIGTERM');
    await server.exited;
    const bad = await runToEnd(['--config', configFile, '--memory', '--domain', 'not a domain']);
    assert.equal(bad.code, 1);
    assert.ok(bad.stderr.includes(configFile), bad.stderr);
    assert.match(bad.stderr, /domain/);
  });

  test('the outbox is on only where asked for, and the server says so whenever it is', async () => {
    // A configuration that does not mention dev_routes: no outbox, for anyone.
    const { dev_routes: _asked, ...silent } = config;
    const silentFile = join(dir, 'no-dev-routes.json');
    await writeFile(silentFile, JSON.stringify(silent));
    const closed = await startServer(['--config', silentFile, '--memory']);
    await fetch(`${closed.url}/passwordless/start`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ client_id: 'spa', connection: 'sms', phone_number: '+14155550802' }),
    });
    for (const method of ['GET', 'DELETE'])
      assert.equal((await fetch(`${closed.url}/dev/messages`, { method })).status, 404, method);
    assert.doesNotMatch(closed.stderr(), /outbox/);
    closed.child.kill('SIGTERM');
    await closed.exited;

    const asked = await startServer(['--config', configFile, '--memory']);
    assert.equal((await fetch(`${asked.url}/dev/messages`)).status, 200);
    assert.match(asked.stderr(), /the outbox is on \("dev_routes": true\)/);
    asked.child.kill('SIGTERM');
    await asked.exited;

    const demo = await startServer(['--memory']);
    assert.equal((await fetch(`${demo.url}/dev/messages`)).status, 200);
    assert.match(demo.stderr(), /the demo tenant has the outbox on/);
    demo.child.kill('SIGTERM');
    await demo.exited;
  });

  test('one JSON log line per request, without query strings, codes, tokens or secrets', async () => {
    const server = await startServer(['--config', configFile, '--data', freshDir()]);
    const phone = '+14155550801';
    const tokens = await loginOverHttp(server.url, phone);
    const admin = await adminToken(server.url);
    const users = await fetch(
      `${server.url}/api/v2/users?q=${encodeURIComponent(`phone_number:"${phone}"`)}`,
      { headers: { authorization: `Bearer ${admin}`, 'x-request-id': 'trace-42' } },
    );
    assert.equal(users.status, 200);
    assert.equal(users.headers.get('x-request-id'), 'trace-42');
    await fetch(`${server.url}/nope?code=${tokens.code}`);

    const requests = server.logLines().filter((line) => line.event === 'request');
    assert.deepEqual(
      requests.map((line) => `${line.method} ${line.path} ${line.status}`),
      [
        'GET /healthz 200',
        'POST /passwordless/start 200',
        'GET /dev/messages 200',
        'POST /oauth/token 200',
        'POST /oauth/token 200',
        'GET /api/v2/users 200',
        'GET /nope 404',
      ],
    );
    for (const line of requests) {
      assert.equal(typeof line.duration_ms, 'number');
      assert.match(String(line.request_id), /^[A-Za-z0-9._:-]{1,64}$/);
      assert.deepEqual(Object.keys(line).sort(), [
        'duration_ms',
        'event',
        'level',
        'method',
        'path',
        'request_id',
        'status',
        'time',
      ]);
    }
    assert.equal(requests.at(-2)!.request_id, 'trace-42');
    const everything = server.stdout() + server.stderr();
    for (const secret of [
      tokens.code,
      tokens.access_token,
      tokens.id_token,
      admin,
      'ops-secret-123456',
      'phone_number%3A',
      '?',
    ])
      assert.ok(!everything.includes(secret), `the logs do not contain ${secret.slice(0, 20)}…`);
    server.child.kill('SIGTERM');
    await server.exited;
  });

  test('--quiet prints no request lines', async () => {
    const server = await startServer(['--memory', '--quiet']);
    await fetch(`${server.url}/.well-known/jwks.json`);
    assert.equal(server.stdout().trim().split('\n').length, 1);
    server.child.kill('SIGTERM');
    await server.exited;
  });

  test('SIGTERM lets a request in flight finish, then closes the database and exits 0', async () => {
    // An SMS gateway that answers after a pause, so a request is in flight when SIGTERM comes.
    let received: (() => void) | undefined;
    const arrived = new Promise<void>((resolve) => (received = resolve));
    const gateway: Server = createServer((request: IncomingMessage, response) => {
      request.resume();
      received!();
      setTimeout(() => response.writeHead(200).end('{}'), 800);
    });
    await new Promise<void>((resolve) => gateway.listen(0, '127.0.0.1', resolve));
    const gatewayPort = (gateway.address() as AddressInfo).port;
    const slowConfig = join(dir, 'slow-gateway.json');
    await writeFile(
      slowConfig,
      JSON.stringify({
        ...config,
        phone: { allow_insecure_loopback: true },
        connections: [
          {
            name: 'sms',
            enabled_clients: ['spa'],
            options: {
              provider: 'sms_gateway',
              gateway_url: `http://127.0.0.1:${gatewayPort}/sms`,
            },
          },
        ],
      }),
    );
    const data = freshDir();
    const server = await startServer(['--config', slowConfig, '--data', data]);
    try {
      const inFlight = fetch(`${server.url}/passwordless/start`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ client_id: 'spa', connection: 'sms', phone_number: '+14155550802' }),
      });
      await arrived;
      server.child.kill('SIGTERM');
      const response = await inFlight;
      assert.equal(response.status, 200, await response.clone().text());
      const { code, signal } = await server.exited;
      assert.deepEqual([code, signal], [0, null]);
      const events = server.logLines().map((line) => `${line.event} ${line.path ?? ''}`.trim());
      const stopping = events.indexOf('stopping');
      assert.ok(stopping >= 0, events.join(', '));
      assert.ok(
        events.indexOf('request /passwordless/start') > stopping,
        `the request finished after the stop began: ${events.join(', ')}`,
      );
      assert.equal(events.at(-1), 'stopped');
      // Closed cleanly: the write-ahead log was checkpointed into the file and removed.
      assert.ok(existsSync(join(data, 'sms-login.db')));
      assert.ok(!existsSync(join(data, 'sms-login.db-wal')));
      await assert.rejects(fetch(`${server.url}/healthz`));
    } finally {
      gateway.close();
    }
  });

  test('a change made through the API is there after a restart on the same --data', async () => {
    const data = freshDir();
    const first = await startServer(['--config', configFile, '--data', data]);
    const admin = await adminToken(first.url);
    const headers = { authorization: `Bearer ${admin}`, 'content-type': 'application/json' };
    const [sms] = (await (
      await fetch(`${first.url}/api/v2/connections?name=sms`, { headers })
    ).json()) as { id: string }[];
    const patched = await fetch(`${first.url}/api/v2/connections/${sms!.id}`, {
      method: 'PATCH',
      headers,
      body: JSON.stringify({ options: { totp: { length: 10, time_step: 120 } } }),
    });
    assert.equal(patched.status, 200);
    first.child.kill('SIGTERM');
    await first.exited;

    const second = await startServer(['--config', configFile, '--data', data]);
    const connection = (await (
      await fetch(`${second.url}/api/v2/connections/${sms!.id}`, { headers })
    ).json()) as { options: { totp: unknown } };
    assert.deepEqual(connection.options.totp, { length: 10, time_step: 120 });
    second.child.kill('SIGTERM');
    await second.exited;
  });
});
