import { calculateJwkThumbprint, exportJWK, generateKeyPair, importJWK, type JWK } from 'jose';
import type { SigningKey } from '../crypto/backend-crypto.ts';
import type { Store } from '../store/types.ts';
import { rememberUntilFailure } from '../remember-until-failure.ts';

export type { SigningKey };
export const SIGNING_KEY_SECRET = 'rs256-signing-key';

async function createSigningKeyJson(): Promise<string> {
  const { privateKey } = await generateKeyPair('RS256', { extractable: true, modulusLength: 2048 });
  const jwk = await exportJWK(privateKey);
  return JSON.stringify({ ...jwk, alg: 'RS256', use: 'sig' });
}

/**
 * The tenant's RS256 key: made once, kept in the store (so tokens outlive a restart with a
 * persistent store), and published without its private parts at `/.well-known/jwks.json`.
 */
export function createSigningKeyring(store: Store): () => Promise<SigningKey> {
  const load = async (): Promise<SigningKey> => {
    const privateJwk = JSON.parse(
      await store.getOrCreateSecret(SIGNING_KEY_SECRET, createSigningKeyJson),
    ) as JWK;
    const { kty, n, e } = privateJwk;
    const publicJwk: JWK = { kty, n, e, alg: 'RS256', use: 'sig' };
    publicJwk.kid = await calculateJwkThumbprint(publicJwk);
    const privateKey = (await importJWK(privateJwk, 'RS256')) as CryptoKey;
    return { kid: publicJwk.kid, privateKey, privateJwk, publicJwk };
  };
  return rememberUntilFailure(load);
}
