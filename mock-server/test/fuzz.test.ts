import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import fc from 'fast-check';
import {
  directDoor,
  json,
  OTP_GRANT,
  sendCode,
  testConfig,
  tokenRequest,
  type Door,
} from './support.ts';

/** Every answer to a client mistake: a 4xx in the contract's error shape, never a 500. */
async function assertContractAnswer(response: Response, context: string): Promise<void> {
  assert.ok(response.status < 500, `${context}: status ${response.status}`);
  const text = await response.text();
  if (response.status === 204 || response.status === 200) return;
  let body: Record<string, unknown>;
  try {
    body = JSON.parse(text);
  } catch {
    assert.fail(`${context}: not JSON: ${text.slice(0, 200)}`);
  }
  const authShape = typeof body.error === 'string' && typeof body.error_description === 'string';
  const managementShape =
    typeof body.statusCode === 'number' &&
    typeof body.message === 'string' &&
    typeof body.errorCode === 'string';
  assert.ok(authShape || managementShape, `${context}: error shape ${text.slice(0, 200)}`);
  assert.ok(
    !/at .+\(.+:\d+:\d+\)|node_modules|\/src\//.test(text),
    `${context}: leaks a stack: ${text.slice(0, 200)}`,
  );
}

const hostileKey = fc.constantFrom(
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'client_id',
  'connection',
  'phone_number',
  'send',
  'authParams',
  'otp',
  'username',
  'realm',
  'grant_type',
  'refresh_token',
  'token',
);
const anyValue = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 3 }),
  fc.stringMatching(/^\+[0-9]{1,16}$/),
);
const hostileBody = fc.dictionary(fc.oneof(hostileKey, fc.string({ maxLength: 12 })), anyValue, {
  maxKeys: 8,
});
const contentType = fc.constantFrom(
  'application/json',
  'application/x-www-form-urlencoded',
  'text/plain',
  'application/json; charset=utf-8',
  '',
  'multipart/form-data; boundary=x',
  'application/vnd.api+json',
);
const rawBody = fc.oneof(
  hostileBody.map((body) => JSON.stringify(body)),
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 100 }),
  fc.constantFrom(
    '{',
    '[]',
    'null',
    '"x"',
    '{"a":{"b":{"c":{"d":{"e":{"f":{"g":{"h":{"i":{"j":1}}}}}}}}}}',
    '%%%',
    'a=1&a=2&__proto__=x',
    '\u0000\u0001',
  ),
  hostileBody.map((body) =>
    new URLSearchParams(
      Object.entries(body).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)]),
    ).toString(),
  ),
);
const headerValue = fc.oneof(
  fc.string({ maxLength: 50 }).filter((value) => !/[\r\n\0]/.test(value) && value.trim() === value),
  fc.constant('x'.repeat(10_000)),
  fc.constantFrom('fr-FR', 'en;q=0.5,de;q=0.9', ';;;', 'q=2', '*', 'zz-ZZZZZZZZZZZZ', '\t'),
);
const path = fc.constantFrom(
  '/passwordless/start',
  '/oauth/token',
  '/oauth/revoke',
  '/userinfo',
  '/.well-known/jwks.json',
  '/.well-known/openid-configuration',
  '/dev/messages',
  '/api/v2/connections',
  '/api/v2/users',
  '/nope',
  '/passwordless/start/../oauth/token',
);
const method = fc.constantFrom('GET', 'POST', 'DELETE', 'PATCH', 'PUT', 'OPTIONS');

describe('bad input on every public route', () => {
  let door: Door;
  before(async () => {
    door = await directDoor(
      testConfig({
        rate_limits: {
          passwordless_start_per_ip: { burst: 100_000, per_hour: 100_000 },
          token_per_ip: { burst: 100_000, per_hour: 100_000 },
        },
      }),
    );
  });

  it('never crashes, never answers 500, always answers in the contract shape', async () => {
    await fc.assert(
      fc.asyncProperty(
        path,
        method,
        contentType,
        rawBody,
        headerValue,
        headerValue,
        async (route, verb, type, body, language, authorization) => {
          const headers: Record<string, string> = {
            'x-request-language': language,
            'accept-language': language,
          };
          if (type) headers['content-type'] = type;
          if (authorization) headers.authorization = `Bearer ${authorization}`.trim();
          const init: RequestInit = { method: verb, headers };
          if (verb !== 'GET' && verb !== 'OPTIONS') init.body = body;
          await assertContractAnswer(
            await door.request(route, init),
            `${verb} ${route} ${type} ${body.slice(0, 80)}`,
          );
        },
      ),
      { numRuns: 400 },
    );
  });

  it('answers start with a contract error or a sent code for any added fields and headers', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.option(hostileBody),
        headerValue,
        headerValue,
        async (body, language, accepted) => {
          const response = await door.request(
            '/passwordless/start',
            json(
              { client_id: 'spa', connection: 'sms', phone_number: '+14155550100', ...body },
              { 'x-request-language': language, 'accept-language': accepted },
            ),
          );
          await assertContractAnswer(response, JSON.stringify(body));
        },
      ),
      { numRuns: 300 },
    );
    assert.equal(
      Object.prototype.hasOwnProperty.call(Object.prototype, 'admin'),
      false,
      'no prototype pollution',
    );
  });

  it('keeps the code rules under random guesses: no code usable after three wrong ones', async () => {
    // Each run gets a number of its own from a counter, so a failing case replays from its seed.
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.oneof(fc.stringMatching(/^[0-9]{6}$/), fc.string({ maxLength: 10 })), {
          minLength: 3,
          maxLength: 8,
        }),
        async (guesses) => {
          const phone = `+1415${String(++runs).padStart(7, '0')}`;
          const code = await sendCode(door, phone);
          let wrong = 0;
          for (const guess of guesses) {
            if (guess === code) continue;
            const response = await door.request('/oauth/token', tokenRequest(phone, guess));
            await assertContractAnswer(response, guess);
            if (response.status === 403) wrong += 1;
          }
          const final = await door.request('/oauth/token', tokenRequest(phone, code));
          assert.equal(final.status, wrong >= 3 ? 403 : 200, `after ${wrong} wrong guesses`);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('accepts the OTP grant fields in any order and as JSON or form alike', async () => {
    const phone = '+14155550188';
    const code = await sendCode(door, phone);
    const response = await door.request(
      '/oauth/token',
      json({ otp: code, realm: 'sms', username: phone, client_id: 'spa', grant_type: OTP_GRANT }),
    );
    assert.equal(response.status, 200);
  });
});
