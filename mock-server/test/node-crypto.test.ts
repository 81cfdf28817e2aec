// The Node server's crypto (node:crypto) and the default (WebCrypto) give the same bytes: code
// hashes, token hashes and JWTs that the JWKS verifies, so a store written by one door works with
// the other.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createLocalJWKSet, decodeProtectedHeader, jwtVerify } from 'jose';
import { webCrypto } from '../src/crypto/backend-crypto.ts';
import { createMemoryStore } from '../src/store/memory.ts';
import { createNodeCrypto } from '../src/server/node-crypto.ts';
import { createSigningKeyring } from '../src/tokens/signing-key.ts';
import { directDoor, sendCode, tokenRequest, ISSUER } from './support.ts';

const nodeCrypto = createNodeCrypto();

describe('node:crypto and WebCrypto', () => {
  test('HMAC-SHA-256 and SHA-256 agree to the byte', async () => {
    for (const key of ['00'.repeat(32), 'ab'.repeat(32), '0123456789abcdef'.repeat(4)])
      for (const message of ['', 'sms\u0000+14155550100\u0000123456', 'é'.repeat(300)])
        assert.equal(await nodeCrypto.hmacHex(key, message), await webCrypto.hmacHex(key, message));
    for (const message of ['', 'a', '🙂'.repeat(100)])
      assert.equal(await nodeCrypto.sha256Hex(message), await webCrypto.sha256Hex(message));
  });

  test('a JWT signed with node:crypto verifies with the published key, header and claims as WebCrypto makes them', async () => {
    const key = await createSigningKeyring(createMemoryStore())();
    const claims = { iss: ISSUER, sub: 'sms|1', aud: 'spa', iat: 1, exp: 4_000_000_000, n: 'é' };
    const jwks = createLocalJWKSet({ keys: [key.publicJwk] });
    for (const crypto of [nodeCrypto, webCrypto]) {
      const token = await crypto.signJwt(key, claims);
      assert.deepEqual(decodeProtectedHeader(token), { alg: 'RS256', typ: 'JWT', kid: key.kid });
      const { payload } = await jwtVerify(token, jwks, { issuer: ISSUER, audience: 'spa' });
      assert.deepEqual(payload, claims);
    }
  });

  test('a backend with node:crypto signs in, and its JWKS verifies the tokens', async () => {
    const door = await directDoor(undefined, { crypto: nodeCrypto });
    try {
      const phone = '+14155550177';
      const response = await door.request(
        '/oauth/token',
        tokenRequest(phone, await sendCode(door, phone)),
      );
      assert.equal(response.status, 200, await response.clone().text());
      const { id_token } = (await response.json()) as { id_token: string };
      const jwks = (await (await door.request('/.well-known/jwks.json')).json()) as { keys: [] };
      const { payload } = await jwtVerify(id_token, createLocalJWKSet(jwks), {
        issuer: ISSUER,
        audience: 'spa',
      });
      assert.equal(payload.phone_number, phone);
    } finally {
      await door.close();
    }
  });
});
