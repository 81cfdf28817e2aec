// A round trip with the real `auth0` Node SDK against the real Node server.
//
// auth0@7 ships its Authentication API client (`AuthenticationClient`, with `passwordless.sendSMS`
// and `passwordless.loginWithSMS`) as `auth0/legacy`; the main entry point is the Management API.
// The SDK builds `https://<domain>` URLs. Two of its own options point it at the loopback server:
// - `fetch`: every Authentication API call goes through it; it rewrites the origin.
// - `agent`: the id_token validator fetches `https://<domain>/.well-known/jwks.json` with
//   `https.get(url, { agent })`; an agent whose connections are plain TCP sockets to the server
//   lets that request reach it too, so the signature check uses the keys the server publishes.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import https from 'node:https';
import net from 'node:net';
import { AuthenticationClient, AuthApiError } from 'auth0/legacy';
import { SignJWT, decodeJwt, decodeProtectedHeader, generateKeyPair } from 'jose';
import { createBackend } from '../src/backend.ts';
import { startNodeServer, type RunningServer } from '../src/adapters/node.ts';

const DOMAIN = 'tenant.example.com';
const CLIENT_ID = 'server-app';
const CLIENT_SECRET = 'server-app-secret-123';

interface SeenRequest {
  method: string;
  path: string;
  contentType: string | null;
  body: string;
}

let running: RunningServer;
/** Requests the SDK sent through its `fetch` option. */
const seen: SeenRequest[] = [];
/** Paths the id_token validator asked for through its `agent` option. */
const jwksRequests: string[] = [];

/** Plain TCP connections to the loopback server, whatever host the request names. */
class LoopbackAgent extends https.Agent {
  override createConnection(): net.Socket {
    const socket = net.connect({ host: '127.0.0.1', port: running.port });
    socket.on('data', (chunk) => {
      const firstLine = chunk.toString('latin1').split('\r\n', 1)[0] ?? '';
      if (firstLine.startsWith('HTTP/1.1 ')) jwksRequests.push(firstLine);
    });
    return socket;
  }
}

type Fetch = typeof fetch;
type ResponseEditor = (path: string, response: Response) => Promise<Response>;

/** Sends the SDK's `https://<domain>/…` requests to the loopback server. */
function loopbackFetch(domain: string, edit?: ResponseEditor): Fetch {
  return async (input, init = {}) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    assert.equal(url.origin, `https://${domain}`, 'the SDK calls https://<domain>');
    const headers = new Headers(init.headers);
    const body =
      typeof init.body === 'string' ? init.body : init.body == null ? '' : String(init.body);
    seen.push({
      method: init.method ?? 'GET',
      path: url.pathname,
      contentType: headers.get('content-type'),
      body,
    });
    // `dispatcher` carries the SDK's `agent`, which is for the JWKS request only.
    const { dispatcher: _dispatcher, ...rest } = init as RequestInit & { dispatcher?: unknown };
    const response = await fetch(`${running.url}${url.pathname}${url.search}`, rest);
    return edit ? edit(url.pathname, response) : response;
  };
}

function sdk(
  options: { domain?: string; clientSecret?: string; edit?: ResponseEditor } = {},
): AuthenticationClient {
  const domain = options.domain ?? DOMAIN;
  return new AuthenticationClient({
    domain,
    clientId: CLIENT_ID,
    clientSecret: options.clientSecret ?? CLIENT_SECRET,
    fetch: loopbackFetch(domain, options.edit),
    agent: new LoopbackAgent() as unknown as NonNullable<
      ConstructorParameters<typeof AuthenticationClient>[0]['agent']
    >,
  });
}

async function lastCode(phone: string): Promise<string> {
  const response = await fetch(
    `${running.url}/dev/messages?phone_number=${encodeURIComponent(phone)}`,
  );
  assert.equal(response.status, 200);
  const { messages } = (await response.json()) as { messages: { body: string }[] };
  const match = /(\d{6})(?!.*\d)/s.exec(messages[0]?.body ?? '');
  assert.ok(match, `a 6-digit code was sent to ${phone}`);
  return match[1]!;
}

async function refused(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof Error);
    return error;
  }
  assert.fail('the SDK accepted what it should have refused');
}

before(async () => {
  const backend = createBackend({
    domain: DOMAIN,
    clients: [
      {
        client_id: CLIENT_ID,
        name: 'Server App',
        client_secret: CLIENT_SECRET,
        refresh_token: { rotation_type: 'rotating', expiration_type: 'expiring' },
      },
    ],
    connections: [{ name: 'sms', enabled_clients: [CLIENT_ID] }],
    dev_routes: true,
  });
  running = await startNodeServer(backend, { port: 0 });
});

after(async () => {
  await running?.close();
});

describe('auth0 Node SDK (AuthenticationClient) against the Node server', () => {
  test('sendSMS then loginWithSMS: tokens whose id_token the SDK validated against the JWKS', async () => {
    const phone = '+14155550101';
    const client = sdk();
    seen.length = 0;
    jwksRequests.length = 0;

    await client.passwordless.sendSMS({ phone_number: phone });
    const start = seen.find((request) => request.path === '/passwordless/start');
    assert.ok(start, 'the SDK called /passwordless/start');
    assert.equal(start.method, 'POST');
    assert.match(start.contentType ?? '', /^application\/json/);
    const startBody = JSON.parse(start.body) as Record<string, unknown>;
    assert.deepEqual(startBody, {
      client_id: CLIENT_ID,
      client_secret: CLIENT_SECRET,
      connection: 'sms',
      phone_number: phone,
    });
    assert.ok(!('send' in startBody), 'the SDK omits `send`, and the backend still sends a code');

    const code = await lastCode(phone);
    const { data } = await client.passwordless.loginWithSMS({ phone_number: phone, code });

    const token = seen.find((request) => request.path === '/oauth/token');
    assert.ok(token, 'the SDK called /oauth/token');
    assert.match(token.contentType ?? '', /^application\/x-www-form-urlencoded/);
    const form = Object.fromEntries(new URLSearchParams(token.body));
    assert.deepEqual(form, {
      client_id: CLIENT_ID,
      client_secret: CLIENT_SECRET,
      username: phone,
      otp: code,
      realm: 'sms',
      grant_type: 'http://auth0.com/oauth/grant-type/passwordless/otp',
    });

    assert.equal(data.token_type, 'Bearer');
    assert.equal(data.expires_in, 86400);
    assert.equal(typeof data.access_token, 'string');
    assert.equal(typeof data.id_token, 'string');
    const claims = decodeJwt(data.id_token!);
    assert.equal(claims.iss, `https://${DOMAIN}/`);
    assert.equal(claims.aud, CLIENT_ID);
    assert.match(claims.sub ?? '', /^sms\|[0-9a-f]{24}$/);
    assert.equal(claims.phone_number, phone);
    assert.equal(claims.phone_number_verified, true);
    assert.equal(decodeProtectedHeader(data.id_token!).alg, 'RS256');

    // The validator fetched the key set from the server (through the SDK's `agent`).
    assert.deepEqual(jwksRequests, ['HTTP/1.1 200 OK']);
  });

  test('a second login with the same number returns the same sub; another number gets another sub', async () => {
    const phone = '+14155550102';
    const client = sdk();
    await client.passwordless.sendSMS({ phone_number: phone });
    const first = await client.passwordless.loginWithSMS({
      phone_number: phone,
      code: await lastCode(phone),
    });
    await client.passwordless.sendSMS({ phone_number: phone });
    const second = await client.passwordless.loginWithSMS({
      phone_number: phone,
      code: await lastCode(phone),
    });
    const firstSub = decodeJwt(first.data.id_token!).sub;
    assert.ok(firstSub);
    assert.equal(decodeJwt(second.data.id_token!).sub, firstSub);

    const other = '+14155550103';
    await client.passwordless.sendSMS({ phone_number: other });
    const third = await client.passwordless.loginWithSMS({
      phone_number: other,
      code: await lastCode(other),
    });
    assert.notEqual(decodeJwt(third.data.id_token!).sub, firstSub);
  });

  test('a wrong code surfaces as the SDK error with Auth0 fields', async () => {
    const phone = '+14155550104';
    const client = sdk();
    await client.passwordless.sendSMS({ phone_number: phone });
    const code = await lastCode(phone);
    const wrong = code === '000000' ? '111111' : '000000';
    const error = await refused(
      client.passwordless.loginWithSMS({ phone_number: phone, code: wrong }),
    );
    assert.ok(error instanceof AuthApiError, `AuthApiError, not ${error.name}: ${error.message}`);
    assert.equal(error.statusCode, 403);
    assert.equal(error.error, 'invalid_grant');
    assert.equal(error.error_description, 'Wrong phone number or verification code.');
    // The right code still works after one failed attempt.
    const { data } = await client.passwordless.loginWithSMS({ phone_number: phone, code });
    assert.equal(decodeJwt(data.id_token!).phone_number, phone);
  });

  test('a wrong client secret is refused with 401 by sendSMS', async () => {
    const client = sdk({ clientSecret: 'not-the-secret-at-all' });
    const error = await refused(client.passwordless.sendSMS({ phone_number: '+14155550105' }));
    assert.ok(error instanceof AuthApiError, `AuthApiError, not ${error.name}: ${error.message}`);
    assert.equal(error.statusCode, 401);
    assert.equal(error.error, 'unauthorized');
  });

  test('the SDK refuses an id_token signed with a key the server does not publish', async () => {
    const phone = '+14155550106';
    const { privateKey } = await generateKeyPair('RS256');
    let forged = false;
    // Re-signs the server's id_token with a foreign key, keeping its header (kid) and claims.
    const client = sdk({
      edit: async (path, response) => {
        if (path !== '/oauth/token' || response.status !== 200) return response;
        const body = (await response.json()) as { id_token: string };
        const header = decodeProtectedHeader(body.id_token);
        body.id_token = await new SignJWT(decodeJwt(body.id_token))
          .setProtectedHeader({ alg: 'RS256', kid: header.kid!, typ: header.typ })
          .sign(privateKey);
        forged = true;
        return Response.json(body, { status: 200 });
      },
    });
    await client.passwordless.sendSMS({ phone_number: phone });
    const error = await refused(
      client.passwordless.loginWithSMS({ phone_number: phone, code: await lastCode(phone) }),
    );
    assert.ok(forged, 'the token answer was re-signed');
    assert.match(`${error.name} ${error.message}`, /signature verification failed/i);
  });

  test('the SDK checks the issuer against https://<domain>/', async () => {
    // Same server, but the SDK believes the tenant is another domain: the server's id_token names
    // https://tenant.example.com/ and the SDK expects https://other.example.com/.
    const phone = '+14155550107';
    const client = sdk({ domain: 'other.example.com' });
    await client.passwordless.sendSMS({ phone_number: phone });
    const error = await refused(
      client.passwordless.loginWithSMS({ phone_number: phone, code: await lastCode(phone) }),
    );
    assert.match(error.message, /Issuer \(iss\) claim mismatch/);
    assert.match(
      error.message,
      /expected "https:\/\/other\.example\.com\/", found "https:\/\/tenant\.example\.com\/"/,
    );
  });
});

/** Logs `phone` in with `offline_access` through the SDK. */
async function offlineLogin(client: AuthenticationClient, phone: string) {
  await client.passwordless.sendSMS({ phone_number: phone });
  const { data } = await client.passwordless.loginWithSMS({
    phone_number: phone,
    code: await lastCode(phone),
    scope: 'openid offline_access',
  });
  assert.equal(typeof data.refresh_token, 'string', 'offline_access brings a refresh token');
  return data;
}

describe('auth0 Node SDK: refresh tokens', () => {
  test('oauth.refreshTokenGrant rotates the token; the SDK validates the new id_token', async () => {
    const client = sdk();
    const login = await offlineLogin(client, '+14155550108');
    seen.length = 0;
    jwksRequests.length = 0;
    const { data } = await client.oauth.refreshTokenGrant({
      refresh_token: login.refresh_token!,
    });
    const request = seen.find((entry) => entry.path === '/oauth/token');
    assert.deepEqual(Object.fromEntries(new URLSearchParams(request!.body)), {
      client_id: CLIENT_ID,
      client_secret: CLIENT_SECRET,
      refresh_token: login.refresh_token,
      grant_type: 'refresh_token',
    });
    assert.equal(typeof data.refresh_token, 'string');
    assert.notEqual(data.refresh_token, login.refresh_token);
    assert.equal(decodeJwt(data.id_token!).sub, decodeJwt(login.id_token!).sub);
    assert.equal((data as { scope?: string }).scope, 'openid offline_access');
    assert.equal(data.expires_in, 86400);
    assert.deepEqual(
      jwksRequests,
      ['HTTP/1.1 200 OK'],
      'the id_token was checked against the JWKS',
    );

    const next = await client.oauth.refreshTokenGrant({ refresh_token: data.refresh_token! });
    assert.equal(typeof next.data.access_token, 'string');
  });

  test('a spent refresh token is refused with Auth0 fields, and the family is gone', async () => {
    const client = sdk();
    const login = await offlineLogin(client, '+14155550109');
    const { data } = await client.oauth.refreshTokenGrant({
      refresh_token: login.refresh_token!,
    });
    const reuse = await refused(
      client.oauth.refreshTokenGrant({ refresh_token: login.refresh_token! }),
    );
    assert.ok(reuse instanceof AuthApiError, `AuthApiError, not ${reuse.name}: ${reuse.message}`);
    assert.equal(reuse.statusCode, 403);
    assert.equal(reuse.error, 'invalid_grant');
    assert.equal(reuse.error_description, 'Unknown or invalid refresh token.');
    const newest = await refused(
      client.oauth.refreshTokenGrant({ refresh_token: data.refresh_token! }),
    );
    assert.ok(newest instanceof AuthApiError);
    assert.equal(newest.statusCode, 403);
  });

  test('oauth.revokeRefreshToken ends the family', async () => {
    const client = sdk();
    const login = await offlineLogin(client, '+14155550110');
    seen.length = 0;
    const revoked = await client.oauth.revokeRefreshToken({ token: login.refresh_token! });
    assert.equal(revoked.status, 200);
    const request = seen.find((entry) => entry.path === '/oauth/revoke');
    assert.match(request?.contentType ?? '', /^application\/json/);
    const error = await refused(
      client.oauth.refreshTokenGrant({ refresh_token: login.refresh_token! }),
    );
    assert.ok(error instanceof AuthApiError);
    assert.equal(error.error_description, 'Unknown or invalid refresh token.');
  });
});
