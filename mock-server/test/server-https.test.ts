// `sms-login-server` over HTTPS: the development certificate of --https, and --cert/--key.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createPrivateKey, X509Certificate } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { killAllStarted, runToEnd, serverEnv, type ServerProcess } from './server-process.ts';
import { httpsGet, httpsUrl, makeSelfSignedCertificate, startHttpsServer } from './tls-support.ts';

let dir: string;
let dirs = 0;
const freshDir = () => join(dir, `run-${++dirs}`);

async function stop(server: ServerProcess): Promise<void> {
  server.child.kill('SIGTERM');
  assert.equal((await server.exited).code, 0, server.stderr());
}

const listeningLine = (server: ServerProcess) =>
  server.logLines().find((line) => line.event === 'listening')!;

/** A run that must fail before listening: exit code and what it printed. */
async function refused(args: string[], env?: NodeJS.ProcessEnv) {
  const result = await runToEnd(['--memory', ...args], env ? { env } : {});
  assert.doesNotMatch(result.stderr, /\n\s+at /, 'no stack trace');
  return result;
}

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sms-login-https-'));
});
after(async () => {
  killAllStarted();
  await rm(dir, { recursive: true, force: true });
});

describe('sms-login-server --https', () => {
  test('serves TLS with a certificate for localhost, 127.0.0.1 and ::1 that a client trusting its CA accepts', async () => {
    const data = freshDir();
    const tls = join(data, 'tls');
    const server = await startHttpsServer(['--https', '--data', data]);
    const ca = await readFile(join(tls, 'ca.pem'), 'utf8');

    const trusted = await httpsGet(`${httpsUrl(server)}/healthz`, { ca });
    assert.equal(trusted.status, 200);
    assert.deepEqual(JSON.parse(trusted.body), { status: 'ok', store: 'sqlite' });
    const onLocalhost = await httpsGet(`https://localhost:${server.port}/healthz`, { ca });
    assert.equal(onLocalhost.status, 200);
    const presented = new X509Certificate(onLocalhost.peer.raw);
    assert.equal(
      presented.toString(),
      new X509Certificate(await readFile(join(tls, 'server.pem'))).toString(),
    );
    assert.equal(presented.checkHost('localhost'), 'localhost');
    assert.equal(presented.checkIP('127.0.0.1'), '127.0.0.1');
    assert.equal(presented.checkIP('::1'), '::1');

    await assert.rejects(
      httpsGet(`${httpsUrl(server)}/healthz`),
      (error: NodeJS.ErrnoException) => error.code === 'SELF_SIGNED_CERT_IN_CHAIN',
      'a client that does not trust the CA refuses it',
    );
    await assert.rejects(fetch(`http://127.0.0.1:${server.port}/healthz`), 'no plain HTTP');

    // Without a domain the issuer follows the scheme and the port.
    const discovery = await httpsGet(`${httpsUrl(server)}/.well-known/openid-configuration`, {
      ca,
    });
    assert.equal(JSON.parse(discovery.body).issuer, `https://localhost:${server.port}/`);
    const listening = listeningLine(server);
    assert.equal(listening.url, `https://127.0.0.1:${server.port}`);
    assert.equal(listening.issuer, `https://localhost:${server.port}/`);
    assert.equal(listening.certificate, join(tls, 'server.pem'));
    assert.equal(listening.ca, join(tls, 'ca.pem'));

    // It says where the CA is and how to trust it, and never prints a key.
    assert.ok(
      server.stderr().includes(`NODE_EXTRA_CA_CERTS=${join(tls, 'ca.pem')}`),
      server.stderr(),
    );
    assert.match(server.stderr(), /update-ca-certificates/);
    assert.match(server.stderr(), /security add-trusted-cert/);
    assert.match(server.stderr(), /--ignore-certificate-errors-spki-list=[A-Za-z0-9+/]{43}=/);
    assert.match(server.stderr(), /a new CA/);
    assert.doesNotMatch(server.stdout() + server.stderr(), /PRIVATE KEY/);
    for (const key of ['ca-key.pem', 'server-key.pem'])
      assert.equal((await stat(join(tls, key))).mode & 0o777, 0o600, key);
    await stop(server);

    // The next start reuses both, so a CA trusted once stays trusted.
    const firstCertificate = await readFile(join(tls, 'server.pem'), 'utf8');
    const again = await startHttpsServer(['--https', '--data', data]);
    assert.equal((await httpsGet(`${httpsUrl(again)}/healthz`, { ca })).status, 200);
    assert.equal(await readFile(join(tls, 'server.pem'), 'utf8'), firstCertificate);
    assert.match(again.stderr(), /\(reused\)/);
    await stop(again);

    // Another --host name: a new server certificate from the same CA.
    const elsewhere = await startHttpsServer(['--https', '--data', data, '--host', '127.0.0.2'], {
      host: '127.0.0.2',
    });
    const answer = await httpsGet(`https://127.0.0.2:${elsewhere.port}/healthz`, { ca });
    assert.equal(answer.status, 200);
    assert.equal(new X509Certificate(answer.peer.raw).checkIP('127.0.0.2'), '127.0.0.2');
    assert.equal(await readFile(join(tls, 'ca.pem'), 'utf8'), ca);
    assert.match(elsewhere.stderr(), /renewed, same CA/);
    await stop(elsewhere);
  });

  test('with --memory it keeps the certificate in ./.sms-login/tls and writes no database; SMS_LOGIN_HTTPS=1 turns it on', async () => {
    const cwd = freshDir();
    await mkdir(cwd);
    const server = await startHttpsServer(['--memory'], {
      cwd,
      env: serverEnv({ SMS_LOGIN_HTTPS: '1' }),
    });
    const ca = await readFile(join(cwd, '.sms-login', 'tls', 'ca.pem'), 'utf8');
    assert.equal((await httpsGet(`${httpsUrl(server)}/healthz`, { ca })).status, 200);
    assert.ok(!existsSync(join(cwd, '.sms-login', 'sms-login.db')));
    await stop(server);
  });

  test('--quiet prints only the https address', async () => {
    const server = await startHttpsServer(['--https', '--data', freshDir(), '--quiet']);
    assert.equal(server.stdout().trim(), `sms-login-server listening on ${httpsUrl(server)}`);
    // Nothing else but the outbox warning, which --quiet keeps: the demo tenant has it on.
    assert.match(server.stderr(), /^Warning: the demo tenant has the outbox on: [^\n]+\n$/);
    await stop(server);
  });
});

describe('sms-login-server --cert and --key', () => {
  test('serves the given certificate, by flag or by environment, with the issuer on https', async () => {
    const folder = freshDir();
    await mkdir(folder);
    const made = await makeSelfSignedCertificate(['localhost', '127.0.0.1']);
    const certFile = join(folder, 'cert.pem');
    const keyFile = join(folder, 'key.pem');
    await writeFile(certFile, made.cert);
    await writeFile(keyFile, made.key, { mode: 0o600 });

    const server = await startHttpsServer(['--memory', '--cert', certFile, '--key', keyFile]);
    const answer = await httpsGet(`https://localhost:${server.port}/healthz`, { ca: made.cert });
    assert.equal(answer.status, 200);
    assert.equal(
      new X509Certificate(answer.peer.raw).toString(),
      new X509Certificate(made.cert).toString(),
    );
    assert.equal(listeningLine(server).certificate, certFile);
    assert.equal(listeningLine(server).issuer, `https://localhost:${server.port}/`);
    assert.doesNotMatch(
      server.stderr(),
      /NODE_EXTRA_CA_CERTS/,
      'no trust hint for a given certificate',
    );
    await stop(server);

    const fromEnv = await startHttpsServer(['--memory'], {
      env: serverEnv({ SMS_LOGIN_TLS_CERT: certFile, SMS_LOGIN_TLS_KEY: keyFile }),
    });
    assert.equal((await httpsGet(`${httpsUrl(fromEnv)}/healthz`, { ca: made.cert })).status, 200);
    await stop(fromEnv);
  });

  test('a missing, unreadable, swapped, encrypted or mismatched file exits 1 naming it', async () => {
    const folder = freshDir();
    await mkdir(folder);
    const made = await makeSelfSignedCertificate(['localhost']);
    const other = await makeSelfSignedCertificate(['localhost']);
    const files = {
      cert: join(folder, 'cert.pem'),
      key: join(folder, 'key.pem'),
      otherKey: join(folder, 'other-key.pem'),
      encryptedKey: join(folder, 'encrypted-key.pem'),
      text: join(folder, 'notes.txt'),
      missing: join(folder, 'missing.pem'),
      folder: join(folder, 'a-folder'),
    };
    await writeFile(files.cert, made.cert);
    await writeFile(files.key, made.key);
    await writeFile(files.otherKey, other.key);
    await writeFile(
      files.encryptedKey,
      createPrivateKey(made.key).export({
        type: 'pkcs8',
        format: 'pem',
        cipher: 'aes-256-cbc',
        passphrase: 'secret',
      }),
    );
    await writeFile(files.text, 'hello');
    await mkdir(files.folder);

    const cases: [string, string, RegExp][] = [
      [files.missing, files.key, /certificate file .*missing\.pem does not exist/],
      [files.cert, files.missing, /key file .*missing\.pem does not exist/],
      [files.folder, files.key, /a-folder is a directory/],
      [files.text, files.key, /notes\.txt is not a PEM certificate/],
      [
        files.key,
        files.cert,
        /key\.pem holds a private key, not a certificate: are --cert and --key swapped/,
      ],
      [files.cert, files.text, /notes\.txt is not a PEM private key/],
      [files.cert, files.encryptedKey, /encrypted-key\.pem is encrypted/],
      [files.cert, files.otherKey, /other-key\.pem does not belong to the certificate .*cert\.pem/],
    ];
    for (const [cert, key, message] of cases) {
      const { code, stderr } = await refused(['--cert', cert, '--key', key]);
      assert.equal(code, 1, `${cert} ${key}: ${stderr}`);
      assert.match(stderr, message);
      assert.ok(!stderr.includes(made.key.split('\n')[1]!), 'no key material');
    }
  });

  test('one without the other is a usage error on the command line, a setting error in the environment', async () => {
    const flag = await refused(['--cert', join(dir, 'cert.pem')]);
    assert.equal(flag.code, 2);
    assert.match(flag.stderr, /needs its key too: give both --cert and --key/);
    const env = await refused([], serverEnv({ SMS_LOGIN_TLS_KEY: join(dir, 'key.pem') }));
    assert.equal(env.code, 1);
    assert.match(env.stderr, /SMS_LOGIN_TLS_CERT and SMS_LOGIN_TLS_KEY/);
  });

  test('--https with a --host no certificate can name exits 1', async () => {
    const { code, stderr } = await refused(['--https', '--host', 'no such host!']);
    assert.equal(code, 1);
    assert.match(stderr, /--host "no such host!" is neither a host name nor an IP address/);
  });
});
