// Runs `sms-login-server` as a child process, the way a team runs it.
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';

/** The command's source, run through tsx; the packed package's compiled bin is tested in test/packages/. */
export const BIN = fileURLToPath(new URL('../src/bin.ts', import.meta.url));
// Resolved here, so a server started in another working directory still finds tsx.
const TSX = ['--import', import.meta.resolve('tsx')];

export interface ServerProcess {
  child: ChildProcess;
  port: number;
  url: string;
  stdout(): string;
  stderr(): string;
  /** The JSON log lines printed so far. */
  logLines(): Record<string, unknown>[];
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

const running = new Set<ChildProcess>();

/** Kills every server these helpers started and that is still running. */
export function killAllStarted(): void {
  for (const child of running) child.kill('SIGKILL');
}

/** The environment without the server's own variables, plus `extra`. */
export function serverEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of Object.keys(env)) if (key.startsWith('SMS_LOGIN_')) delete env[key];
  return { ...env, ...extra };
}

/** A port that was free a moment ago. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

export interface SpawnOptions {
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  /** Flags for node itself, before the program. */
  nodeArgs?: string[];
  /** Run on these cores only (`taskset -c`, e.g. `0`). */
  cores?: string;
}

export function spawnServer(
  args: string[],
  options: SpawnOptions & { port: number },
): ServerProcess {
  const command = [process.execPath, ...(options.nodeArgs ?? []), ...TSX, BIN, ...args];
  if (options.cores !== undefined) command.unshift('taskset', '-c', options.cores);
  const child = spawn(command[0]!, command.slice(1), {
    cwd: options.cwd,
    env: options.env ?? serverEnv(),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  let stdout = '';
  let stderr = '';
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('close', (code, signal) => {
      running.delete(child);
      resolve({ code, signal });
    }),
  );
  return {
    child,
    port: options.port,
    url: `http://127.0.0.1:${options.port}`,
    stdout: () => stdout,
    stderr: () => stderr,
    logLines: () =>
      stdout
        .split('\n')
        .filter((line) => line.startsWith('{'))
        .map((line) => JSON.parse(line) as Record<string, unknown>),
    exited,
  };
}

/**
 * Waits until `GET /healthz` answers 200 (or `isHealthy` says so: over HTTPS, say), or fails if
 * the server exits first.
 */
export async function waitUntilHealthy(
  server: ServerProcess,
  ms = 30_000,
  isHealthy = async () => (await fetch(`${server.url}/healthz`)).ok,
): Promise<void> {
  let exited = false;
  void server.exited.then(() => (exited = true));
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (exited) assert.fail(`the server exited early:\n${server.stdout()}\n${server.stderr()}`);
    try {
      if (await isHealthy()) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  assert.fail(`no healthy server on ${server.port} within ${ms} ms:\n${server.stderr()}`);
}

/** Starts a server and waits until it is healthy. */
export async function startServer(
  args: string[],
  options: SpawnOptions & { port?: number } = {},
): Promise<ServerProcess> {
  const port = options.port ?? (await freePort());
  const server = spawnServer(['--port', String(port), ...args], { ...options, port });
  await waitUntilHealthy(server);
  return server;
}

/** Runs the command to its end (killing it after `ms`). */
export async function runToEnd(
  args: string[],
  options: SpawnOptions & { ms?: number } = {},
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const server = spawnServer(args, { ...options, port: 0 });
  const timer = setTimeout(() => server.child.kill('SIGKILL'), options.ms ?? 20_000);
  const { code } = await server.exited;
  clearTimeout(timer);
  return { code, stdout: server.stdout(), stderr: server.stderr() };
}

/** The audience of the Management API of the `tenant.example.com` tenant. */
export const MANAGEMENT_AUDIENCE = 'https://tenant.example.com/api/v2/';

/**
 * A config file's content: the `tenant.example.com` tenant with the `spa` client on the `sms`
 * connection and a confidential `ops` client granted `scope` on the Management API.
 */
export function tenantWithOps(scope: string[]) {
  return {
    domain: 'tenant.example.com',
    clients: [
      { client_id: 'spa', name: 'Test App' },
      {
        client_id: 'ops',
        name: 'Ops',
        client_secret: 'ops-secret-123456',
        grant_types: ['client_credentials'],
      },
    ],
    client_grants: [{ client_id: 'ops', audience: MANAGEMENT_AUDIENCE, scope }],
    connections: [{ name: 'sms', enabled_clients: ['spa'] }],
    // The tests read codes from the outbox.
    dev_routes: true,
  };
}

/** Asks the server for a Management API token as the `ops` client of `tenantWithOps()`. */
export function requestOpsToken(url: string): Promise<Response> {
  return fetch(`${url}/oauth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      grant_type: 'client_credentials',
      client_id: 'ops',
      client_secret: 'ops-secret-123456',
      audience: MANAGEMENT_AUDIENCE,
    }),
  });
}

/** Sends a code to `phone` and trades it for tokens, through the server's HTTP API. */
export async function loginOverHttp(
  url: string,
  phone: string,
  clientId = 'spa',
): Promise<{ access_token: string; id_token: string; code: string }> {
  const started = await fetch(`${url}/passwordless/start`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ client_id: clientId, connection: 'sms', phone_number: phone }),
  });
  assert.equal(started.status, 200, await started.clone().text());
  const messages = (await (
    await fetch(`${url}/dev/messages?phone_number=${encodeURIComponent(phone)}&limit=1`)
  ).json()) as { messages: { body: string }[] };
  const code = /(\d{4,40})(?!.*\d)/s.exec(messages.messages[0]!.body)![1]!;
  const token = await fetch(`${url}/oauth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'http://auth0.com/oauth/grant-type/passwordless/otp',
      client_id: clientId,
      username: phone,
      otp: code,
      realm: 'sms',
    }).toString(),
  });
  assert.equal(token.status, 200, await token.clone().text());
  return { ...((await token.json()) as { access_token: string; id_token: string }), code };
}
