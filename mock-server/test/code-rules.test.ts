import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { generateCode, hashCode } from '../src/otp/code.ts';
import type { Logger } from '../src/logger.ts';
import {
  directDoor,
  doors,
  errorOf,
  sendCode,
  testConfig,
  tokenRequest,
  type Door,
} from './support.ts';

describe('generateCode', () => {
  it('gives exactly `length` decimal digits', () => {
    for (const length of [4, 6, 12, 40])
      assert.match(generateCode(length), new RegExp(`^\\d{${length}}$`));
  });

  it('uses every digit about equally often (no modulo bias)', () => {
    const counts: number[] = Array.from({ length: 10 }, () => 0);
    const draws = 200_000;
    for (let index = 0; index < draws / 40; index++)
      for (const digit of generateCode(40)) counts[Number(digit)]! += 1;
    // Chi-square with 9 degrees of freedom: 27.9 is the 0.1 % critical value. A biased `byte % 10`
    // over all 256 byte values gives digits 0–5 a 4 % excess over 6–9 and a statistic near 70.
    const expected = draws / 10;
    const chiSquare = counts.reduce((sum, count) => sum + (count - expected) ** 2 / expected, 0);
    assert.ok(chiSquare < 27.9, `chi-square ${chiSquare.toFixed(1)} for ${counts.join(',')}`);
  });
});

describe('the code rules', () => {
  let door: Door;
  let phoneCounter = 0;
  const nextPhone = () => `+4420794600${String(++phoneCounter).padStart(2, '0')}`;
  before(async () => {
    door = await directDoor(
      testConfig({
        connections: [
          { name: 'sms', enabled_clients: ['spa'] },
          {
            name: 'long',
            enabled_clients: ['spa'],
            options: { totp: { length: 10, time_step: 600 } },
          },
        ],
      }),
    );
  });

  it('sends 6 digits valid for 180 s by default', async () => {
    const phone = nextPhone();
    const code = await sendCode(door, phone);
    assert.match(code, /^\d{6}$/);
    door.clock.advance(179_999);
    assert.equal((await door.request('/oauth/token', tokenRequest(phone, code))).status, 200);
  });

  it('follows totp.length and totp.time_step of the connection', async () => {
    const phone = nextPhone();
    const code = await sendCode(door, phone, { connection: 'long' });
    assert.match(code, /^\d{10}$/);
    door.clock.advance(599_000);
    assert.equal(
      (await door.request('/oauth/token', tokenRequest(phone, code, { realm: 'long' }))).status,
      200,
    );
    const late = await sendCode(door, phone, { connection: 'long' });
    door.clock.advance(600_000);
    assert.deepEqual(
      (
        await errorOf(
          await door.request('/oauth/token', tokenRequest(phone, late, { realm: 'long' })),
        )
      )[2],
      'The verification code has expired. Please try to login again.',
    );
  });

  it('keeps only a keyed hash of the code', async () => {
    const phone = nextPhone();
    const code = await sendCode(door, phone);
    const pending = await door.backend.context.store.findPendingCode('sms', phone);
    assert.ok(pending);
    assert.match(pending.codeHash, /^[0-9a-f]{64}$/);
    assert.ok(!JSON.stringify(pending).includes(code));
    const { createHash } = await import('node:crypto');
    assert.notEqual(
      pending.codeHash,
      createHash('sha256').update(code).digest('hex'),
      'not a plain hash',
    );
  });

  it('binds the hash to the number and the connection', async () => {
    const key = await door.backend.context.codeHashKey();
    const base = await hashCode(key, 'sms', '+14155550100', '123456');
    assert.equal(await hashCode(key, 'sms', '+14155550100', '123456'), base);
    assert.notEqual(await hashCode(key, 'sms', '+14155550101', '123456'), base);
    assert.notEqual(await hashCode(key, 'long', '+14155550100', '123456'), base);
    assert.notEqual(
      await hashCode('00'.repeat(32), 'sms', '+14155550100', '123456'),
      base,
      'keyed',
    );
  });

  it('counts an attempt against a code and tells the attempts apart per number', async () => {
    const phone = nextPhone();
    const code = await sendCode(door, phone);
    await door.request(
      '/oauth/token',
      tokenRequest(phone, code === '999999' ? '888888' : '999999'),
    );
    const pending = await door.backend.context.store.findPendingCode('sms', phone);
    assert.equal(pending?.failedAttempts, 1);
    assert.equal((await door.request('/oauth/token', tokenRequest(phone, code))).status, 200);
  });

  it('never writes a code to the log', async () => {
    const lines: string[] = [];
    const logger: Logger = {
      info: (event, fields) => lines.push(JSON.stringify({ event, ...fields })),
      warn: (event, fields) => lines.push(JSON.stringify({ event, ...fields })),
      error: (event, fields) => lines.push(JSON.stringify({ event, ...fields })),
    };
    const logged = await directDoor(testConfig(), { logger });
    const phone = '+14155550177';
    const code = await sendCode(logged, phone);
    await logged.request(
      '/oauth/token',
      tokenRequest(phone, code === '123456' ? '654321' : '123456'),
    );
    await logged.request('/oauth/token', tokenRequest(phone, code));
    assert.ok(lines.length >= 2, 'the flow logs something');
    for (const line of lines) assert.ok(!line.includes(code), `a log line holds the code: ${line}`);
  });
});

for (const [doorName, openDoor] of doors) {
  describe(`concurrency (${doorName})`, () => {
    let door: Door;
    before(async () => {
      door = await openDoor(
        testConfig({ rate_limits: { token_per_ip: { burst: 1000, per_hour: 1000 } } }),
      );
    });
    after(() => door.close());

    it('gives exactly one success to 50 simultaneous requests with the right code', async () => {
      const phone = '+14155550150';
      const code = await sendCode(door, phone);
      const statuses = await Promise.all(
        Array.from({ length: 50 }, () =>
          door.request('/oauth/token', tokenRequest(phone, code)).then(async (response) => {
            await response.arrayBuffer();
            return response.status;
          }),
        ),
      );
      assert.equal(statuses.filter((status) => status === 200).length, 1);
      assert.equal(statuses.filter((status) => status === 403).length, 49);
    });

    it('counts no more than three of 50 simultaneous wrong guesses, then the code is dead', async () => {
      const phone = '+14155550151';
      const code = await sendCode(door, phone);
      const wrong = code === '000000' ? '111111' : '000000';
      const descriptions = await Promise.all(
        Array.from({ length: 50 }, () =>
          door
            .request('/oauth/token', tokenRequest(phone, wrong))
            .then(async (response) => (await errorOf(response))[2]),
        ),
      );
      assert.equal(
        descriptions.filter((text) => text === 'Wrong phone number or verification code.').length,
        3,
      );
      assert.equal(
        descriptions.filter((text) => text.startsWith("You've reached the maximum")).length,
        47,
      );
      const pending = await door.backend.context.store.findPendingCode('sms', phone);
      assert.equal(pending?.failedAttempts, 3);
      assert.equal(
        (await door.request('/oauth/token', tokenRequest(phone, code))).status,
        403,
        'the right code no longer works',
      );
    });
  });
}
