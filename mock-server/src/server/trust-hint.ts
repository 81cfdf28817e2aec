import type { DevelopmentCertificate } from './dev-certificate.ts';

/**
 * Two lines for whoever started the server: where the development certificate is, and how to
 * make Node, Chromium and the system trust its CA (once: later server certificates come from it).
 */
export function trustHint(certificate: DevelopmentCertificate): string[] {
  const ca = certificate.caFile;
  const state =
    certificate.made === 'CA'
      ? 'a new CA: trust it once'
      : certificate.made === 'server certificate'
        ? 'server certificate renewed, same CA'
        : 'reused';
  return [
    `HTTPS with ${certificate.certFile} for ${certificate.names.join(', ')}, signed by the development CA ${ca} (${state}).`,
    `Trust it: Node NODE_EXTRA_CA_CERTS=${ca}; Chromium --ignore-certificate-errors-spki-list=${certificate.caSpki}; ` +
      `Debian sudo cp ${ca} /usr/local/share/ca-certificates/sms-login-dev.crt && sudo update-ca-certificates; ` +
      `macOS sudo security add-trusted-cert -d -r trustRoot -k /Library/Keychains/System.keychain ${ca}`,
  ];
}
