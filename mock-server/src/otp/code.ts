import { webCrypto, type BackendCrypto } from '../crypto/backend-crypto.ts';
import { randomBytes, randomHex } from '../crypto/digest.ts';
import type { Store } from '../store/types.ts';
import { rememberUntilFailure } from '../remember-until-failure.ts';

/**
 * A code of `length` decimal digits from the CSPRNG. Each digit comes from a random byte below
 * 250 (bytes 250–255 are drawn again), so every digit is equally likely: no modulo bias.
 */
export function generateCode(length: number): string {
  let code = '';
  while (code.length < length) {
    for (const byte of randomBytes(length * 2)) {
      if (byte < 250 && code.length < length) code += String(byte % 10);
    }
  }
  return code;
}

/** The key codes are hashed with; the store keeps it so hashes survive a restart. */
export const CODE_HASH_KEY_SECRET = 'otp-hash-key';
export const createCodeHashKey = async (): Promise<string> => randomHex(32);

/**
 * The code hash key for every start and token request, read from the store once: a stored secret
 * never changes (the first value written wins for good). A read that fails is tried again.
 */
export const createCodeHashKeyring = (
  store: Pick<Store, 'getOrCreateSecret'>,
): (() => Promise<string>) =>
  rememberUntilFailure(() => store.getOrCreateSecret(CODE_HASH_KEY_SECRET, createCodeHashKey));

/**
 * The keyed hash kept instead of the code. The number and connection are part of the message, so
 * a hash is only good for the number it was issued to.
 */
export const hashCode = (
  key: string,
  connection: string,
  phoneNumber: string,
  code: string,
  crypto: BackendCrypto = webCrypto,
): Promise<string> => crypto.hmacHex(key, `${connection}\u0000${phoneNumber}\u0000${code}`);
