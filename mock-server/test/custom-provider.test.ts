import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import type { BackendOptions } from '../src/backend.ts';
import type { CustomPhoneProviderEvent } from '../src/providers/custom.ts';
import { installScript } from './fixtures/custom-phone-provider.ts';
import {
  captureLogger,
  CUSTOM_SECRET,
  phoneConfig,
  startLogin,
  loadFixtureModule,
} from './phone-support.ts';
import { directDoor, errorOf, tokenRequest, type Door } from './support.ts';

const customConfig = (
  module = 'custom-phone-provider.ts',
  settings: Record<string, unknown> = {},
) =>
  phoneConfig(
    { from: '+15005550006' },
    {
      custom_provider: {
        module,
        secrets: { API_KEY: CUSTOM_SECRET },
        retry_backoff_ms: 1,
        timeout_ms: 200,
        ...settings,
      },
      providers: [{ name: 'custom', configuration: { delivery_methods: ['text', 'voice'] } }],
    },
  );

describe('custom phone provider', () => {
  let door: Door;
  afterEach(() => door.close());

  const customDoor = async (
    config = customConfig(),
    options: BackendOptions = { loadModule: loadFixtureModule },
  ) => {
    door = await directDoor(config, options);
    return door;
  };

  it('receives the contract event: notification, client, connection, request, tenant, user, secrets', async () => {
    const events: CustomPhoneProviderEvent[] = [];
    installScript((event) => void events.push(event));
    await customDoor();
    const first = await door.backend.fetch(
      new Request('https://tenant.example.com/passwordless/start', {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'user-agent': 'AcmeApp/2.1',
          'x-request-language': 'fr-FR',
        },
        body: JSON.stringify({ client_id: 'spa', connection: 'sms', phone_number: '+33612345601' }),
      }),
      { ip: '203.0.113.9' },
    );
    assert.equal(first.status, 200);
    const event = events[0]!;
    const code = event.notification.code;
    assert.match(code, /^\d{6}$/);
    assert.deepEqual(event.notification, {
      message_type: 'otp_verify',
      delivery_method: 'text',
      recipient: '+33612345601',
      from: '+15005550006',
      as_text: `Votre code : ${code}`,
      as_voice: `Votre code : ${code.split('').join(', ')}`,
      code,
      locale: 'fr-FR',
    });
    assert.deepEqual(event.client, { client_id: 'spa', name: 'Test App', metadata: {} });
    assert.equal(event.connection.name, 'sms');
    assert.equal(event.connection.strategy, 'sms');
    assert.match(event.connection.id, /^con_/);
    assert.deepEqual(event.request, {
      ip: '203.0.113.9',
      hostname: 'tenant.example.com',
      language: 'fr-FR',
      method: 'POST',
      user_agent: 'AcmeApp/2.1',
    });
    assert.deepEqual(event.tenant, { id: 'tenant.example.com' });
    assert.equal(event.user, undefined, 'no user before the first login');
    assert.deepEqual(event.secrets, { API_KEY: CUSTOM_SECRET });

    // After a login the number has a user, and the next event names it.
    assert.equal(
      (await door.request('/oauth/token', tokenRequest('+33612345601', code))).status,
      200,
    );
    await startLogin(door, '+33612345601');
    assert.equal(events[1]!.user?.phone_number, '+33612345601');
    assert.match(events[1]!.user!.user_id, /^sms\|/);
  });

  it('asks for voice when the request does', async () => {
    const events: CustomPhoneProviderEvent[] = [];
    installScript((event) => void events.push(event));
    await customDoor();
    assert.equal(
      (await startLogin(door, '+14155550140', { delivery_method: 'voice' })).status,
      200,
    );
    assert.equal(events[0]!.notification.delivery_method, 'voice');
  });

  describe('retry', () => {
    it('calls again after api.notification.retry and succeeds when a later call does', async () => {
      let calls = 0;
      installScript((_event, api) => {
        calls++;
        if (calls < 3) api.notification.retry('carrier busy');
      });
      const logger = captureLogger();
      await customDoor(customConfig(), { loadModule: loadFixtureModule, logger });
      assert.equal((await startLogin(door, '+14155550141')).status, 200);
      assert.equal(calls, 3);
      assert.equal(
        logger.lines.filter((line) => line.includes('"event":"custom_provider_retry"')).length,
        2,
      );
    });

    it('gives up after 5 retries: six calls, then sms_provider_error', async () => {
      let calls = 0;
      installScript((_event, api) => {
        calls++;
        api.notification.retry('still busy');
      });
      await customDoor();
      assert.deepEqual(await errorOf(await startLogin(door, '+14155550142')), [
        400,
        'sms_provider_error',
        'The custom phone provider gave up after 5 retries',
      ]);
      assert.equal(calls, 6);
    });
  });

  it('turns api.notification.drop into sms_provider_error and logs the reason', async () => {
    installScript((_event, api) => api.notification.drop('number is on a blocklist'));
    const logger = captureLogger();
    await customDoor(customConfig(), { loadModule: loadFixtureModule, logger });
    assert.deepEqual(await errorOf(await startLogin(door, '+14155550143')), [
      400,
      'sms_provider_error',
      'The custom phone provider dropped the message',
    ]);
    assert.ok(logger.lines.some((line) => line.includes('number is on a blocklist')));
  });

  it('turns a thrown error into sms_provider_error without repeating its message', async () => {
    installScript(() => {
      throw new Error(`upstream said no to ${CUSTOM_SECRET}`);
    });
    const logger = captureLogger();
    await customDoor(customConfig(), { loadModule: loadFixtureModule, logger });
    const response = await startLogin(door, '+14155550144');
    const text = await response.clone().text();
    assert.deepEqual(await errorOf(response), [
      400,
      'sms_provider_error',
      'The custom phone provider failed',
    ]);
    assert.ok(![text, ...logger.lines].join('\n').includes(CUSTOM_SECRET));
  });

  it('cuts off a provider that never answers', async () => {
    installScript(() => new Promise(() => {}));
    await customDoor(customConfig('custom-phone-provider.ts', { timeout_ms: 50 }));
    assert.deepEqual(await errorOf(await startLogin(door, '+14155550145')), [
      400,
      'sms_provider_error',
      'Timeout while calling the custom phone provider: 50',
    ]);
  });

  it('keeps the last good code after any failure', async () => {
    let mode: 'send' | 'throw' = 'send';
    let lastCode = '';
    installScript((event) => {
      if (mode === 'throw') throw new Error('down');
      lastCode = event.notification.code;
    });
    await customDoor();
    await startLogin(door, '+14155550146');
    const goodCode = lastCode;
    mode = 'throw';
    assert.equal((await startLogin(door, '+14155550146')).status, 400);
    const login = await door.request('/oauth/token', tokenRequest('+14155550146', goodCode));
    assert.equal(login.status, 200);
  });

  it('offers api.cache across calls, with a time to live', async () => {
    const seen: (string | undefined)[] = [];
    installScript((_event, api) => {
      seen.push(api.cache.get('token')?.value);
      if (!api.cache.get('token')) api.cache.set('token', 'cached-access-token', { ttl: 60_000 });
    });
    await customDoor();
    await startLogin(door, '+14155550147');
    await startLogin(door, '+14155550148');
    door.clock.advance(61_000);
    await startLogin(door, '+14155550149');
    assert.deepEqual(seen, [undefined, 'cached-access-token', undefined]);
  });

  it('refuses oversized cache values and too many entries', async () => {
    const results: string[] = [];
    installScript((_event, api) => {
      results.push(api.cache.set('big', 'x'.repeat(5000)).type);
      for (let index = 0; index < 21; index++) results.push(api.cache.set(`key${index}`, 'v').type);
    });
    await customDoor();
    await startLogin(door, '+14155550150');
    assert.equal(results[0], 'error');
    assert.deepEqual(results.slice(1, 21), Array(20).fill('success'));
    assert.equal(results[21], 'error');
  });

  it('is unavailable, with sms_provider_error, when the module lacks the export', async () => {
    const logger = captureLogger();
    await customDoor(customConfig('not-a-phone-provider.ts'), {
      loadModule: loadFixtureModule,
      logger,
    });
    assert.deepEqual(await errorOf(await startLogin(door, '+14155550151')), [
      400,
      'sms_provider_error',
      'The custom phone provider is not available',
    ]);
    assert.ok(logger.lines.some((line) => line.includes('onExecuteCustomPhoneProvider')));
  });

  it('is unavailable where no module loader is supplied (the browser)', async () => {
    await customDoor(customConfig(), {});
    assert.deepEqual(await errorOf(await startLogin(door, '+14155550152')), [
      400,
      'sms_provider_error',
      'The custom phone provider is not available',
    ]);
  });

  it('needs phone.custom_provider in the configuration when a custom provider is seeded', async () => {
    const config = phoneConfig(
      {},
      {
        providers: [{ name: 'custom', configuration: { delivery_methods: ['text'] } }],
      },
    );
    await assert.rejects(directDoor(config), /phone\.custom_provider/);
    door = await directDoor();
  });
});
