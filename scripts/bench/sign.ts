// The bare RS256 signing rate: jose SignJWT (WebCrypto) and node:crypto (what the server uses) in a
// loop with a 2048-bit key made and imported the way the backend's keyring does it. Prints one JSON
// line: signatures per second, one at a time and with 16 in flight (the server overlaps requests
// the same way), through jose, through node:crypto as the server signs (the thread pool), and node:crypto's own
// synchronous sign in a loop (the most one core signs; the bench's reference rate).
// `node --import tsx sign.ts [seconds per way] [seconds of the synchronous loop]`.
import { createPrivateKey, sign as signSync } from 'node:crypto';
import { exportJWK, generateKeyPair, importJWK, SignJWT } from 'jose';
import { createNodeCrypto } from '../../mock-server/src/server/node-crypto.ts';

const seconds = Number(process.argv[2] ?? '3');
// The synchronous loop, the reference rate, runs as long as the run it is paired with.
const rawSeconds = Number(process.argv[3] ?? process.argv[2] ?? '3');
const { privateKey: generated } = await generateKeyPair('RS256', {
  extractable: true,
  modulusLength: 2048,
});
const privateKey = (await importJWK(await exportJWK(generated), 'RS256')) as CryptoKey;
const now = Math.floor(Date.now() / 1000);

const sign = () =>
  new SignJWT({ scope: 'openid', azp: 'bench', gty: 'passwordless' })
    .setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid: 'bench-key' })
    .setIssuer('http://127.0.0.1:8787/')
    .setSubject('sms|0123456789abcdef01234567')
    .setAudience('http://127.0.0.1:8787/userinfo')
    .setIssuedAt(now)
    .setExpirationTime(now + 86_400)
    .sign(privateKey);

async function rate(inFlight: number, durationMs: number): Promise<number> {
  let count = 0;
  const end = performance.now() + durationMs;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: inFlight }, async () => {
      while (performance.now() < end) {
        await sign();
        count++;
      }
    }),
  );
  return count / ((performance.now() - started) / 1000);
}

await rate(4, 500); // warm-up
const sequential = await rate(1, seconds * 1000);
const concurrent = await rate(16, seconds * 1000);

// The same token through node:crypto, as the Node server signs (server/node-crypto.ts).
const nodeCrypto = createNodeCrypto();
const key = { kid: 'bench-key', privateKey, privateJwk: await exportJWK(generated), publicJwk: {} };
const claims = {
  scope: 'openid',
  azp: 'bench',
  gty: 'passwordless',
  iss: 'http://127.0.0.1:8787/',
  sub: 'sms|0123456789abcdef01234567',
  aud: 'http://127.0.0.1:8787/userinfo',
  iat: now,
  exp: now + 86_400,
};
async function nodeRate(inFlight: number): Promise<number> {
  let count = 0;
  const end = performance.now() + seconds * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: inFlight }, async () => {
      while (performance.now() < end) {
        await nodeCrypto.signJwt(key, claims);
        count++;
      }
    }),
  );
  return count / ((performance.now() - started) / 1000);
}
const nodeSequential = await nodeRate(1);
const nodeConcurrent = await nodeRate(16);

// node:crypto's synchronous sign of the same input in a loop: no thread, no promise.
const keyObject = createPrivateKey({ key: key.privateJwk as never, format: 'jwk' });
const input = Buffer.from(
  `${Buffer.from(JSON.stringify({ alg: 'RS256', typ: 'JWT', kid: key.kid })).toString('base64url')}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}`,
);
let rawCount = 0;
const rawStarted = performance.now();
while (performance.now() - rawStarted < rawSeconds * 1000) {
  signSync('sha256', input, keyObject);
  rawCount++;
}
const nodeRaw = rawCount / ((performance.now() - rawStarted) / 1000);
process.stdout.write(
  `${JSON.stringify({ sequential, concurrent, nodeSequential, nodeConcurrent, nodeRaw })}\n`,
);
process.exit(0);
