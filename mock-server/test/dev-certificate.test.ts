// The development certificate of `--https`, made, reused and remade in a folder, in process.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { X509Certificate } from 'node:crypto';
import { mkdtemp, readFile, rm, stat, chmod, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CA_FILE,
  CA_KEY_FILE,
  certificateNames,
  developmentCertificate,
  SERVER_CERT_FILE,
  SERVER_KEY_FILE,
} from '../src/server/dev-certificate.ts';
import { TlsError } from '../src/server/tls-error.ts';

const DAY_MS = 24 * 60 * 60 * 1000;
const LOCAL = ['localhost', '127.0.0.1', '::1'];

let dir: string;
let dirs = 0;
const freshDir = () => join(dir, `tls-${++dirs}`);
const modeOf = async (file: string) => (await stat(file)).mode & 0o777;
const read = (folder: string, file: string) => readFile(join(folder, file), 'utf8');

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sms-login-dev-cert-'));
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the development certificate', () => {
  test('a CA and a server certificate for localhost, 127.0.0.1 and ::1 it signs; keys owner-only', async () => {
    const folder = freshDir();
    const made = await developmentCertificate(folder, LOCAL);
    assert.equal(made.made, 'CA');
    assert.equal(made.caFile, join(folder, CA_FILE));
    assert.equal(made.certFile, join(folder, SERVER_CERT_FILE));
    assert.equal(made.keyFile, join(folder, SERVER_KEY_FILE));
    assert.equal(await modeOf(folder), 0o700);
    assert.equal(await modeOf(join(folder, CA_KEY_FILE)), 0o600);
    assert.equal(await modeOf(made.keyFile), 0o600);

    const ca = new X509Certificate(await read(folder, CA_FILE));
    const server = new X509Certificate(await read(folder, SERVER_CERT_FILE));
    assert.ok(ca.ca, 'the CA is a CA');
    assert.ok(!server.ca, 'the server certificate is not');
    assert.ok(server.checkIssued(ca) && server.verify(ca.publicKey), 'the CA signed it');
    assert.equal(
      server.subjectAltName,
      'DNS:localhost, IP Address:127.0.0.1, IP Address:0:0:0:0:0:0:0:1',
    );
    assert.equal(server.checkHost('localhost'), 'localhost');
    assert.equal(server.checkIP('::1'), '::1');
    assert.match(server.keyUsage?.join() ?? '', /1\.3\.6\.1\.5\.5\.7\.3\.1/, 'serverAuth');
    // What the server sends: its certificate, then the CA.
    assert.equal(made.cert, `${server.toString().trimEnd()}\n${ca.toString().trimEnd()}\n`);
    assert.ok(server.checkPrivateKey((await import('node:crypto')).createPrivateKey(made.key)));
    assert.match(made.caSpki, /^[A-Za-z0-9+/]{43}=$/);
  });

  test('reused while valid and fitting; remade for other names, near its end, or when broken', async () => {
    const folder = freshDir();
    const now = new Date();
    const first = await developmentCertificate(folder, LOCAL, now);
    const ca = await read(folder, CA_FILE);

    const again = await developmentCertificate(folder, LOCAL, now);
    assert.equal(again.made, 'nothing');
    assert.equal(again.cert, first.cert);

    const named = await developmentCertificate(folder, [...LOCAL, 'dev.example.test'], now);
    assert.equal(named.made, 'server certificate');
    assert.ok(new X509Certificate(named.cert).checkHost('dev.example.test'));
    assert.equal(await read(folder, CA_FILE), ca, 'the CA stays: no new trust needed');
    // The names are exactly the asked ones: a name dropped is a new certificate too.
    assert.equal((await developmentCertificate(folder, LOCAL, now)).made, 'server certificate');

    const nearItsEnd = new Date(now.getTime() + 391 * DAY_MS);
    assert.equal(
      (await developmentCertificate(folder, LOCAL, nearItsEnd)).made,
      'server certificate',
    );
    assert.equal(await read(folder, CA_FILE), ca);

    await writeFile(join(folder, SERVER_KEY_FILE), 'not a key');
    assert.equal((await developmentCertificate(folder, LOCAL, now)).made, 'server certificate');

    // Loosened by hand: tightened again on reuse.
    await chmod(join(folder, SERVER_KEY_FILE), 0o644);
    assert.equal((await developmentCertificate(folder, LOCAL, now)).made, 'nothing');
    assert.equal(await modeOf(join(folder, SERVER_KEY_FILE)), 0o600);

    const caNearItsEnd = new Date(now.getTime() + (3650 - 400) * DAY_MS);
    assert.equal((await developmentCertificate(folder, LOCAL, caNearItsEnd)).made, 'CA');
    assert.notEqual(await read(folder, CA_FILE), ca);

    await unlink(join(folder, CA_KEY_FILE));
    const renewed = await developmentCertificate(folder, LOCAL, now);
    assert.equal(renewed.made, 'CA');
    const server = new X509Certificate(renewed.cert);
    assert.ok(server.verify(new X509Certificate(await read(folder, CA_FILE)).publicKey));
  });

  test('a folder it cannot create is a TlsError naming it', async () => {
    const file = join(dir, 'a-file');
    await writeFile(file, '');
    await assert.rejects(
      developmentCertificate(join(file, 'tls'), LOCAL),
      (error: Error) => error instanceof TlsError && error.message.includes(join(file, 'tls')),
    );
  });
});

describe('the names of the development certificate', () => {
  test('localhost and the loopbacks, then the host and the domain, each once, canonical', () => {
    assert.deepEqual(certificateNames([]), LOCAL);
    assert.deepEqual(
      certificateNames([
        { name: '127.0.0.1', source: '--host' },
        { name: 'LOCALHOST', source: 'The domain' },
      ]),
      LOCAL,
    );
    assert.deepEqual(
      certificateNames([
        { name: '0:0:0:0:0:0:0:1', source: '--host' },
        { name: '[::1]', source: 'The domain' },
      ]),
      LOCAL,
    );
    assert.deepEqual(
      certificateNames([
        { name: 'Dev.Example.Test', source: '--host' },
        { name: '192.168.1.20', source: 'The domain' },
      ]),
      [...LOCAL, 'dev.example.test', '192.168.1.20'],
    );
  });

  test('a wildcard bind address adds nothing; a name no certificate can hold is an error', () => {
    assert.deepEqual(certificateNames([{ name: '0.0.0.0', source: '--host' }]), LOCAL);
    assert.deepEqual(certificateNames([{ name: '::', source: '--host' }]), LOCAL);
    assert.throws(
      () => certificateNames([{ name: 'not a host', source: '--host' }]),
      (error: Error) => error instanceof TlsError && error.message.includes('--host "not a host"'),
    );
  });
});
