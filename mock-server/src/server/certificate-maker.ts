// Makes the development CA and the server certificate it signs, with @peculiar/x509 on Node's
// WebCrypto (ECDSA P-256: a key pair takes milliseconds, where RSA takes far longer).
// Only dev-certificate.ts imports this, and only when a certificate must be made: the library
// and its ASN.1 stack take about 100 ms to load, which a start that reuses them should not pay.
// tsyringe, which the library uses inside, needs the Reflect metadata API: it must load first.
import 'reflect-metadata';
import * as x509 from '@peculiar/x509';

// The library finds no WebCrypto by itself outside a browser.
x509.cryptoProvider.set(globalThis.crypto);

/** A certificate and its private key, both PEM (the key as PKCS #8). */
export interface PemPair {
  cert: string;
  key: string;
}

const ALGORITHM = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' } as const;
const DAY_MS = 24 * 60 * 60 * 1000;
/** The CA outlives many server certificates, so that trusting it once lasts. */
export const CA_LIFETIME_DAYS = 3650;
/** Under the 398 days clients such as Apple's accept for a server certificate. */
export const SERVER_LIFETIME_DAYS = 397;
/** Backdated a little, so a client whose clock runs behind accepts a certificate made just now. */
const BACKDATE_MS = 60 * 60 * 1000;

async function keyPair(): Promise<CryptoKeyPair> {
  return crypto.subtle.generateKey(ALGORITHM, true, ['sign', 'verify']);
}

async function privateKeyPem(key: CryptoKey): Promise<string> {
  const der = await crypto.subtle.exportKey('pkcs8', key);
  return x509.PemConverter.encode(der, 'PRIVATE KEY');
}

/** A CA that may sign server certificates only (path length 0), named after who made it. */
export async function makeCertificateAuthority(now: Date, owner: string): Promise<PemPair> {
  const keys = await keyPair();
  const cert = await x509.X509CertificateGenerator.createSelfSigned({
    name: [
      { O: ['sms-login development CA'] },
      { OU: [owner] },
      { CN: ['sms-login development CA'] },
    ],
    notBefore: new Date(now.getTime() - BACKDATE_MS),
    notAfter: new Date(now.getTime() + CA_LIFETIME_DAYS * DAY_MS),
    keys,
    signingAlgorithm: ALGORITHM,
    extensions: [
      new x509.BasicConstraintsExtension(true, 0, true),
      new x509.KeyUsagesExtension(
        x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign,
        true,
      ),
      await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
    ],
  });
  return { cert: cert.toString('pem'), key: await privateKeyPem(keys.privateKey) };
}

/** A server certificate for `names` (host names and IP addresses), signed by `ca`. */
export async function makeServerCertificate(
  ca: PemPair,
  names: readonly string[],
  isIp: (name: string) => boolean,
  now: Date,
): Promise<PemPair> {
  const caCert = new x509.X509Certificate(ca.cert);
  const caKey = await crypto.subtle.importKey(
    'pkcs8',
    x509.PemConverter.decodeFirst(ca.key),
    ALGORITHM,
    false,
    ['sign'],
  );
  const keys = await keyPair();
  const cert = await x509.X509CertificateGenerator.create({
    subject: [{ O: ['sms-login development certificate'] }, { CN: [names[0]!] }],
    issuer: caCert.subject,
    notBefore: new Date(now.getTime() - BACKDATE_MS),
    notAfter: new Date(now.getTime() + SERVER_LIFETIME_DAYS * DAY_MS),
    publicKey: keys.publicKey,
    signingKey: caKey,
    signingAlgorithm: ALGORITHM,
    extensions: [
      new x509.BasicConstraintsExtension(false, undefined, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature, true),
      new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.serverAuth]),
      new x509.SubjectAlternativeNameExtension(
        names.map((name) => ({
          type: isIp(name) ? ('ip' as const) : ('dns' as const),
          value: name,
        })),
      ),
      await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
      await x509.AuthorityKeyIdentifierExtension.create(caCert.publicKey),
    ],
  });
  return { cert: cert.toString('pem'), key: await privateKeyPem(keys.privateKey) };
}
