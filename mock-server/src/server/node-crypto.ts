import { createHash, createHmac } from 'node:crypto';
import type { BackendCrypto, SigningKey } from '../crypto/backend-crypto.ts';
import { sharedSigningThreads, type SigningThreads } from './signing-threads.ts';

const base64url = (text: string) => Buffer.from(text).toString('base64url');

/**
 * The Node server's `BackendCrypto`: node:crypto runs an HMAC in a microsecond, where WebCrypto
 * goes through promises and the thread pool, and signs on signing threads of their own (as many
 * as the cores) without WebCrypto's key and algorithm checks on every call.
 */
export function createNodeCrypto(
  options: {
    /** The threads that sign; the process's shared ones by default. */
    signingThreads?: SigningThreads;
  } = {},
): BackendCrypto {
  const hmacKeys = new Map<string, Buffer>();
  const headers = new WeakMap<SigningKey, string>();
  const headerOf = (key: SigningKey) => {
    let header = headers.get(key);
    if (header === undefined) {
      header = base64url(JSON.stringify({ alg: 'RS256', typ: 'JWT', kid: key.kid }));
      headers.set(key, header);
    }
    return header;
  };
  return {
    async hmacHex(keyHex, message) {
      let key = hmacKeys.get(keyHex);
      if (!key) {
        key = Buffer.from(keyHex, 'hex');
        // A backend has one code key; tests make many backends in one process.
        if (hmacKeys.size >= 16) hmacKeys.delete(hmacKeys.keys().next().value!);
        hmacKeys.set(keyHex, key);
      }
      return createHmac('sha256', key).update(message).digest('hex');
    },
    async sha256Hex(message) {
      return createHash('sha256').update(message).digest('hex');
    },
    async signJwt(key, claims) {
      const input = `${headerOf(key)}.${base64url(JSON.stringify(claims))}`;
      const threads = options.signingThreads ?? sharedSigningThreads();
      return `${input}.${await threads.sign(key.kid, key.privateJwk, input)}`;
    },
  };
}
