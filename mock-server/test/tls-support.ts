// HTTPS helpers for the tests: requests that trust a given CA (or nothing), a wait for an HTTPS
// server, and certificates made here with @peculiar/x509, independently of the server's own maker.
import 'reflect-metadata';
import https from 'node:https';
import type { PeerCertificate } from 'node:tls';
import * as x509 from '@peculiar/x509';
import { freePort, spawnServer, waitUntilHealthy, type ServerProcess } from './server-process.ts';

x509.cryptoProvider.set(globalThis.crypto);

export interface HttpsAnswer {
  status: number;
  body: string;
  /** The certificate the server presented. */
  peer: PeerCertificate;
}

/**
 * `GET url`, trusting only `ca` (PEM), or Node's built-in roots without it, or nothing at all
 * with `insecure`.
 */
export function httpsGet(
  url: string,
  options: { ca?: string; insecure?: boolean } = {},
): Promise<HttpsAnswer> {
  return new Promise((resolve, reject) => {
    const request = https.get(
      url,
      {
        agent: false,
        ...(options.ca ? { ca: options.ca } : {}),
        ...(options.insecure ? { rejectUnauthorized: false } : {}),
      },
      (response) => {
        let body = '';
        response.setEncoding('utf8').on('data', (chunk: string) => (body += chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            body,
            peer: (response.socket as import('node:tls').TLSSocket).getPeerCertificate(),
          }),
        );
      },
    );
    request.on('error', reject);
  });
}

/** The `https://<host>:<port>` address of a server process (127.0.0.1 by default). */
export const httpsUrl = (server: ServerProcess, host = '127.0.0.1'): string =>
  `https://${host}:${server.port}`;

/**
 * Starts the command with `args` (a free port added) and waits until it answers over HTTPS on
 * `host` (the one it binds: 127.0.0.1 unless `--host` says otherwise).
 */
export async function startHttpsServer(
  args: string[],
  options: { env?: NodeJS.ProcessEnv; cwd?: string; port?: number; host?: string } = {},
): Promise<ServerProcess> {
  const port = options.port ?? (await freePort());
  const server = spawnServer(['--port', String(port), ...args], { ...options, port });
  await waitUntilHealthy(
    server,
    30_000,
    async () =>
      (await httpsGet(`${httpsUrl(server, options.host)}/healthz`, { insecure: true })).status ===
      200,
  );
  return server;
}

/** A self-signed server certificate for `names` (DNS names and IPv4 addresses), PEM. */
export async function makeSelfSignedCertificate(
  names: string[],
  lifetime: { notBefore: Date; notAfter: Date } = {
    notBefore: new Date(Date.now() - 60_000),
    notAfter: new Date(Date.now() + 30 * 24 * 60 * 60 * 1000),
  },
): Promise<{ cert: string; key: string }> {
  const algorithm = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' };
  const keys = await crypto.subtle.generateKey(algorithm, true, ['sign', 'verify']);
  const certificate = await x509.X509CertificateGenerator.createSelfSigned({
    name: `CN=${names[0]}`,
    ...lifetime,
    keys,
    signingAlgorithm: algorithm,
    extensions: [
      new x509.BasicConstraintsExtension(false, undefined, true),
      new x509.SubjectAlternativeNameExtension(
        names.map((value) => ({
          type: /^[0-9.]+$/.test(value) ? ('ip' as const) : ('dns' as const),
          value,
        })),
      ),
    ],
  });
  const pkcs8 = await crypto.subtle.exportKey('pkcs8', keys.privateKey);
  return {
    cert: certificate.toString('pem'),
    key: x509.PemConverter.encode(pkcs8, 'PRIVATE KEY'),
  };
}
