import { randomHex, sha256Hex } from '../crypto/digest.ts';

/**
 * A bearer secret (cookie value, authorization code, login ticket) and the id it is stored
 * under: only the hash is kept, so a copy of the store opens nothing.
 */
export async function newSecret(): Promise<{ secret: string; id: string }> {
  const secret = randomHex(32);
  return { secret, id: await sha256Hex(secret) };
}

export const secretId = (secret: string): Promise<string> => sha256Hex(secret);
