// The signing floor: a bare node:http server that reads each POST and answers it with a token
// set holding one RS256 JWT, signed as the backend's Node server signs (server/node-crypto.ts, on
// the thread pool). No route, no store, no code check: the most requests a second that any token
// endpoint on this stack can answer, one signature each, to set beside the token row.
// `node --import tsx sign-floor.ts`; prints `READY <port>`.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair } from 'jose';
import { createNodeCrypto } from '../../mock-server/src/server/node-crypto.ts';

const { privateKey, publicKey } = await generateKeyPair('RS256', {
  extractable: true,
  modulusLength: 2048,
});
const key = {
  kid: 'bench-key',
  privateKey,
  privateJwk: await exportJWK(privateKey),
  publicJwk: await exportJWK(publicKey),
};
const nodeCrypto = createNodeCrypto();
const issuer = 'http://127.0.0.1:8787/';
let served = 0;

const server = createServer((request, response) => {
  request.resume();
  request.on('end', () => {
    const now = Math.floor(Date.now() / 1000);
    // The id token's claims as a passwordless login's carry them, a new subject each time.
    const claims = {
      phone_number: '+19990000000',
      phone_number_verified: true,
      iss: issuer,
      sub: `sms|${(served++).toString(16).padStart(24, '0')}`,
      aud: 'bench',
      iat: now,
      exp: now + 36_000,
    };
    nodeCrypto.signJwt(key, claims).then((idToken) => {
      const body = JSON.stringify({
        access_token: 'a'.repeat(32),
        id_token: idToken,
        scope: 'openid',
        expires_in: 86_400,
        token_type: 'Bearer',
      });
      response.writeHead(200, {
        'Content-Type': 'application/json',
        'Content-Length': Buffer.byteLength(body),
        'Cache-Control': 'no-store',
      });
      response.end(body);
    });
  });
});
server.listen(0, '127.0.0.1', () =>
  process.stdout.write(`READY ${(server.address() as AddressInfo).port}\n`),
);
const stop = () => {
  server.closeAllConnections();
  server.close(() => process.exit(0));
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
