// A throwaway PostgreSQL server for tests: initdb in a temporary directory, on a free port,
// run as an unprivileged user when the tests run as root (PostgreSQL refuses root).
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, chown, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { freePort } from '../server-process.ts';

const run = promisify(execFile);

/** Debian's PostgreSQL 15 server binaries. */
export const POSTGRES_BIN = '/usr/lib/postgresql/15/bin';
export const POSTGRES_INSTALL = 'apt-get install -y postgresql';

export interface PostgresCluster {
  port: number;
  /** A connection URL for `database` (the cluster's default one when omitted). */
  url(database?: string): string;
  /** Creates an empty database and resolves to its URL. */
  createDatabase(name: string): Promise<string>;
  /** Stops the server (fast: connections are cut) and starts it again, for outage tests. */
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Stops the server and removes its directory. */
  remove(): Promise<void>;
}

const idOfNobody = async (flag: string) =>
  Number((await run('id', [flag, 'nobody'])).stdout.trim());

/** Who runs the server: the current user, or `nobody` under root. */
async function serverUser(): Promise<{ uid: number; gid: number } | undefined> {
  if (process.getuid?.() !== 0) return undefined;
  return { uid: await idOfNobody('-u'), gid: await idOfNobody('-g') };
}

/**
 * Starts a fresh cluster. Fails with the install command when PostgreSQL is missing: the tests
 * that need it must not pass by skipping.
 */
export async function startPostgresCluster(
  options: { tls?: { cert: string; key: string } } = {},
): Promise<PostgresCluster> {
  assert.ok(
    existsSync(join(POSTGRES_BIN, 'initdb')),
    `PostgreSQL 15 is not installed (no ${POSTGRES_BIN}/initdb): run \`${POSTGRES_INSTALL}\``,
  );
  const user = await serverUser();
  const dir = await mkdtemp(join(tmpdir(), 'sms-login-pg-'));
  const data = join(dir, 'data');
  if (user) await chown(dir, user.uid, user.gid);
  await chmod(dir, 0o700);
  const as = { ...user, cwd: dir, env: { ...process.env, LC_ALL: 'C' } };
  const pg = (tool: string, args: string[]) => run(join(POSTGRES_BIN, tool), args, as);
  await pg('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync']);
  const tlsSettings: string[] = [];
  if (options.tls) {
    // PostgreSQL wants its key readable by its own user only.
    for (const [file, text] of [
      ['server.crt', options.tls.cert],
      ['server.key', options.tls.key],
    ] as const) {
      const path = join(dir, file);
      await writeFile(path, text, { mode: 0o600 });
      if (user) await chown(path, user.uid, user.gid);
    }
    tlsSettings.push(
      '-c ssl=on',
      `-c ssl_cert_file=${join(dir, 'server.crt')}`,
      `-c ssl_key_file=${join(dir, 'server.key')}`,
    );
  }
  const port = await freePort();
  const settings = [
    `-p ${port}`,
    '-c listen_addresses=127.0.0.1',
    `-c unix_socket_directories=${dir}`,
    '-c max_connections=200',
    // A test database need not survive a power loss; commits still wait for the server.
    '-c fsync=off',
    ...tlsSettings,
  ].join(' ');
  const start = () =>
    pg('pg_ctl', ['-D', data, '-l', join(dir, 'log'), '-o', settings, '-w', 'start']).then(
      () => {},
    );
  const stop = () => pg('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']).then(() => {});
  await start();
  const url = (database = 'postgres') => `postgres://postgres@127.0.0.1:${port}/${database}`;
  return {
    port,
    url,
    async createDatabase(name) {
      await pg('psql', [
        '-h',
        dir,
        '-p',
        String(port),
        '-U',
        'postgres',
        '-c',
        `CREATE DATABASE "${name}"`,
      ]);
      return url(name);
    },
    stop,
    start,
    async remove() {
      await stop().catch(() => {});
      await rm(dir, { recursive: true, force: true });
    },
  };
}
