// The `auth0` Node SDK, unchanged and unpointed, against `sms-login-server --https`: it builds
// `https://<domain>` for every call and checks the id token's issuer against it, so with
// `--domain localhost:<port>` and the development CA in NODE_EXTRA_CA_CERTS (as a developer sets
// it) the whole passwordless login works; without the CA, the SDK refuses the server.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { decodeJwt } from 'jose';
import { freePort, killAllStarted, serverEnv } from './server-process.ts';
import { startHttpsServer } from './tls-support.ts';

const LOGIN = fileURLToPath(new URL('./fixtures/auth0-sms-login.ts', import.meta.url));
const TSX = import.meta.resolve('tsx');
const CLIENT_ID = 'server-app';
const CLIENT_SECRET = 'server-app-secret-123';

let dir: string;
let domain: string;
let caFile: string;

/** Runs the SDK's login in a fresh Node with `env`; its one JSON line. */
async function sdkLogin(phone: string, env: NodeJS.ProcessEnv): Promise<Record<string, unknown>> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--import', TSX, LOGIN, domain, CLIENT_ID, CLIENT_SECRET, phone],
    { env, timeout: 30_000 },
  );
  return JSON.parse(stdout.trim().split('\n').at(-1)!) as Record<string, unknown>;
}

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sms-login-auth0-https-'));
  const config = join(dir, 'sms-login.json');
  await writeFile(
    config,
    JSON.stringify({
      domain: 'tenant.example.com',
      clients: [{ client_id: CLIENT_ID, name: 'Server App', client_secret: CLIENT_SECRET }],
      connections: [{ name: 'sms', enabled_clients: [CLIENT_ID] }],
      dev_routes: true,
    }),
  );
  const port = await freePort();
  domain = `localhost:${port}`;
  await startHttpsServer(
    ['--https', '--data', join(dir, 'data'), '--config', config, '--domain', domain],
    { port },
  );
  caFile = join(dir, 'data', 'tls', 'ca.pem');
});

after(async () => {
  killAllStarted();
  await rm(dir, { recursive: true, force: true });
});

describe('auth0 Node SDK against sms-login-server --https', () => {
  test('sendSMS and loginWithSMS on https://localhost:<port>, trusting the CA through NODE_EXTRA_CA_CERTS', async () => {
    const phone = '+14155550181';
    const result = await sdkLogin(phone, serverEnv({ NODE_EXTRA_CA_CERTS: caFile }));
    assert.equal(result.ok, true, JSON.stringify(result));
    // The SDK validated the id token, issuer included; the claims say so too.
    const claims = decodeJwt(result.id_token as string);
    assert.equal(claims.iss, `https://${domain}/`);
    assert.equal(claims.aud, CLIENT_ID);
    assert.equal(claims.phone_number, phone);
  });

  test('without the CA the SDK refuses the server', async () => {
    const env = serverEnv();
    delete env.NODE_EXTRA_CA_CERTS;
    const result = await sdkLogin('+14155550182', env);
    assert.equal(result.ok, false);
    assert.equal(result.code, 'SELF_SIGNED_CERT_IN_CHAIN', JSON.stringify(result));
  });
});
