import { createHash, createHmac, createPrivateKey, sign, type KeyObject } from 'node:crypto';
import type { BackendCrypto, SigningKey } from '../crypto/backend-crypto.ts';

const base64url = (text: string) => Buffer.from(text).toString('base64url');

/**
 * The Node server's `BackendCrypto`: node:crypto runs an HMAC in a microsecond and signs in the
 * request's own thread, where WebCrypto goes through promises and the thread pool.
 */
export function createNodeCrypto(): BackendCrypto {
  const hmacKeys = new Map<string, Buffer>();
  const signingKeys = new WeakMap<SigningKey, { header: string; keyObject: KeyObject }>();
  const signerOf = (key: SigningKey) => {
    let signer = signingKeys.get(key);
    if (!signer) {
      signer = {
        header: base64url(JSON.stringify({ alg: 'RS256', typ: 'JWT', kid: key.kid })),
        keyObject: createPrivateKey({ key: key.privateJwk as never, format: 'jwk' }),
      };
      signingKeys.set(key, signer);
    }
    return signer;
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
      const { header, keyObject } = signerOf(key);
      const input = `${header}.${base64url(JSON.stringify(claims))}`;
      return `${input}.${sign('sha256', Buffer.from(input), keyObject).toString('base64url')}`;
    },
  };
}
