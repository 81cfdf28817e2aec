// The MSW adapter in Node: plain `fetch` calls to the tenant origin are answered by the backend,
// and everything else reaches the network untouched.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setupServer } from 'msw/node';
import { createRemoteJWKSet, jwtVerify } from 'jose';
import { createBackend } from '../src/backend.ts';
import { createMswHandlers } from '../src/adapters/msw.ts';

const TENANT = 'https://tenant.example.com';
const CLIENT_ID = 'spa';
const OTP_GRANT = 'http://auth0.com/oauth/grant-type/passwordless/otp';

let server: ReturnType<typeof setupServer>;
let unhandled: string[] = [];

/** A real HTTP server on loopback that records what reaches it. */
let local: Server;
let localOrigin: string;
const reached: { method: string; url: string; headers: IncomingHttpHeaders; body: string }[] = [];

before(async () => {
  const backend = createBackend({
    domain: 'tenant.example.com',
    clients: [{ client_id: CLIENT_ID, name: 'Test App', web_origins: ['https://app.example.com'] }],
    connections: [{ name: 'sms', enabled_clients: [CLIENT_ID] }],
    dev_routes: true,
  });
  server = setupServer(...createMswHandlers(backend, { origin: TENANT }));
  server.events.on('request:unhandled', ({ request }) => {
    unhandled.push(`${request.method} ${request.url}`);
  });
  server.listen({ onUnhandledRequest: 'bypass' });

  local = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      reached.push({
        method: request.method ?? '',
        url: request.url ?? '',
        headers: request.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      });
      response.writeHead(418, { 'content-type': 'text/plain', 'x-from': 'local-server' });
      response.end('not the backend');
    });
  });
  await new Promise<void>((resolve) => local.listen(0, '127.0.0.1', resolve));
  localOrigin = `http://127.0.0.1:${(local.address() as AddressInfo).port}`;
});

after(async () => {
  server?.close();
  await new Promise<void>((resolve) => (local ? local.close(() => resolve()) : resolve()));
});

async function codeFor(phone: string): Promise<string> {
  const response = await fetch(`${TENANT}/dev/messages?phone_number=${encodeURIComponent(phone)}`);
  assert.equal(response.status, 200);
  const { messages } = (await response.json()) as {
    messages: { body: string; phone_number?: string }[];
  };
  assert.equal(messages.length, 1, 'one message in the outbox for this number');
  const match = /(\d{6})(?!.*\d)/s.exec(messages[0]!.body);
  assert.ok(match, `a 6-digit code in "${messages[0]!.body}"`);
  return match[1]!;
}

describe('MSW handlers in Node (setupServer)', () => {
  test('start, read the code, trade it for tokens, verify the id_token with the JWKS, call /userinfo', async () => {
    const phone = '+14155550111';
    unhandled = [];

    const start = await fetch(`${TENANT}/passwordless/start`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        client_id: CLIENT_ID,
        connection: 'sms',
        phone_number: phone,
        send: 'code',
      }),
    });
    assert.equal(start.status, 200);
    const started = (await start.json()) as Record<string, unknown>;
    assert.match(String(started._id), /^[0-9a-f]{24}$/);
    assert.equal(started.phone_number, phone);
    assert.equal(started.phone_verified, false);

    const code = await codeFor(phone);

    const tokenResponse = await fetch(`${TENANT}/oauth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: OTP_GRANT,
        client_id: CLIENT_ID,
        username: phone,
        otp: code,
        realm: 'sms',
        scope: 'openid profile',
      }).toString(),
    });
    assert.equal(tokenResponse.status, 200);
    const tokens = (await tokenResponse.json()) as {
      access_token: string;
      id_token: string;
      token_type: string;
      expires_in: number;
    };
    assert.equal(tokens.token_type, 'Bearer');
    assert.equal(tokens.expires_in, 86400);

    // jose fetches the key set with the global fetch, which MSW intercepts.
    const jwks = createRemoteJWKSet(new URL(`${TENANT}/.well-known/jwks.json`));
    const { payload, protectedHeader } = await jwtVerify(tokens.id_token, jwks, {
      issuer: `${TENANT}/`,
      audience: CLIENT_ID,
      algorithms: ['RS256'],
    });
    assert.equal(protectedHeader.alg, 'RS256');
    assert.match(payload.sub ?? '', /^sms\|[0-9a-f]{24}$/);
    assert.equal(payload.phone_number, phone);
    assert.equal(payload.phone_number_verified, true);

    // The same key set does not accept the token for another audience.
    await assert.rejects(
      jwtVerify(tokens.id_token, jwks, { issuer: `${TENANT}/`, audience: 'someone-else' }),
      {
        code: 'ERR_JWT_CLAIM_VALIDATION_FAILED',
      },
    );

    const userinfo = await fetch(`${TENANT}/userinfo`, {
      headers: { authorization: `Bearer ${tokens.access_token}` },
    });
    assert.equal(userinfo.status, 200);
    const profile = (await userinfo.json()) as Record<string, unknown>;
    assert.equal(profile.sub, payload.sub);
    assert.equal(profile.phone_number, phone);
    assert.equal(profile.phone_number_verified, true);

    const anonymous = await fetch(`${TENANT}/userinfo`);
    assert.equal(anonymous.status, 401);

    assert.deepEqual(unhandled, [], 'every tenant request was handled by the backend');
  });

  test('the discovery document through MSW names the tenant issuer and its JWKS', async () => {
    const response = await fetch(`${TENANT}/.well-known/openid-configuration`);
    assert.equal(response.status, 200);
    const document = (await response.json()) as { issuer: string; jwks_uri: string };
    assert.equal(document.issuer, `${TENANT}/`);
    assert.equal(document.jwks_uri, `${TENANT}/.well-known/jwks.json`);
  });

  test('requests to other origins pass through to the network untouched', async () => {
    reached.length = 0;
    unhandled = [];
    const body = JSON.stringify({
      client_id: CLIENT_ID,
      connection: 'sms',
      phone_number: '+14155550112',
    });
    // Same path as a tenant route, another origin: the real server answers, not the backend.
    const response = await fetch(`${localOrigin}/passwordless/start?keep=1`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-probe': 'kept' },
      body,
    });
    assert.equal(response.status, 418);
    assert.equal(response.headers.get('x-from'), 'local-server');
    assert.equal(await response.text(), 'not the backend');

    assert.equal(reached.length, 1);
    assert.equal(reached[0]!.method, 'POST');
    assert.equal(reached[0]!.url, '/passwordless/start?keep=1');
    assert.equal(reached[0]!.headers['x-probe'], 'kept');
    assert.equal(reached[0]!.headers['content-type'], 'application/json');
    assert.equal(reached[0]!.body, body);
    assert.deepEqual(unhandled, [`POST ${localOrigin}/passwordless/start?keep=1`]);

    // The backend's outbox saw nothing for that number.
    const outbox = await fetch(`${TENANT}/dev/messages?phone_number=%2B14155550112`);
    assert.deepEqual(await outbox.json(), { messages: [] });
  });

  test('a request to a tenant path the backend does not serve is answered by the backend, not the network', async () => {
    const response = await fetch(`${TENANT}/no/such/route`);
    assert.equal(response.status, 404);
    assert.deepEqual(await response.json(), { error: 'not_found', error_description: 'Not found' });
  });
});
