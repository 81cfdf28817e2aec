import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import { createBackend } from '../src/backend.ts';
import { ConfigError } from '../src/config/parse.ts';
import { startFakeGateway, type FakeGateway } from './fakes/fake-sms-gateway.ts';
import { GATEWAY_SECRET, phoneConfig, startLogin } from './phone-support.ts';
import { directDoor, errorOf, testConfig, type Door } from './support.ts';

const AUDIENCE = 'urn:acme:sms-gateway';

describe('legacy sms gateway', () => {
  let gateway: FakeGateway;
  let door: Door;
  const opened: { close(): Promise<void> }[] = [];
  const track = <T extends { close(): Promise<void> }>(resource: T): T => {
    opened.push(resource);
    return resource;
  };
  afterEach(async () => {
    for (const resource of opened.splice(0).toReversed()) await resource.close();
  });

  const gatewayDoor = async (options: Record<string, unknown> = {}, phone = {}) => {
    door = track(
      await directDoor(
        phoneConfig(
          { provider: 'sms_gateway', gateway_url: `${gateway.url}/sms`, ...options },
          phone,
        ),
      ),
    );
  };

  it('posts {recipient, body, sender} without req unless forward_req_info is on', async () => {
    gateway = track(await startFakeGateway());
    await gatewayDoor({ from: 'Acme' });
    assert.equal((await startLogin(door, '+14155550120')).status, 200);
    const { payload } = gateway.last()!;
    assert.deepEqual(Object.keys(payload).sort(), ['body', 'recipient', 'sender']);
    assert.equal(payload.recipient, '+14155550120');
    assert.equal(payload.sender, 'Acme');
    assert.match(String(payload.body), /^Your code: \d{6}$/);
  });

  it('forwards the caller ip and user-agent as req with forward_req_info', async () => {
    gateway = track(await startFakeGateway());
    await gatewayDoor({ forward_req_info: true });
    await door.backend.fetch(
      new Request('https://tenant.example.com/passwordless/start', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'user-agent': 'AcmeApp/2.1' },
        body: JSON.stringify({ client_id: 'spa', connection: 'sms', phone_number: '+14155550121' }),
      }),
      { ip: '203.0.113.7' },
    );
    assert.deepEqual(gateway.last()!.payload.req, {
      ip: '203.0.113.7',
      'user-agent': 'AcmeApp/2.1',
    });
  });

  it('signs an HS256 Bearer token with sub, aud, iat and exp that the gateway verifies', async () => {
    gateway = track(
      await startFakeGateway({
        key: new TextEncoder().encode(GATEWAY_SECRET),
        audience: AUDIENCE,
        subject: 'sms-login',
      }),
    );
    await gatewayDoor({
      gateway_authentication: {
        method: 'bearer',
        subject: 'sms-login',
        audience: AUDIENCE,
        secret: GATEWAY_SECRET,
      },
    });
    assert.equal((await startLogin(door, '+14155550122')).status, 200);
    const claims = gateway.last()!.claims!;
    assert.equal(claims.sub, 'sms-login');
    assert.equal(claims.aud, AUDIENCE);
    assert.ok(claims.exp! > claims.iat!);
  });

  it('decodes a base64url secret before signing when secret_base64_encoded is set', async () => {
    const key = Uint8Array.from({ length: 32 }, (_, index) => (index * 37 + 251) % 256);
    const encoded = Buffer.from(key).toString('base64url');
    assert.match(encoded, /[-_]/, 'the test key uses the base64url alphabet');
    gateway = track(await startFakeGateway({ key, audience: AUDIENCE }));
    await gatewayDoor({
      gateway_authentication: {
        method: 'bearer',
        audience: AUDIENCE,
        secret: encoded,
        secret_base64_encoded: true,
      },
    });
    assert.equal((await startLogin(door, '+14155550123')).status, 200);
    assert.equal(gateway.received.length, 1);
  });

  it('is refused by the gateway when the secret is wrong', async () => {
    gateway = track(
      await startFakeGateway({ key: new TextEncoder().encode(GATEWAY_SECRET), audience: AUDIENCE }),
    );
    await gatewayDoor({
      gateway_authentication: { method: 'bearer', audience: AUDIENCE, secret: 'not-the-secret' },
    });
    assert.deepEqual(await errorOf(await startLogin(door, '+14155550124')), [
      400,
      'sms_provider_error',
      'Authentication failed while calling the SMS gateway: 401',
    ]);
    assert.match(gateway.rejected[0]!, /signature/);
  });

  for (const [mode, description] of [
    ['fail500', 'Unexpected response while calling the SMS gateway: 500'],
    ['fail401', 'Authentication failed while calling the SMS gateway: 401'],
    ['hang', 'Timeout while calling the SMS gateway: 150'],
  ] as const) {
    it(`answers "${description}" when the gateway ${mode === 'hang' ? 'never answers' : 'fails'}`, async () => {
      gateway = track(await startFakeGateway());
      await gatewayDoor({}, { http_timeout_ms: 150 });
      gateway.setMode(mode);
      assert.deepEqual(await errorOf(await startLogin(door, '+14155550125')), [
        400,
        'sms_provider_error',
        description,
      ]);
    });
  }

  it('only sends text', async () => {
    gateway = track(await startFakeGateway());
    await gatewayDoor();
    assert.deepEqual(
      await errorOf(await startLogin(door, '+14155550126', { delivery_method: 'voice' })),
      [400, 'bad.delivery_method', 'The phone provider does not deliver by voice'],
    );
  });

  describe('https only', () => {
    it('refuses a plain http gateway in the configuration unless loopback is explicitly allowed', () => {
      const config = phoneConfig(
        { provider: 'sms_gateway', gateway_url: 'http://127.0.0.1:9/sms' },
        { allow_insecure_loopback: false },
      );
      assert.throws(
        () => createBackend(config),
        (error: unknown) =>
          error instanceof ConfigError &&
          error.issues.some(
            (issue) =>
              issue.path === 'connections[0].options.gateway_url' &&
              /allow_insecure_loopback/.test(issue.message),
          ),
      );
    });

    it('never allows plain http to a host that is not loopback', () => {
      const config = testConfig({
        connections: [
          {
            name: 'sms',
            enabled_clients: ['spa'],
            options: { provider: 'sms_gateway', gateway_url: 'http://gateway.example.com/sms' },
          },
        ],
        phone: { allow_insecure_loopback: true },
      });
      assert.throws(() => createBackend(config), ConfigError);
    });

    it('refuses at dispatch a loopback gateway stored without the flag', async () => {
      gateway = track(await startFakeGateway());
      door = track(await directDoor(phoneConfig({}, { allow_insecure_loopback: false })));
      const connection = (await door.backend.context.tenant.findConnection('sms'))!;
      await door.backend.context.tenant.saveConnection({
        ...connection,
        options: {
          ...connection.options,
          provider: 'sms_gateway',
          gateway_url: `${gateway.url}/sms`,
        },
      });
      assert.deepEqual(await errorOf(await startLogin(door, '+14155550127')), [
        400,
        'sms_provider_error',
        'The SMS gateway URL must use https',
      ]);
      assert.equal(gateway.received.length, 0);
    });
  });
});
