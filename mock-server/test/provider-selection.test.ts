import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { createBackend } from '../src/backend.ts';
import { ConfigError } from '../src/config/parse.ts';
import { startFakeGateway, type FakeGateway } from './fakes/fake-sms-gateway.ts';
import { startFakeTwilio, type FakeTwilio } from './fakes/fake-twilio.ts';
import {
  captureLogger,
  codeIn,
  phoneConfig,
  startLogin,
  TWILIO_SID,
  TWILIO_TOKEN,
} from './phone-support.ts';
import { directDoor, lastMessage, tokenRequest } from './support.ts';

const selections = (lines: string[]) =>
  lines
    .map((line) => JSON.parse(line) as Record<string, unknown>)
    .filter((line) => line.event === 'provider_selected')
    .map((line) => `${line.source}:${line.provider}`);

const tenantTwilio = (disabled: boolean) => ({
  name: 'twilio',
  disabled,
  configuration: { sid: TWILIO_SID, delivery_methods: ['text'], default_from: '+15005550006' },
  credentials: { auth_token: TWILIO_TOKEN },
});

describe('provider selection', () => {
  let twilio: FakeTwilio;
  let gateway: FakeGateway;
  beforeEach(async () => {
    twilio = await startFakeTwilio({ sid: TWILIO_SID, token: TWILIO_TOKEN });
    gateway = await startFakeGateway();
  });
  afterEach(async () => {
    await twilio.close();
    await gateway.close();
  });

  const gatewayOptions = () => ({ provider: 'sms_gateway', gateway_url: `${gateway.url}/sms` });

  it('uses an enabled tenant phone provider before the connection settings', async () => {
    const logger = captureLogger();
    const door = await directDoor(
      phoneConfig(gatewayOptions(), {
        twilio_base_url: twilio.url,
        providers: [tenantTwilio(false)],
      }),
      { logger },
    );
    assert.equal((await startLogin(door, '+14155550130')).status, 200);
    assert.equal(twilio.received.length, 1);
    assert.equal(gateway.received.length, 0);
    assert.deepEqual(selections(logger.lines), ['tenant_phone_provider:twilio']);
  });

  it('falls back to the connection settings when the tenant provider is disabled', async () => {
    const logger = captureLogger();
    const door = await directDoor(
      phoneConfig(gatewayOptions(), {
        twilio_base_url: twilio.url,
        providers: [tenantTwilio(true)],
      }),
      { logger },
    );
    assert.equal((await startLogin(door, '+14155550131')).status, 200);
    assert.equal(twilio.received.length, 0);
    assert.equal(gateway.received.length, 1);
    assert.deepEqual(selections(logger.lines), ['connection:sms_gateway']);
  });

  it('uses the outbox when there is neither', async () => {
    const logger = captureLogger();
    const door = await directDoor(phoneConfig(), { logger });
    assert.equal((await startLogin(door, '+14155550132')).status, 200);
    assert.ok(await lastMessage(door, '+14155550132'));
    assert.deepEqual(selections(logger.lines), ['default:outbox']);
  });

  it('answers sms_provider_error when the connection names Twilio without credentials', async () => {
    const door = await directDoor(phoneConfig({ provider: 'twilio' }));
    const response = await startLogin(door, '+14155550133');
    assert.equal(response.status, 400);
    assert.deepEqual(await response.json(), {
      error: 'sms_provider_error',
      error_description: 'Twilio is not configured: twilio_sid and twilio_token are required',
    });
  });
});

describe('origin-bound code line', () => {
  it('ends the message with "@<domain> #<code>" on its own line when the connection names its site', async () => {
    const door = await directDoor(phoneConfig({ origin_bound_domain: 'app.example.com' }));
    await startLogin(door, '+14155550134');
    const { body } = await lastMessage(door, '+14155550134');
    const match = /^Your code: (\d{6})\n\n@app\.example\.com #(\d{6})$/.exec(body);
    assert.ok(match, body);
    assert.equal(match[1], match[2]);
    const login = await door.request('/oauth/token', tokenRequest('+14155550134', codeIn(body)));
    assert.equal(login.status, 200);
  });

  it('adds nothing when the connection names no site', async () => {
    const door = await directDoor(phoneConfig());
    await startLogin(door, '+14155550135');
    assert.doesNotMatch((await lastMessage(door, '+14155550135')).body, /@/);
  });

  it('refuses a domain that is not a host name', () => {
    assert.throws(
      () => createBackend(phoneConfig({ origin_bound_domain: 'https://app.example.com/' })),
      ConfigError,
    );
  });
});
