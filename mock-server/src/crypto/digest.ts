const encoder = new TextEncoder();

/**
 * Random bytes drawn from the platform's CSPRNG a few kilobytes at a time: one call to the
 * generator serves hundreds of ids and codes, and each byte is handed out once.
 */
const POOL_BYTES = 4096;
let pool = new Uint8Array(0);
let poolOffset = 0;

/** `count` bytes from the CSPRNG (a view: read it before the next call). */
export function randomBytes(count: number): Uint8Array {
  if (count > POOL_BYTES) return crypto.getRandomValues(new Uint8Array(count));
  if (poolOffset + count > pool.length) {
    pool = crypto.getRandomValues(new Uint8Array(POOL_BYTES));
    poolOffset = 0;
  }
  const bytes = pool.subarray(poolOffset, poolOffset + count);
  poolOffset += count;
  return bytes;
}

const HEX_BYTES = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));

/** Hex of `length` random bytes from the platform's CSPRNG. */
export function randomHex(length: number): string {
  let text = '';
  for (const byte of randomBytes(length)) text += HEX_BYTES[byte];
  return text;
}

const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** `length` random letters and digits (Auth0's client ids and secrets look like this). */
export function randomAlphanumeric(length: number): string {
  let text = '';
  while (text.length < length) {
    for (const byte of randomBytes(length)) {
      // 248 is the largest multiple of 62 below 256: bytes above it would favour some letters.
      if (byte < 248 && text.length < length) text += ALPHANUMERIC[byte % 62];
    }
  }
  return text;
}

const hex = (buffer: ArrayBuffer): string =>
  Array.from(new Uint8Array(buffer), (byte) => byte.toString(16).padStart(2, '0')).join('');

/**
 * Imported HMAC keys by their hex. A backend hashes every code with one key, and importing it
 * costs more than the HMAC itself, so each key is imported once. Bounded for processes (tests)
 * that make many backends.
 */
const hmacKeys = new Map<string, Promise<CryptoKey>>();
const HMAC_KEY_CACHE_SIZE = 16;

function hmacKey(keyHex: string): Promise<CryptoKey> {
  let key = hmacKeys.get(keyHex);
  if (!key) {
    const keyBytes = new Uint8Array(keyHex.match(/../g)!.map((pair) => parseInt(pair, 16)));
    key = crypto.subtle.importKey('raw', keyBytes, { name: 'HMAC', hash: 'SHA-256' }, false, [
      'sign',
    ]);
    if (hmacKeys.size >= HMAC_KEY_CACHE_SIZE) hmacKeys.delete(hmacKeys.keys().next().value!);
    hmacKeys.set(keyHex, key);
    key.catch(() => hmacKeys.delete(keyHex));
  }
  return key;
}

/** HMAC-SHA-256 of `message` under `keyHex`, as hex. */
export async function hmacHex(keyHex: string, message: string): Promise<string> {
  return hex(await crypto.subtle.sign('HMAC', await hmacKey(keyHex), encoder.encode(message)));
}

/** SHA-256 of `message`, as hex (for tokens that are long random strings already). */
export async function sha256Hex(message: string): Promise<string> {
  return hex(await crypto.subtle.digest('SHA-256', encoder.encode(message)));
}

/**
 * Compares two digests without an early exit, so the time taken says nothing about where they
 * differ. Both sides are fixed-length hex digests; a length difference is not secret.
 */
export function timingSafeEqualHex(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let index = 0; index < a.length; index++)
    difference |= a.charCodeAt(index) ^ b.charCodeAt(index);
  return difference === 0;
}
