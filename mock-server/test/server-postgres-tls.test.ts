// `--database-tls` and `--database-ca` against a PostgreSQL server that speaks TLS with a
// certificate from a CA of the test's own, as a hosted database does.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { isIP } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import {
  makeCertificateAuthority,
  makeServerCertificate,
} from '../src/server/certificate-maker.ts';
import { killAllStarted, runToEnd, serverEnv, startServer } from './server-process.ts';
import { startPostgresCluster, type PostgresCluster } from './support/postgres-cluster.ts';

let cluster: PostgresCluster;
let dir: string;
let caFile: string;
before(async () => {
  const now = new Date();
  const ca = await makeCertificateAuthority(now, 'store tests');
  const server = await makeServerCertificate(
    ca,
    ['127.0.0.1', 'localhost'],
    (name) => isIP(name) !== 0,
    now,
  );
  cluster = await startPostgresCluster({ tls: server });
  dir = await mkdtemp(join(tmpdir(), 'sms-login-pg-tls-'));
  caFile = join(dir, 'ca.pem');
  await writeFile(caFile, ca.cert);
});
after(async () => {
  killAllStarted();
  await cluster?.remove();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** How many connections to `database` are encrypted, seen from the server. */
async function encryptedConnections(database: string): Promise<number> {
  const client = new pg.Client({ connectionString: cluster.url() });
  await client.connect();
  try {
    const { rows } = await client.query<{ count: number }>(
      `SELECT count(*)::integer AS count FROM pg_stat_ssl JOIN pg_stat_activity USING (pid)
       WHERE ssl AND datname = $1`,
      [database],
    );
    return rows[0]!.count;
  } finally {
    await client.end();
  }
}

describe('TLS towards PostgreSQL', () => {
  test('--database-ca verifies the server against that CA, and the connections are encrypted', async () => {
    const url = await cluster.createDatabase('verified');
    const server = await startServer(['--database', url, '--database-ca', caFile, '--quiet']);
    assert.equal((await fetch(`${server.url}/healthz`)).status, 200);
    assert.ok((await encryptedConnections('verified')) > 0, 'an encrypted connection');
    server.child.kill('SIGTERM');
    await server.exited;
  });

  test('--database-tls verify refuses a server whose CA it does not trust, exit 1', async () => {
    const url = await cluster.createDatabase('untrusted');
    const { code, stderr } = await runToEnd(
      ['--database', url, '--database-tls', 'verify', '--port', '0'],
      { env: serverEnv() },
    );
    assert.equal(code, 1);
    assert.match(
      stderr,
      /Cannot open the PostgreSQL database at 127\.0\.0\.1:\d+\/untrusted: .*certificate/i,
    );
  });

  test('--database-tls require encrypts without checking the certificate', async () => {
    const url = await cluster.createDatabase('required');
    const server = await startServer(['--database', url, '--database-tls', 'require', '--quiet']);
    assert.equal((await fetch(`${server.url}/healthz`)).status, 200);
    assert.ok((await encryptedConnections('required')) > 0, 'an encrypted connection');
    server.child.kill('SIGTERM');
    await server.exited;
  });
});
