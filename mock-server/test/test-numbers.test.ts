// Test numbers: fixed codes for test suites and testers, with no SMS and no send limit, under
// the code rules of any other code.
import assert from 'node:assert/strict';
import { after, afterEach, before, beforeEach, describe, it } from 'node:test';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, parseConfig } from '../src/config/parse.ts';
import type { ConfigInput } from '../src/config/schema.ts';
import { testNumberNotices } from '../src/server/test-number-notice.ts';
import { startFakeTwilio, type FakeTwilio } from './fakes/fake-twilio.ts';
import {
  managementConfig,
  management,
  managementErrorOf,
  managementToken,
} from './management-support.ts';
import { TWILIO_SID, TWILIO_TOKEN } from './phone-support.ts';
import { killAllStarted, startServer } from './server-process.ts';
import {
  directDoor,
  doors,
  errorOf,
  json,
  testConfig,
  tokenRequest,
  type Door,
} from './support.ts';

const TEST_NUMBER = '+15555550100';
const OTHER_TEST_NUMBER = '+15555550101';
const THIRD_TEST_NUMBER = '+15555550102';
const FIXED_CODE = '424242';
const ORDINARY_NUMBER = '+14155550123';

const WRONG = [403, 'invalid_grant', 'Wrong phone number or verification code.'];
const EXHAUSTED = [
  403,
  'invalid_grant',
  "You've reached the maximum number of attempts. Please try to login again.",
];
const EXPIRED = [
  403,
  'invalid_grant',
  'The verification code has expired. Please try to login again.',
];

const TEST_NUMBERS = {
  [TEST_NUMBER]: FIXED_CODE,
  [OTHER_TEST_NUMBER]: '111111',
  [THIRD_TEST_NUMBER]: '222222',
};

/** `testConfig()` whose `sms` connection has the test numbers (and `options`, `rate_limits`). */
function withTestNumbers(
  options: Record<string, unknown> = {},
  overrides: Partial<ConfigInput> = {},
): ConfigInput {
  const base = testConfig(overrides);
  return {
    ...base,
    connections: [
      {
        name: 'sms',
        enabled_clients: ['spa', 'server'],
        options: { test_phone_numbers: TEST_NUMBERS, ...options },
      },
      ...base.connections.slice(1),
    ],
  } as ConfigInput;
}

const start = (door: Door, phone: string) =>
  door.request(
    '/passwordless/start',
    json({ client_id: 'spa', connection: 'sms', phone_number: phone, send: 'code' }),
  );

async function startOk(door: Door, phone: string): Promise<void> {
  const response = await start(door, phone);
  assert.equal(response.status, 200, await response.clone().text());
  const body = (await response.json()) as Record<string, unknown>;
  assert.equal(body.phone_number, phone);
  assert.equal(body.phone_verified, false);
  assert.match(String(body._id), /^[0-9a-f]{24}$/);
}

const logIn = (door: Door, phone: string, otp: string) =>
  door.request('/oauth/token', tokenRequest(phone, otp, { scope: 'openid' }));

async function outboxCount(door: Door): Promise<number> {
  const response = await door.request('/dev/messages');
  return ((await response.json()) as { messages: unknown[] }).messages.length;
}

for (const [doorName, openDoor] of doors) {
  describe(`test numbers (${doorName})`, () => {
    let twilio: FakeTwilio;
    let door: Door;
    beforeEach(async () => {
      twilio = await startFakeTwilio({ sid: TWILIO_SID, token: TWILIO_TOKEN });
      door = await openDoor(
        withTestNumbers(
          {
            provider: 'twilio',
            twilio_sid: TWILIO_SID,
            twilio_token: TWILIO_TOKEN,
            from: '+15005550006',
          },
          {
            phone: {
              twilio_base_url: twilio.url,
              allow_insecure_loopback: true,
              record_in_outbox: true,
            },
          },
        ),
      );
    });
    afterEach(async () => {
      await door.close();
      await twilio.close();
    });

    it('signs in with its fixed code, and nothing reaches the outbox or Twilio', async () => {
      await startOk(door, TEST_NUMBER);
      const response = await logIn(door, TEST_NUMBER, FIXED_CODE);
      assert.equal(response.status, 200, await response.clone().text());
      const tokens = (await response.json()) as { id_token: string };
      const claims = JSON.parse(
        Buffer.from(tokens.id_token.split('.')[1]!, 'base64url').toString(),
      ) as Record<string, unknown>;
      assert.equal(claims.phone_number, TEST_NUMBER);
      assert.equal(twilio.received.length, 0);
      assert.equal(await outboxCount(door), 0);
    });

    it('still sends ordinary numbers through the provider', async () => {
      await startOk(door, ORDINARY_NUMBER);
      assert.equal(twilio.received.length, 1);
      assert.equal(twilio.received[0]!.form.To, ORDINARY_NUMBER);
      assert.deepEqual(await errorOf(await logIn(door, ORDINARY_NUMBER, FIXED_CODE)), WRONG);
    });

    it('works only after a start', async () => {
      assert.deepEqual(await errorOf(await logIn(door, TEST_NUMBER, FIXED_CODE)), WRONG);
    });

    it('expires like any code', async () => {
      await startOk(door, TEST_NUMBER);
      door.clock.advance(180_001);
      assert.deepEqual(await errorOf(await logIn(door, TEST_NUMBER, FIXED_CODE)), EXPIRED);
    });

    it('dies after three wrong attempts, until the next start', async () => {
      await startOk(door, TEST_NUMBER);
      for (let attempt = 0; attempt < 3; attempt++)
        assert.deepEqual(await errorOf(await logIn(door, TEST_NUMBER, '000000')), WRONG);
      assert.deepEqual(await errorOf(await logIn(door, TEST_NUMBER, FIXED_CODE)), EXHAUSTED);
      await startOk(door, TEST_NUMBER);
      assert.equal((await logIn(door, TEST_NUMBER, FIXED_CODE)).status, 200);
    });

    it('is single use until the next start', async () => {
      await startOk(door, TEST_NUMBER);
      assert.equal((await logIn(door, TEST_NUMBER, FIXED_CODE)).status, 200);
      assert.deepEqual(await errorOf(await logIn(door, TEST_NUMBER, FIXED_CODE)), WRONG);
      await startOk(door, TEST_NUMBER);
      assert.equal((await logIn(door, TEST_NUMBER, FIXED_CODE)).status, 200);
    });

    it('is bound to its number', async () => {
      await startOk(door, TEST_NUMBER);
      await startOk(door, OTHER_TEST_NUMBER);
      assert.deepEqual(await errorOf(await logIn(door, OTHER_TEST_NUMBER, FIXED_CODE)), WRONG);
      assert.equal((await logIn(door, OTHER_TEST_NUMBER, '111111')).status, 200);
    });
  });

  describe(`test numbers and the send limits (${doorName})`, () => {
    let door: Door;
    before(async () => {
      // Tight limits, each with its own burst, so the 429 says which one refused.
      door = await openDoor(
        withTestNumbers(
          { allowed_countries: ['FR'] },
          {
            rate_limits: {
              passwordless_start_per_ip: { burst: 3, per_hour: 1 },
              passwordless_start_per_phone: { burst: 2, per_hour: 1 },
              distinct_numbers_per_ip: { burst: 2, per_hour: 1 },
              resend_cooldown_seconds: 60,
            },
          },
        ),
      );
    });
    after(() => door.close());

    it('50 starts of test numbers pass every send limit, which still stops ordinary numbers', async () => {
      const numbers = [TEST_NUMBER, OTHER_TEST_NUMBER, THIRD_TEST_NUMBER];
      for (let index = 0; index < 50; index++) await startOk(door, numbers[index % 3]!);
      assert.equal((await logIn(door, TEST_NUMBER, FIXED_CODE)).status, 200);

      // Three starts spend the per-IP burst without touching the other limits.
      await startOk(door, '+33612345678');
      door.clock.advance(61_000); // past the resend cooldown
      await startOk(door, '+33612345678');
      await startOk(door, '+33612345679');
      const refused = await start(door, '+33612345679');
      assert.equal(refused.status, 429);
      // The per-IP limit's burst (3), not the per-number (2) or distinct-number (2) one.
      assert.equal(refused.headers.get('x-ratelimit-limit'), '3');
      assert.deepEqual(await errorOf(refused), [429, 'too_many_requests', 'Rate limit exceeded.']);
      // Test numbers stay outside the limit that now refuses this IP.
      await startOk(door, TEST_NUMBER);
    });

    it('counts wrong attempts at the token endpoint', async () => {
      await startOk(door, OTHER_TEST_NUMBER);
      for (let attempt = 0; attempt < 3; attempt++) await logIn(door, OTHER_TEST_NUMBER, '999999');
      assert.deepEqual(await errorOf(await logIn(door, OTHER_TEST_NUMBER, '111111')), EXHAUSTED);
    });
  });

  describe(`an expired test-number mapping (${doorName})`, () => {
    let door: Door;
    beforeEach(async () => {
      door = await openDoor(
        withTestNumbers({
          test_phone_numbers_valid_until: new Date(Date.now() + 3_600_000).toISOString(),
        }),
      );
    });
    afterEach(() => door.close());

    it('works until test_phone_numbers_valid_until, then the number is an ordinary one', async () => {
      await startOk(door, TEST_NUMBER);
      assert.equal(await outboxCount(door), 0);
      assert.equal((await logIn(door, TEST_NUMBER, FIXED_CODE)).status, 200);

      door.clock.advance(3_600_000);
      await startOk(door, TEST_NUMBER);
      assert.equal(await outboxCount(door), 1);
      const messages = (await (await door.request('/dev/messages')).json()) as {
        messages: { body: string }[];
      };
      const sent = /(\d{6})$/.exec(messages.messages[0]!.body)![1]!;
      if (sent !== FIXED_CODE)
        assert.deepEqual(await errorOf(await logIn(door, TEST_NUMBER, FIXED_CODE)), WRONG);
      assert.equal((await logIn(door, TEST_NUMBER, sent)).status, 200);
    });
  });

  describe(`test numbers through PATCH /api/v2/connections/{id} (${doorName})`, () => {
    let door: Door;
    let token: string;
    let connectionId: string;
    before(async () => {
      door = await openDoor(managementConfig());
      token = await managementToken(door);
      const list = (await (
        await management(door, token, 'GET', '/connections?name=sms')
      ).json()) as { id: string }[];
      connectionId = list[0]!.id;
    });
    after(() => door.close());

    const patchOptions = (options: Record<string, unknown>) =>
      management(door, token, 'PATCH', `/connections/${connectionId}`, { options });

    it('refuses a number that is not E.164, with the reason', async () => {
      assert.deepEqual(
        await managementErrorOf(
          await patchOptions({ test_phone_numbers: { '555-0100': '424242' } }),
        ),
        [
          400,
          'invalid_body',
          "Payload validation error: 'keys must be E.164 numbers such as +15555550100' on property options.test_phone_numbers.555-0100.",
        ],
      );
    });

    it('refuses a code that is not digits or not of the connection’s length', async () => {
      assert.deepEqual(
        await managementErrorOf(
          await patchOptions({ test_phone_numbers: { [TEST_NUMBER]: '42a242' } }),
        ),
        [
          400,
          'invalid_body',
          `Payload validation error: 'codes are 4 to 40 digits' on property options.test_phone_numbers.${TEST_NUMBER}.`,
        ],
      );
      assert.deepEqual(
        await managementErrorOf(
          await patchOptions({
            totp: { length: 8, time_step: 180 },
            test_phone_numbers: { [TEST_NUMBER]: FIXED_CODE },
          }),
        ),
        [
          400,
          'invalid_body',
          `Payload validation error: 'the code must have 8 digits (totp.length)' on property options.test_phone_numbers.${TEST_NUMBER}.`,
        ],
      );
    });

    it('refuses a validity that is not an ISO 8601 date-time', async () => {
      const [status, errorCode, message] = await managementErrorOf(
        await patchOptions({
          test_phone_numbers: { [TEST_NUMBER]: FIXED_CODE },
          test_phone_numbers_valid_until: 'next week',
        }),
      );
      assert.deepEqual([status, errorCode], [400, 'invalid_body']);
      assert.match(message, /on property options\.test_phone_numbers_valid_until\.$/);
    });

    it('stores valid test numbers, shows them, and they work at once', async () => {
      const response = await patchOptions({ test_phone_numbers: { [TEST_NUMBER]: FIXED_CODE } });
      assert.equal(response.status, 200);
      const view = (await response.json()) as { options: Record<string, unknown> };
      assert.deepEqual(view.options.test_phone_numbers, { [TEST_NUMBER]: FIXED_CODE });
      await startOk(door, TEST_NUMBER);
      assert.equal(await outboxCount(door), 0);
      assert.equal((await logIn(door, TEST_NUMBER, FIXED_CODE)).status, 200);
    });
  });
}

/** Asserts that the configuration refuses these test numbers, naming the field. */
const refusesTestNumbers = (testPhoneNumbers: Record<string, string>) =>
  assert.throws(
    () => parseConfig(withTestNumbers({ test_phone_numbers: testPhoneNumbers })),
    (error: unknown) => error instanceof ConfigError && /test_phone_numbers/.test(error.message),
  );

describe('test numbers in the configuration', () => {
  it('refuses bad numbers and codes, naming the field', () => {
    refusesTestNumbers({ '15555550100': '424242' });
    refusesTestNumbers({ [TEST_NUMBER]: '4242' });
    refusesTestNumbers({ [TEST_NUMBER]: 'abcdef' });
  });

  it('takes codes of the connection’s length', () => {
    const config = parseConfig(
      withTestNumbers({
        totp: { length: 4, time_step: 300 },
        test_phone_numbers: { [TEST_NUMBER]: '0000' },
      }),
    );
    assert.deepEqual(config.connections[0]!.options.test_phone_numbers, { [TEST_NUMBER]: '0000' });
  });
});

describe('what the server says about test numbers at start', () => {
  it('names the connections that have them', async () => {
    const door = await directDoor(withTestNumbers());
    await door.backend.context.tenant.ready;
    const lines = await testNumberNotices(door.backend.context);
    assert.equal(lines.length, 1);
    assert.match(lines[0]!, /^Test numbers on connection "sms" .*\+15555550100, \+15555550101/);
  });

  it('warns when such a connection also sends real SMS', async () => {
    const door = await directDoor(
      withTestNumbers({ provider: 'sms_gateway', gateway_url: 'https://sms.example.com/send' }),
    );
    const lines = await testNumberNotices(door.backend.context);
    assert.equal(lines.length, 2);
    assert.match(lines[1]!, /^Warning: connection "sms" has test numbers and sends real SMS/);
    assert.match(lines[1]!, /an SMS gateway/);
  });

  it('says an expired mapping is ignored, without the warning', async () => {
    const door = await directDoor(
      withTestNumbers({
        provider: 'twilio',
        twilio_sid: TWILIO_SID,
        twilio_token: TWILIO_TOKEN,
        test_phone_numbers_valid_until: '2020-01-01T00:00:00Z',
      }),
    );
    const lines = await testNumberNotices(door.backend.context);
    assert.deepEqual(lines.length, 1);
    assert.match(lines[0]!, /expired on 2020-01-01T00:00:00Z \(ignored\)/);
  });

  describe('sms-login-server', () => {
    let dir: string;
    before(async () => {
      dir = await mkdtemp(join(tmpdir(), 'sms-login-test-numbers-'));
    });
    after(async () => {
      killAllStarted();
      await rm(dir, { recursive: true, force: true });
    });

    it('prints the test numbers and the warning, even with --quiet', async () => {
      const file = join(dir, 'tenant.json');
      const config = withTestNumbers(
        { provider: 'twilio', twilio_sid: TWILIO_SID, twilio_token: TWILIO_TOKEN },
        { dev_routes: false },
      );
      await writeFile(file, JSON.stringify(config));
      const server = await startServer(['--config', file, '--memory', '--quiet']);
      server.child.kill('SIGTERM');
      await server.exited;
      assert.match(server.stderr(), /Test numbers on connection "sms"/);
      assert.match(server.stderr(), /Warning: connection "sms" has test numbers .* through Twilio/);
    });
  });
});
