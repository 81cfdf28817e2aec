// The development certificate of `--https`: a CA made once per folder, and a server certificate
// it signs for the names the server answers to. Both are reused while they are valid and fit, so
// a developer trusts the CA once; the server certificate is remade when it nears its end or the
// names change, the CA only when it nears its own end or its files are gone or broken.
import { createHash, createPrivateKey, X509Certificate, type KeyObject } from 'node:crypto';
import { chmod, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { isIP } from 'node:net';
import { hostname, userInfo } from 'node:os';
import { join, resolve } from 'node:path';
import type { PemPair } from './certificate-maker.ts';
import { TlsError } from './tls-error.ts';

export const CA_FILE = 'ca.pem';
export const CA_KEY_FILE = 'ca-key.pem';
export const SERVER_CERT_FILE = 'server.pem';
export const SERVER_KEY_FILE = 'server-key.pem';

const DAY_MS = 24 * 60 * 60 * 1000;
/** A server certificate with less left than this is remade, so it never ends mid-session. */
const SERVER_RENEWAL_MS = 7 * DAY_MS;
/** A CA is remade while it could still outlive a fresh server certificate by this margin. */
const CA_RENEWAL_MS = (397 + 7) * DAY_MS;

export interface DevelopmentCertificate {
  /** PEM: the server certificate, then the CA (so a client can match the CA's key). */
  cert: string;
  key: string;
  /** Absolute paths. */
  caFile: string;
  certFile: string;
  keyFile: string;
  /** The names the server certificate holds. */
  names: string[];
  /** base64 SHA-256 of the CA's public key, for Chromium's `--ignore-certificate-errors-spki-list`. */
  caSpki: string;
  /** What this start had to make: nothing, the server certificate, or the CA as well. */
  made: 'nothing' | 'server certificate' | 'CA';
}

const DNS_NAME =
  /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/;

/** An IP address in the one spelling a certificate's check compares (`::1`, not `0:0::1`). */
function canonicalIp(address: string): string {
  return isIP(address) === 6 ? new URL(`http://[${address}]`).hostname.slice(1, -1) : address;
}

/**
 * The names the certificate covers: localhost, 127.0.0.1 and ::1, then each of `extra` (the
 * `--host` the server binds and the host of its issuer) that is a name a client can dial.
 */
export function certificateNames(extra: readonly { name: string; source: string }[]): string[] {
  const names = ['localhost', '127.0.0.1', '::1'];
  for (const { name, source } of extra) {
    const bare = name.startsWith('[') && name.endsWith(']') ? name.slice(1, -1) : name;
    const lower = bare.toLowerCase();
    // A wildcard bind address is no name to dial: localhost and the loopbacks cover it.
    if (lower === '0.0.0.0' || lower === '::') continue;
    const candidate = isIP(lower) ? canonicalIp(lower) : lower;
    if (!isIP(candidate) && !DNS_NAME.test(candidate))
      throw new TlsError(
        `${source} "${name}" is neither a host name nor an IP address, so no certificate can name it`,
      );
    if (!names.includes(candidate)) names.push(candidate);
  }
  return names;
}

/** The file's text, or `undefined` if it does not exist; other failures name the file. */
async function readIfPresent(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return undefined;
    throw new TlsError(`Cannot read ${file}: ${code ?? (error as Error).message}`);
  }
}

/** A certificate and the private key that goes with it, or `undefined` if either is unusable. */
function parsePair(
  certPem: string | undefined,
  keyPem: string | undefined,
): { cert: X509Certificate; key: KeyObject } | undefined {
  if (certPem === undefined || keyPem === undefined) return undefined;
  try {
    const cert = new X509Certificate(certPem);
    const key = createPrivateKey(keyPem);
    return cert.checkPrivateKey(key) ? { cert, key } : undefined;
  } catch {
    // Broken or foreign files in our own folder: make new ones.
    return undefined;
  }
}

/** Whether the certificate's subject alternative names are exactly `names`. */
function namesFit(cert: X509Certificate, names: readonly string[]): boolean {
  const entries = cert.subjectAltName?.split(', ') ?? [];
  return (
    entries.length === names.length &&
    names.every((name) => (isIP(name) ? cert.checkIP(name) : cert.checkHost(name)) !== undefined)
  );
}

/** Writes `text` whole or not at all (a reader never sees half a key), with `mode`. */
async function writeAtomically(file: string, text: string, mode: number): Promise<void> {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    await writeFile(temporary, text, { mode });
    await rename(temporary, file);
    await chmod(file, mode);
  } catch (error) {
    throw new TlsError(
      `Cannot write ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
    );
  }
}

/** Loaded only when a certificate must be made: a start that reuses them never pays for it. */
const maker = () => import('./certificate-maker.ts');

function owner(): string {
  try {
    return `${userInfo().username}@${hostname()}`;
  } catch {
    // No passwd entry (some containers): the host alone still tells CAs apart.
    return hostname();
  }
}

/** Reuses or makes the development CA and server certificate in `directory`. */
export async function developmentCertificate(
  directory: string,
  names: readonly string[],
  now = new Date(),
): Promise<DevelopmentCertificate> {
  const folder = resolve(directory);
  const files = {
    caFile: join(folder, CA_FILE),
    caKeyFile: join(folder, CA_KEY_FILE),
    certFile: join(folder, SERVER_CERT_FILE),
    keyFile: join(folder, SERVER_KEY_FILE),
  };
  try {
    // The CA's key can vouch for any name: owner only, like the database beside it.
    await mkdir(folder, { recursive: true, mode: 0o700 });
    await chmod(folder, 0o700);
  } catch (error) {
    throw new TlsError(
      `Cannot create the certificate folder ${folder}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
    );
  }
  const soon = (ms: number) => new Date(now.getTime() + ms);

  let made: DevelopmentCertificate['made'] = 'nothing';
  let caPem = await readIfPresent(files.caFile);
  let caKeyPem = await readIfPresent(files.caKeyFile);
  const ca = parsePair(caPem, caKeyPem);
  const caUsable =
    ca &&
    ca.cert.ca &&
    // The maker signs with an ECDSA P-256 key: a CA of another kind is not one it made.
    ca.key.asymmetricKeyDetails?.namedCurve === 'prime256v1' &&
    new Date(ca.cert.validFrom) <= now &&
    new Date(ca.cert.validTo) > soon(CA_RENEWAL_MS);
  if (!caUsable) {
    const fresh = await (await maker()).makeCertificateAuthority(now, owner());
    await writeAtomically(files.caKeyFile, fresh.key, 0o600);
    await writeAtomically(files.caFile, fresh.cert, 0o644);
    [caPem, caKeyPem] = [fresh.cert, fresh.key];
    made = 'CA';
  }
  const caPair: PemPair = { cert: caPem!, key: caKeyPem! };
  const caCert = new X509Certificate(caPair.cert);

  let certPem = await readIfPresent(files.certFile);
  let keyPem = await readIfPresent(files.keyFile);
  const server = made === 'CA' ? undefined : parsePair(certPem, keyPem);
  const serverUsable =
    server &&
    server.cert.checkIssued(caCert) &&
    server.cert.verify(caCert.publicKey) &&
    new Date(server.cert.validFrom) <= now &&
    new Date(server.cert.validTo) > soon(SERVER_RENEWAL_MS) &&
    namesFit(server.cert, names);
  if (!serverUsable) {
    const fresh = await (
      await maker()
    ).makeServerCertificate(caPair, names, (name) => isIP(name) !== 0, now);
    await writeAtomically(files.keyFile, fresh.key, 0o600);
    await writeAtomically(files.certFile, fresh.cert, 0o644);
    [certPem, keyPem] = [fresh.cert, fresh.key];
    if (made === 'nothing') made = 'server certificate';
  } else {
    // Kept private even if someone loosened them since.
    await chmod(files.keyFile, 0o600).catch(() => {});
    await chmod(files.caKeyFile, 0o600).catch(() => {});
  }

  const caSpki = createHash('sha256')
    .update(caCert.publicKey.export({ type: 'spki', format: 'der' }))
    .digest('base64');
  return {
    cert: `${certPem!.trimEnd()}\n${caPair.cert.trimEnd()}\n`,
    key: keyPem!,
    caFile: files.caFile,
    certFile: files.certFile,
    keyFile: files.keyFile,
    names: [...names],
    caSpki,
    made,
  };
}
