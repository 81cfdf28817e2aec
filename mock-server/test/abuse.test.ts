import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createBackend } from '../src/backend.ts';
import { createManualClock } from '../src/clock.ts';
import type { ConfigInput } from '../src/config/schema.ts';
import { errorOf, json, ORIGIN } from './support.ts';

/** A tenant with the product's default send limits (the shared test config loosens them). */
function tenant(
  options: Record<string, unknown> = {},
  rateLimits: ConfigInput['rate_limits'] = undefined,
) {
  const clock = createManualClock(Date.UTC(2026, 5, 1));
  const backend = createBackend(
    {
      domain: 'tenant.example.com',
      clients: [{ client_id: 'spa', name: 'Test App' }],
      connections: [{ name: 'sms', enabled_clients: ['spa'], options }],
      dev_routes: true,
      ...(rateLimits ? { rate_limits: rateLimits } : {}),
    },
    { clock },
  );
  const start = (phone: string, ip = '203.0.113.7') =>
    backend.fetch(
      new Request(
        `${ORIGIN}/passwordless/start`,
        json({ client_id: 'spa', connection: 'sms', phone_number: phone }),
      ),
      { ip },
    );
  const outboxSize = async () =>
    (
      (await (await backend.fetch(new Request(`${ORIGIN}/dev/messages?limit=1000`))).json()) as {
        messages: unknown[];
      }
    ).messages.length;
  return { backend, clock, start, outboxSize };
}

describe('abuse resistance', () => {
  describe('per number', () => {
    it('caps codes to one number at 5 at once, then 10 an hour', async () => {
      const { start, clock } = tenant();
      for (let index = 0; index < 5; index++)
        assert.equal((await start('+14155550100')).status, 200);
      const refused = await start('+14155550100');
      assert.deepEqual(await errorOf(refused), [429, 'too_many_requests', 'Rate limit exceeded.']);
      assert.equal(refused.headers.get('retry-after'), '360', 'one code every six minutes');
      assert.equal((await start('+14155550101')).status, 200, 'other numbers are not concerned');
      clock.advance(360_000);
      assert.equal((await start('+14155550100')).status, 200);
    });

    it('holds a resend cooldown when one is configured', async () => {
      const { start, clock } = tenant({}, { resend_cooldown_seconds: 30 });
      assert.equal((await start('+14155550100')).status, 200);
      const refused = await start('+14155550100');
      assert.equal(refused.status, 429);
      assert.equal(refused.headers.get('retry-after'), '30');
      clock.advance(30_000);
      assert.equal((await start('+14155550100')).status, 200);
    });
  });

  describe('SMS pumping', () => {
    it('limits how many different numbers one IP reaches', async () => {
      const { start } = tenant();
      for (let index = 0; index < 10; index++)
        assert.equal((await start(`+1415555${String(index).padStart(4, '0')}`)).status, 200);
      assert.equal(
        (await start('+14155550000')).status,
        200,
        'a number already reached does not count again',
      );
      assert.deepEqual(await errorOf(await start('+14155559999')), [
        429,
        'too_many_requests',
        'Rate limit exceeded.',
      ]);
      assert.equal(
        (await start('+14155559999', '198.51.100.1')).status,
        200,
        'another IP is not concerned',
      );
      for (let attempt = 0; attempt < 3; attempt++)
        assert.equal((await start('+14155559999')).status, 429, 'asking again is refused again');
      assert.equal((await start('+14155558888')).status, 429, 'and another new number too');
    });

    it('spends none of a number’s limits on a start the IP’s cap refused', async () => {
      const { start } = tenant(
        {},
        {
          resend_cooldown_seconds: 30,
          passwordless_start_per_phone: { burst: 1, per_hour: 1 },
          distinct_numbers_per_ip: { burst: 1, per_hour: 1 },
        },
      );
      assert.equal((await start('+14155550100')).status, 200);
      for (let attempt = 0; attempt < 2; attempt++)
        assert.equal((await start('+14155550101')).status, 429, 'a second number from this IP');
      assert.equal(
        (await start('+14155550101', '198.51.100.1')).status,
        200,
        'its one code an hour and its cooldown are still there for another IP',
      );
    });

    it('spends none of the IP’s cap on a start the number’s own limit refused', async () => {
      const { start } = tenant(
        {},
        {
          passwordless_start_per_phone: { burst: 1, per_hour: 1 },
          distinct_numbers_per_ip: { burst: 2, per_hour: 1 },
        },
      );
      assert.equal((await start('+14155550100', '198.51.100.1')).status, 200);
      assert.equal((await start('+14155550100')).status, 429, 'the number had its code');
      assert.equal((await start('+14155550101')).status, 200);
      assert.equal(
        (await start('+14155550102')).status,
        200,
        'the refused number did not count as one of the two this IP may reach',
      );
      assert.equal((await start('+14155550103')).status, 429);
    });

    it('sends only to the allowed countries, telling +1 countries apart', async () => {
      const { start, outboxSize } = tenant({ allowed_countries: ['FR', 'CA'] });
      assert.equal((await start('+33612345678')).status, 200);
      assert.equal((await start('+16135550123')).status, 200, 'Ottawa is in Canada');
      const refused = await start('+14155550100');
      assert.deepEqual(await errorOf(refused), [
        400,
        'bad.phone_number',
        'Phone numbers of this country are not allowed',
      ]);
      assert.deepEqual(await errorOf(await start('+882345678901')), [
        400,
        'bad.phone_number',
        'Phone numbers of this country are not allowed',
      ]);
      assert.equal(await outboxSize(), 2);
    });
  });

  describe('sign-up enumeration', () => {
    it('answers an unknown number like a known one and sends nothing, with conceal_unknown_numbers', async () => {
      const { backend, start, outboxSize } = tenant({
        disable_signup: true,
        conceal_unknown_numbers: true,
      });
      const response = await start('+14155550100');
      assert.equal(response.status, 200);
      const body = await response.json();
      assert.deepEqual(Object.keys(body).sort(), [
        '_id',
        'phone_number',
        'phone_verified',
        'request_language',
      ]);
      assert.equal(await outboxSize(), 0);
      assert.equal(await backend.context.store.findPendingCode('sms', '+14155550100'), undefined);
    });

    it('limits an unknown number exactly like a known one, with conceal_unknown_numbers', async () => {
      const { backend, start } = tenant({ disable_signup: true, conceal_unknown_numbers: true });
      const known = '+14155550111';
      await backend.context.store.recordLogin(
        {
          user_id: 'sms|000000000000000000000001',
          connection: 'sms',
          phone_number: known,
          phone_verified: true,
          name: known,
          blocked: false,
          created_at: '2026-01-01T00:00:00.000Z',
          updated_at: '2026-01-01T00:00:00.000Z',
          last_login: null,
          logins_count: 0,
          user_metadata: {},
          app_metadata: {},
        },
        '2026-01-01T00:00:00.000Z',
      );
      const statuses = async (phone: string) => {
        const seen: number[] = [];
        for (let index = 0; index < 7; index++) seen.push((await start(phone)).status);
        return seen;
      };
      const knownStatuses = await statuses(known);
      assert.deepEqual(knownStatuses, [200, 200, 200, 200, 200, 429, 429]);
      assert.deepEqual(await statuses('+14155550112'), knownStatuses);
    });

    it('says signup_disabled without it (Auth0 documents the enumeration this allows)', async () => {
      const { start } = tenant({ disable_signup: true });
      assert.deepEqual(await errorOf(await start('+14155550100')), [
        400,
        'signup_disabled',
        'Public signup is disabled',
      ]);
    });
  });

  describe('request limits', () => {
    it('cuts off a body over 16 KB with 413 in the contract shape', async () => {
      const { backend } = tenant();
      const big = json({
        client_id: 'spa',
        connection: 'sms',
        phone_number: '+14155550100',
        authParams: { state: 'x'.repeat(20_000) },
      });
      const response = await backend.fetch(new Request(`${ORIGIN}/passwordless/start`, big));
      assert.deepEqual(await errorOf(response), [
        413,
        'bad.request',
        'The body is larger than 16384 bytes',
      ]);
      const token = await backend.fetch(new Request(`${ORIGIN}/oauth/token`, { ...big }));
      assert.deepEqual(await errorOf(token), [
        413,
        'invalid_request',
        'The body is larger than 16384 bytes',
      ]);
    });

    it('refuses JSON nested too deeply', async () => {
      const { backend } = tenant();
      let nested: unknown = 1;
      for (let depth = 0; depth < 50; depth++) nested = { a: nested };
      const response = await backend.fetch(
        new Request(`${ORIGIN}/passwordless/start`, json({ client_id: 'spa', authParams: nested })),
      );
      assert.deepEqual(await errorOf(response), [
        400,
        'bad.request',
        'The JSON body is nested too deeply',
      ]);
    });

    it('ignores an x-request-language of 10 KB or with control characters', async () => {
      const { backend } = tenant();
      for (const language of ['x'.repeat(10_000), 'fr\u0007FR', 'en\tUS']) {
        const response = await backend.fetch(
          new Request(
            `${ORIGIN}/passwordless/start`,
            json(
              { client_id: 'spa', connection: 'sms', phone_number: '+14155550100' },
              { 'x-request-language': language, 'accept-language': 'de' },
            ),
          ),
          { ip: `192.0.2.${language.length % 200}` },
        );
        assert.equal(response.status, 200);
        assert.equal((await response.json()).request_language, 'de');
      }
    });
  });
});
