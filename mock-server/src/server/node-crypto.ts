import { createHash, createHmac, createPrivateKey, sign, type KeyObject } from 'node:crypto';
import type { BackendCrypto, SigningKey } from '../crypto/backend-crypto.ts';

const base64url = (text: string) => Buffer.from(text).toString('base64url');

/**
 * The Node server's `BackendCrypto`: node:crypto runs an HMAC in a microsecond, where WebCrypto
 * goes through promises and the thread pool, and signs on the thread pool without WebCrypto's
 * key and algorithm checks on every call.
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
    signJwt(key, claims) {
      const { header, keyObject } = signerOf(key);
      const input = `${header}.${base64url(JSON.stringify(claims))}`;
      // On the thread pool (the callback form): a millisecond of RSA per token, done in the
      // request's own thread, made each turn of the event loop as long as the answers it signed,
      // and a few requests waited many turns for theirs.
      return new Promise((resolve, reject) =>
        sign('sha256', Buffer.from(input), keyObject, (error, signature) =>
          error ? reject(error) : resolve(`${input}.${signature.toString('base64url')}`),
        ),
      );
    },
  };
}
