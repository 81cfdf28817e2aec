import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import {
  doors,
  errorOf,
  form,
  json,
  lastMessage,
  testConfig,
  WEB_ORIGIN,
  type Door,
} from './support.ts';

const PHONE = '+14155550100';
const start = (body: Record<string, unknown>) =>
  json({ client_id: 'spa', connection: 'sms', phone_number: PHONE, ...body });

for (const [doorName, openDoor] of doors) {
  describe(`POST /passwordless/start (${doorName})`, () => {
    let door: Door;
    before(async () => {
      door = await openDoor();
    });
    after(() => door.close());

    describe('success', () => {
      it('answers the contract body for a JSON request and sends the code', async () => {
        const response = await door.request('/passwordless/start', start({ send: 'code' }));
        assert.equal(response.status, 200);
        const body = await response.json();
        assert.match(body._id, /^[0-9a-f]{24}$/);
        assert.deepEqual(
          { ...body, _id: 'x' },
          { _id: 'x', phone_number: PHONE, phone_verified: false, request_language: null },
        );
        assert.match((await lastMessage(door, PHONE)).body, /^Your verification code is: \d{6}$/);
      });

      it('is the route with a query string too, and only for POST at its exact path', async () => {
        const withQuery = await door.request('/passwordless/start?from=test', start({}));
        assert.equal(withQuery.status, 200);
        assert.equal((await withQuery.json()).phone_number, PHONE);
        const notFound = [404, 'not_found', 'Not found'];
        assert.deepEqual(
          await errorOf(await door.request('/passwordless/start/', start({}))),
          notFound,
        );
        assert.deepEqual(
          await errorOf(await door.request('/Passwordless/start', start({}))),
          notFound,
        );
        assert.deepEqual(await errorOf(await door.request('/passwordless/start')), notFound);
        assert.deepEqual(
          await errorOf(await door.request('/oauth/token', { method: 'PUT', body: 'x' })),
          notFound,
        );
      });

      it('accepts a form-encoded body', async () => {
        const response = await door.request(
          '/passwordless/start',
          form({ client_id: 'spa', connection: 'sms', phone_number: '+14155550101', send: 'code' }),
        );
        assert.equal(response.status, 200);
        assert.equal((await response.json()).phone_number, '+14155550101');
      });

      it('treats an absent `send` as a code (the Node SDK omits it)', async () => {
        const response = await door.request(
          '/passwordless/start',
          json({ client_id: 'spa', connection: 'sms', phone_number: '+14155550102' }),
        );
        assert.equal(response.status, 200);
      });

      it('accepts authParams as an object', async () => {
        const response = await door.request(
          '/passwordless/start',
          start({ send: 'code', authParams: { scope: 'openid', state: 'abc' } }),
        );
        assert.equal(response.status, 200);
      });

      it('takes the language from x-request-language, else from accept-language', async () => {
        const explicit = await door.request('/passwordless/start', start({ send: 'code' }));
        assert.equal((await explicit.json()).request_language, null);
        const withHeader = await door.request(
          '/passwordless/start',
          json(
            { client_id: 'spa', connection: 'sms', phone_number: PHONE },
            { 'x-request-language': 'fr-FR', 'accept-language': 'de' },
          ),
        );
        assert.equal((await withHeader.json()).request_language, 'fr-FR');
        const fromAccept = await door.request(
          '/passwordless/start',
          json(
            { client_id: 'spa', connection: 'sms', phone_number: PHONE },
            { 'accept-language': 'nl;q=0.5, pt-BR, en;q=0.8' },
          ),
        );
        assert.equal((await fromAccept.json()).request_language, 'pt-BR');
        assert.equal((await lastMessage(door, PHONE)).language, 'pt-BR');
      });

      it('checks the secret of a confidential client', async () => {
        const ok = await door.request(
          '/passwordless/start',
          start({ client_id: 'server', client_secret: 'server-secret-123' }),
        );
        assert.equal(ok.status, 200);
        const wrong = await door.request(
          '/passwordless/start',
          start({ client_id: 'server', client_secret: 'nope' }),
        );
        assert.deepEqual(await errorOf(wrong), [
          401,
          'unauthorized',
          'Unauthorized. Invalid client credentials',
        ]);
        const missing = await door.request('/passwordless/start', start({ client_id: 'server' }));
        assert.deepEqual(await errorOf(missing), [
          401,
          'unauthorized',
          'Unauthorized. Invalid client credentials',
        ]);
      });
    });

    describe('errors, row by row', () => {
      const rows: [string, Record<string, unknown>, [number, string, string]][] = [
        [
          'missing client_id',
          { client_id: undefined },
          [400, 'bad.client_id', 'Missing required property: client_id'],
        ],
        ['unknown client', { client_id: 'ghost' }, [400, 'bad.client_id', 'Unknown client: ghost']],
        [
          'missing connection',
          { connection: undefined },
          [400, 'bad.connection', 'Missing required property: connection'],
        ],
        [
          'unknown connection',
          { connection: 'nope' },
          [400, 'bad.connection', 'Connection does not exist'],
        ],
        [
          'connection not enabled for the client',
          { client_id: 'lonely' },
          [400, 'bad.connection', 'Connection is disabled'],
        ],
        [
          'not a passwordless connection',
          { connection: 'Username-Password-Authentication' },
          [
            400,
            'bad.connection',
            'Invalid connection strategy. It must either be a passwordless connection',
          ],
        ],
        [
          'missing phone_number',
          { phone_number: undefined },
          [400, 'bad.phone_number', 'Missing required property: phone_number'],
        ],
        [
          'national number',
          { phone_number: '4155550100' },
          [400, 'bad.phone_number', 'String does not match pattern: ^\\+[0-9]{1,15}$'],
        ],
        [
          'spaces in the number',
          { phone_number: '+1 415 555 0100' },
          [400, 'bad.phone_number', 'String does not match pattern: ^\\+[0-9]{1,15}$'],
        ],
        [
          'sixteen digits',
          { phone_number: '+1234567890123456' },
          [400, 'bad.phone_number', 'String does not match pattern: ^\\+[0-9]{1,15}$'],
        ],
        [
          'authParams as a string',
          { authParams: 'scope=openid' },
          [400, 'bad.authParams', 'error in authParams - invalid type: string (expected object)'],
        ],
        [
          'authParams as an array',
          { authParams: [] },
          [400, 'bad.authParams', 'error in authParams - invalid type: array (expected object)'],
        ],
        [
          'an email for an sms connection',
          { email: 'someone@example.com' },
          [400, 'bad.request', 'the following properties are not allowed: email'],
        ],
        [
          'unknown properties',
          { foo: 1, bar: 2 },
          [400, 'bad.request', 'the following properties are not allowed: foo, bar'],
        ],
        [
          'a prototype key',
          { ['__proto__']: { admin: true } },
          [400, 'bad.request', 'the following properties are not allowed: __proto__'],
        ],
        [
          'send=link for sms',
          { send: 'link' },
          [400, 'bad.send', 'Sending a link is not supported for sms connections: use "code"'],
        ],
        ['an unknown send', { send: 'pigeon' }, [400, 'bad.send', 'send must be "code" or "link"']],
      ];
      for (const [name, change, expected] of rows) {
        it(`answers ${expected[0]} ${expected[1]} for ${name}`, async () => {
          const body: Record<string, unknown> = {
            client_id: 'spa',
            connection: 'sms',
            phone_number: PHONE,
            send: 'code',
          };
          for (const [key, value] of Object.entries(change)) {
            if (value === undefined) delete body[key];
            else
              Object.defineProperty(body, key, {
                value,
                enumerable: true,
                configurable: true,
                writable: true,
              });
          }
          const response = await door.request('/passwordless/start', {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(body),
          });
          assert.deepEqual(await errorOf(response), expected);
        });
      }

      it('refuses an unknown number on a signup-disabled connection, and sends nothing', async () => {
        const response = await door.request(
          '/passwordless/start',
          start({ connection: 'sms-closed', phone_number: '+14155550999' }),
        );
        assert.deepEqual(await errorOf(response), [
          400,
          'signup_disabled',
          'Public signup is disabled',
        ]);
        const outbox = await door.request('/dev/messages?phone_number=%2B14155550999');
        assert.deepEqual((await outbox.json()).messages, []);
      });

      it('answers bad.request for a body that is not JSON', async () => {
        const response = await door.request('/passwordless/start', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: '{"client_id":',
        });
        assert.deepEqual(await errorOf(response), [
          400,
          'bad.request',
          'The body is not valid JSON',
        ]);
      });

      it('refuses a browser call from an origin the client does not allow', async () => {
        const response = await door.request(
          '/passwordless/start',
          json(
            { client_id: 'spa', connection: 'sms', phone_number: PHONE },
            { origin: 'https://evil.example' },
          ),
        );
        assert.deepEqual(await errorOf(response), [
          403,
          'unauthorized',
          'Origin https://evil.example is not allowed for this client',
        ]);
      });
    });

    describe('rate limit', () => {
      let limited: Door;
      beforeEach(async () => {
        limited = await openDoor(
          testConfig({ rate_limits: { passwordless_start_per_ip: { burst: 2, per_hour: 60 } } }),
        );
      });

      it('answers 429 with Retry-After and X-RateLimit headers once the burst is spent, then recovers', async () => {
        try {
          for (let index = 0; index < 2; index++) {
            const ok = await limited.request('/passwordless/start', start({}));
            assert.equal(ok.status, 200);
            assert.equal(ok.headers.get('x-ratelimit-limit'), '2');
            assert.equal(ok.headers.get('x-ratelimit-remaining'), String(1 - index));
          }
          const refused = await limited.request('/passwordless/start', start({}));
          assert.equal(refused.headers.get('retry-after'), '60');
          assert.equal(refused.headers.get('x-ratelimit-remaining'), '0');
          assert.match(refused.headers.get('x-ratelimit-reset') ?? '', /^\d{10}$/);
          assert.deepEqual(await errorOf(refused), [
            429,
            'too_many_requests',
            'Rate limit exceeded.',
          ]);
          limited.clock.advance(60_000);
          assert.equal((await limited.request('/passwordless/start', start({}))).status, 200);
        } finally {
          await limited.close();
        }
      });
    });

    describe('CORS', () => {
      it('lets an allowed origin call from a browser and tells others nothing', async () => {
        const preflight = await door.request('/passwordless/start', {
          method: 'OPTIONS',
          headers: {
            origin: WEB_ORIGIN,
            'access-control-request-method': 'POST',
            'access-control-request-headers': 'content-type,x-request-language',
          },
        });
        assert.equal(preflight.headers.get('access-control-allow-origin'), WEB_ORIGIN);
        assert.match(
          preflight.headers.get('access-control-allow-headers') ?? '',
          /X-Request-Language/i,
        );
        const foreign = await door.request('/passwordless/start', {
          method: 'OPTIONS',
          headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
        });
        assert.equal(foreign.headers.get('access-control-allow-origin'), null);
        const call = await door.request(
          '/passwordless/start',
          json(
            { client_id: 'spa', connection: 'sms', phone_number: PHONE },
            { origin: WEB_ORIGIN },
          ),
        );
        assert.equal(call.status, 200);
        assert.equal(call.headers.get('access-control-allow-origin'), WEB_ORIGIN);
      });

      it('puts the same CORS headers on every answer, however the route made it', async () => {
        const answers = {
          'a start': await door.request(
            '/passwordless/start',
            json(
              { client_id: 'spa', connection: 'sms', phone_number: PHONE },
              { origin: WEB_ORIGIN },
            ),
          ),
          'an error': await door.request(
            '/passwordless/start',
            json(
              { client_id: 'spa', connection: 'nope', phone_number: PHONE },
              { origin: WEB_ORIGIN },
            ),
          ),
          'a page of keys': await door.request('/.well-known/jwks.json', {
            headers: { origin: WEB_ORIGIN },
          }),
          'no route': await door.request('/nowhere', { headers: { origin: WEB_ORIGIN } }),
        };
        for (const [what, answer] of Object.entries(answers)) {
          assert.equal(answer.headers.get('access-control-allow-origin'), WEB_ORIGIN, what);
          assert.equal(
            answer.headers.get('access-control-expose-headers'),
            'Retry-After,X-RateLimit-Limit,X-RateLimit-Remaining,X-RateLimit-Reset',
            what,
          );
          assert.equal(answer.headers.get('vary'), 'Origin', what);
          assert.match(answer.headers.get('content-type') ?? '', /^application\/json/, what);
        }
        const foreign = await door.request(
          '/passwordless/start',
          json(
            { client_id: 'spa', connection: 'sms', phone_number: PHONE },
            { origin: 'https://evil.example' },
          ),
        );
        assert.equal(foreign.headers.get('access-control-allow-origin'), null);
        assert.equal(foreign.headers.get('vary'), 'Origin');
      });
    });
  });
}
