// The `sms-login-server` command, run as a child process the way a team runs it.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  freePort,
  killAllStarted,
  runToEnd,
  spawnServer,
  type ServerProcess,
} from './server-process.ts';

const REPO = fileURLToPath(new URL('../../', import.meta.url));

let dir: string;

/** Starts the command from the repository root, with none of the server's own variables set. */
function start(args: string[], port: number): ServerProcess {
  return spawnServer(args, { port, cwd: REPO });
}

/** Runs the command to its end (or kills it after 20 s). */
function run(args: string[]) {
  return runToEnd(args, { cwd: REPO });
}

/** Waits until the server answers on `port`, or fails if it exits first. */
async function waitUntilListening(
  started: ServerProcess,
  port: number,
  ms = 20_000,
): Promise<void> {
  let exitedEarly = false;
  void started.exited.then(() => (exitedEarly = true));
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (exitedEarly)
      assert.fail(`the server exited early:\n${started.stdout()}\n${started.stderr()}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/.well-known/jwks.json`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  assert.fail(
    `the server did not listen on ${port} within ${ms} ms:\n${started.stdout()}\n${started.stderr()}`,
  );
}

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sms-login-cli-'));
});

after(async () => {
  killAllStarted();
  await rm(dir, { recursive: true, force: true });
});

const validConfig = {
  domain: 'tenant.example.com',
  clients: [{ client_id: 'spa', name: 'Test App' }],
  connections: [{ name: 'sms', enabled_clients: ['spa'] }],
};

describe('sms-login-server command', () => {
  test('--help prints the usage with --port and --config and exits 0', async () => {
    const { code, stdout, stderr } = await run(['--help']);
    assert.equal(code, 0, stderr);
    assert.match(stdout, /Usage: sms-login-server/);
    assert.match(stdout, /--port\b/);
    assert.match(stdout, /--config\b/);
    assert.equal(stderr, '');
  });

  test('-h is --help', async () => {
    const { code, stdout } = await run(['-h']);
    assert.equal(code, 0);
    assert.match(stdout, /--port\b/);
  });

  test('an unknown flag exits 2 and names the flag', async () => {
    const { code, stdout, stderr } = await run(['--no-such-flag']);
    assert.equal(code, 2);
    assert.match(stderr, /--no-such-flag/);
    assert.match(stderr, /Usage: sms-login-server/);
    assert.equal(stdout, '');
  });

  test('a positional argument exits 2', async () => {
    const { code } = await run(['config.json']);
    assert.equal(code, 2);
  });

  test('a config file with a bad field exits 1 naming the file and the field path', async () => {
    const file = join(dir, 'bad-totp.json');
    await writeFile(
      file,
      JSON.stringify({
        ...validConfig,
        connections: [
          {
            name: 'sms',
            enabled_clients: ['spa'],
            options: { totp: { length: 3, time_step: 180 } },
          },
        ],
      }),
    );
    const { code, stderr } = await run(['--config', file]);
    assert.equal(code, 1, stderr);
    assert.ok(stderr.includes(file), `stderr names ${file}: ${stderr}`);
    assert.match(stderr, /connections\[0\]\.options\.totp\.length/);
  });

  test('a config file that names an unknown client exits 1 naming the reference', async () => {
    const file = join(dir, 'bad-reference.json');
    await writeFile(
      file,
      JSON.stringify({
        ...validConfig,
        connections: [{ name: 'sms', enabled_clients: ['ghost'] }],
      }),
    );
    const { code, stderr } = await run(['-c', file]);
    assert.equal(code, 1, stderr);
    assert.ok(stderr.includes(file), stderr);
    assert.match(stderr, /connections\[0\]\.enabled_clients\[0\]/);
    assert.match(stderr, /ghost/);
  });

  test('a config file that is not JSON exits 1 naming the file', async () => {
    const file = join(dir, 'not-json.json');
    await writeFile(file, '{ domain: tenant.example.com, ');
    const { code, stderr } = await run(['--config', file]);
    assert.equal(code, 1, stderr);
    assert.ok(stderr.includes(file), `stderr names ${file}: ${stderr}`);
    assert.match(stderr, /not valid JSON/);
  });

  test('a missing config file exits 1 naming the file', async () => {
    const file = join(dir, 'missing.json');
    const { code, stderr } = await run(['--config', file]);
    assert.equal(code, 1, stderr);
    assert.ok(stderr.includes(file), stderr);
    assert.match(stderr, /ENOENT/);
  });

  test('a port that is not a number exits 1', async () => {
    const { code, stderr } = await run(['--port', 'eighty']);
    assert.equal(code, 1);
    assert.match(stderr, /--port/);
    assert.match(stderr, /eighty/);
  });

  test('without a config it serves the demo tenant with issuer http://localhost:<port>/; SIGTERM stops it with 0', async () => {
    const port = await freePort();
    // --memory: state left in the repository's .sms-login by earlier runs must not count here.
    const server = start(['--port', String(port), '--memory'], port);
    await waitUntilListening(server, port);

    const response = await fetch(`http://127.0.0.1:${port}/.well-known/openid-configuration`);
    assert.equal(response.status, 200);
    const document = (await response.json()) as { issuer: string; jwks_uri: string };
    assert.equal(document.issuer, `http://localhost:${port}/`);
    assert.equal(document.jwks_uri, `http://localhost:${port}/.well-known/jwks.json`);

    // The demo client on the demo connection can start a login.
    const started = await fetch(`http://127.0.0.1:${port}/passwordless/start`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'http://localhost:5173' },
      body: JSON.stringify({
        client_id: 'demo',
        connection: 'sms',
        phone_number: '+14155550121',
        send: 'code',
      }),
    });
    assert.equal(started.status, 200);
    assert.equal(started.headers.get('access-control-allow-origin'), 'http://localhost:5173');

    // A log line says where it listens.
    const listening = server
      .stdout()
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as Record<string, unknown>)
      .find((line) => line.event === 'listening');
    assert.ok(listening, server.stdout());
    assert.equal(listening.url, `http://127.0.0.1:${port}`);

    assert.ok(server.child.kill('SIGTERM'));
    const { code, signal } = await server.exited;
    assert.equal(signal, null);
    assert.equal(code, 0, server.stderr());
    await assert.rejects(
      fetch(`http://127.0.0.1:${port}/.well-known/jwks.json`),
      'nothing listens after SIGTERM',
    );
  });

  test('with a config file it serves that tenant; --quiet prints one line and no log', async () => {
    const file = join(dir, 'good.json');
    await writeFile(file, JSON.stringify(validConfig));
    const port = await freePort();
    const server = start(['--config', file, '--port', String(port), '--quiet', '--memory'], port);
    await waitUntilListening(server, port);
    const document = (await (
      await fetch(`http://127.0.0.1:${port}/.well-known/openid-configuration`)
    ).json()) as {
      issuer: string;
    };
    assert.equal(document.issuer, 'https://tenant.example.com/');
    assert.equal(server.stdout().trim(), `sms-login-server listening on http://127.0.0.1:${port}`);

    server.child.kill('SIGTERM');
    const { code } = await server.exited;
    assert.equal(code, 0, server.stderr());
  });

  test('a port already in use exits 1', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const { port } = blocker.address() as AddressInfo;
    try {
      const { code, stderr } = await run(['--port', String(port), '--quiet']);
      assert.equal(code, 1, stderr);
      assert.match(stderr, /already in use/);
    } finally {
      await new Promise<void>((resolve) => blocker.close(() => resolve()));
    }
  });
});
