// The certificate and key of `--cert`/`--key`, checked before the server listens: every problem
// is told in a sentence that names the file, rather than as an OpenSSL error at the first visit.
import { createPrivateKey, X509Certificate, type KeyObject } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createSecureContext } from 'node:tls';
import { TlsError } from './tls-error.ts';

export interface TlsFiles {
  /** PEM, as read: the certificate, then any intermediates. */
  cert: string;
  key: string;
  /** The first certificate, the one the server presents. */
  certificate: X509Certificate;
  /** Things to say that do not stop the server (a certificate out of its dates). */
  warnings: string[];
}

const PEM_CERTIFICATE = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/;
const PEM_PRIVATE_KEY = /-----BEGIN (?:[A-Z]+ )?PRIVATE KEY-----/;
const ENCRYPTED_KEY = /-----BEGIN ENCRYPTED PRIVATE KEY-----|Proc-Type: *4, *ENCRYPTED/;

async function readPem(file: string, what: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT'
        ? 'does not exist'
        : code === 'EISDIR'
          ? 'is a directory, not a file'
          : code === 'EACCES' || code === 'EPERM'
            ? 'cannot be read (permission denied)'
            : `cannot be read (${code ?? (error as Error).message})`;
    throw new TlsError(`The TLS ${what} file ${file} ${reason}`);
  }
}

function parseCertificate(text: string, file: string): X509Certificate {
  const pem = PEM_CERTIFICATE.exec(text)?.[0];
  if (pem === undefined)
    throw new TlsError(
      PEM_PRIVATE_KEY.test(text)
        ? `The TLS certificate file ${file} holds a private key, not a certificate: are --cert and --key swapped?`
        : `The TLS certificate file ${file} is not a PEM certificate (-----BEGIN CERTIFICATE-----)`,
    );
  try {
    return new X509Certificate(pem);
  } catch {
    throw new TlsError(`The TLS certificate file ${file} holds a certificate that cannot be read`);
  }
}

function parsePrivateKey(text: string, file: string): KeyObject {
  if (!PEM_PRIVATE_KEY.test(text))
    throw new TlsError(
      PEM_CERTIFICATE.test(text)
        ? `The TLS key file ${file} holds a certificate, not a private key: are --cert and --key swapped?`
        : `The TLS key file ${file} is not a PEM private key (-----BEGIN PRIVATE KEY-----)`,
    );
  // PKCS #8 says ENCRYPTED PRIVATE KEY, the older PEM forms a Proc-Type header; OpenSSL's own
  // error for either ("interrupted or cancelled") would tell the user nothing.
  if (ENCRYPTED_KEY.test(text))
    throw new TlsError(
      `The TLS key file ${file} is encrypted with a passphrase: give the key unencrypted`,
    );
  try {
    return createPrivateKey(text);
  } catch {
    throw new TlsError(`The TLS key file ${file} holds a private key that cannot be read`);
  }
}

/** Reads and checks `certFile` and `keyFile`; a `TlsError` names the file and the fault. */
export async function readTlsFiles(
  certFile: string,
  keyFile: string,
  now = new Date(),
): Promise<TlsFiles> {
  const cert = await readPem(certFile, 'certificate');
  const key = await readPem(keyFile, 'key');
  const certificate = parseCertificate(cert, certFile);
  const privateKey = parsePrivateKey(key, keyFile);
  if (!certificate.checkPrivateKey(privateKey))
    throw new TlsError(
      `The TLS key file ${keyFile} does not belong to the certificate ${certFile} (their public keys differ)`,
    );
  try {
    // What the server will do with them: catches whatever the checks above let through.
    createSecureContext({ cert, key });
  } catch (error) {
    throw new TlsError(
      `The TLS certificate ${certFile} and key ${keyFile} cannot serve HTTPS: ${(error as Error).message}`,
    );
  }
  const warnings: string[] = [];
  if (new Date(certificate.validTo) < now)
    warnings.push(
      `Warning: the TLS certificate ${certFile} expired on ${certificate.validTo}; clients will refuse it.`,
    );
  else if (new Date(certificate.validFrom) > now)
    warnings.push(
      `Warning: the TLS certificate ${certFile} is valid only from ${certificate.validFrom}; clients will refuse it until then.`,
    );
  return { cert, key, certificate, warnings };
}
