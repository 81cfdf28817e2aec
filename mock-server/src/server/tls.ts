// The TLS the server listens with: the files of --cert/--key, or the development certificate of
// --https, with what to log and what to tell the person who started it.
import { certificateNames, developmentCertificate } from './dev-certificate.ts';
import type { TlsOption } from './options.ts';
import { readTlsFiles } from './tls-files.ts';
import { trustHint } from './trust-hint.ts';

export interface ServerTls {
  /** PEM: the certificate chain and its private key, for `https.createServer`. */
  cert: string;
  key: string;
  /** Fields of the `listening` log line: file paths only, never key material. */
  logFields: { certificate: string; ca?: string };
  /** Where the certificate is and how to trust it, for the person who started the server. */
  hint: string[];
  /** What will go wrong with the certificate given (out of its dates). */
  warnings: string[];
}

/** Names the development certificate must hold besides localhost and the loopbacks. */
export interface ServedNames {
  /** The `--host` the server binds. */
  host: string;
  /** The issuer's origin, whose host clients such as the Auth0 SDKs dial (`https://<domain>`). */
  issuer: string;
}

/** Reads or makes the certificate; a `TlsError` says what is wrong with which file. */
export async function prepareTls(option: TlsOption, served: ServedNames): Promise<ServerTls> {
  if (option.certificate === 'files') {
    const files = await readTlsFiles(option.certFile, option.keyFile);
    return {
      cert: files.cert,
      key: files.key,
      logFields: { certificate: option.certFile },
      hint: [],
      warnings: files.warnings,
    };
  }
  const names = certificateNames([
    { name: served.host, source: '--host' },
    { name: new URL(served.issuer).hostname, source: 'The domain' },
  ]);
  const made = await developmentCertificate(option.directory, names);
  return {
    cert: made.cert,
    key: made.key,
    logFields: { certificate: made.certFile, ca: made.caFile },
    hint: trustHint(made),
    warnings: [],
  };
}
