// Configuration: what `parseConfig` and `createBackend` refuse (each error names the field) and
// what they fill in when nothing is given.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ConfigError, parseConfig } from '../src/config/parse.ts';
import { createBackend } from '../src/backend.ts';
import type { ConfigInput } from '../src/config/schema.ts';
import { NON_ROTATING, ROTATING } from './management-support.ts';

type Connection = ConfigInput['connections'][number];
type SmsOptionsInput = NonNullable<Connection['options']>;
type RefreshTokenInput = ConfigInput['clients'][number]['refresh_token'];

function base(overrides: Partial<ConfigInput> = {}): ConfigInput {
  return {
    domain: 'tenant.example.com',
    clients: [{ client_id: 'spa', name: 'Test App', web_origins: ['https://app.example.com'] }],
    connections: [{ name: 'sms', enabled_clients: ['spa'] }],
    ...overrides,
  };
}

const withOptions = (options: Record<string, unknown>): ConfigInput =>
  base({
    connections: [{ name: 'sms', enabled_clients: ['spa'], options: options as SmsOptionsInput }],
  });

const withRefreshToken = (settings: Record<string, unknown>): ConfigInput =>
  base({
    clients: [{ client_id: 'spa', name: 'Test App', refresh_token: settings as RefreshTokenInput }],
  });

/** Runs `build`, expects a ConfigError, and returns it. */
function configErrorOf(build: () => unknown): ConfigError {
  try {
    build();
  } catch (error) {
    assert.ok(error instanceof ConfigError, `a ConfigError, not ${String(error)}`);
    return error;
  }
  assert.fail('the configuration was accepted');
}

/** Asserts that `input` is refused by both entry points with an issue at `path`. */
function assertRefused(input: unknown, path: string, message?: RegExp): ConfigError {
  const parsed = configErrorOf(() => parseConfig(input));
  // From JavaScript anything can arrive; TypeScript callers get a type error instead.
  const built = configErrorOf(() => createBackend(input as ConfigInput));
  for (const error of [parsed, built]) {
    const paths = error.issues.map((issue) => issue.path);
    assert.ok(paths.includes(path), `an issue at ${path}; got ${JSON.stringify(error.issues)}`);
    assert.ok(error.message.includes(`${path}:`), `the message names ${path}: ${error.message}`);
    if (message) {
      const issue = error.issues.find((entry) => entry.path === path)!;
      assert.match(issue.message, message);
    }
  }
  return parsed;
}

describe('config: refused values name their field', () => {
  test('totp.length 3 (below 4)', () => {
    assertRefused(
      withOptions({ totp: { length: 3, time_step: 180 } }),
      'connections[0].options.totp.length',
    );
  });

  test('totp.length 41 (above 40)', () => {
    assertRefused(
      withOptions({ totp: { length: 41, time_step: 180 } }),
      'connections[0].options.totp.length',
    );
  });

  test('totp.length 4 and 40 are accepted', () => {
    for (const length of [4, 40]) {
      const config = parseConfig(withOptions({ totp: { length, time_step: 180 } }));
      assert.equal(config.connections[0]!.options.totp.length, length);
    }
  });

  test('totp.time_step 59 (below 60 seconds)', () => {
    assertRefused(
      withOptions({ totp: { length: 6, time_step: 59 } }),
      'connections[0].options.totp.time_step',
    );
    assert.equal(
      parseConfig(withOptions({ totp: { length: 6, time_step: 60 } })).connections[0]!.options.totp
        .time_step,
      60,
    );
  });

  test('totp that is not a whole number', () => {
    assertRefused(
      withOptions({ totp: { length: 6.5, time_step: 180 } }),
      'connections[0].options.totp.length',
    );
  });

  test('an unknown key at the top, in a client and in the options', () => {
    const top = assertRefused({ ...base(), colour: 'blue' }, '(root)');
    assert.match(top.message, /colour/);
    const client = assertRefused(
      base({ clients: [{ client_id: 'spa', name: 'Test App', secret: 'x' } as never] }),
      'clients[0]',
    );
    assert.match(client.message, /secret/);
    const options = assertRefused(withOptions({ templat: 'typo' }), 'connections[0].options');
    assert.match(options.message, /templat/);
  });

  test('a duplicate client_id', () => {
    assertRefused(
      base({
        clients: [
          { client_id: 'spa', name: 'Test App' },
          { client_id: 'spa', name: 'Same Id' },
        ],
      }),
      'clients[1].client_id',
      /duplicate client_id "spa"/,
    );
  });

  test('a duplicate connection name', () => {
    assertRefused(
      base({
        connections: [
          { name: 'sms', enabled_clients: ['spa'] },
          { name: 'sms', enabled_clients: [] },
        ],
      }),
      'connections[1].name',
    );
  });

  test('enabled_clients naming an unknown client', () => {
    assertRefused(
      base({ connections: [{ name: 'sms', enabled_clients: ['spa', 'ghost'] }] }),
      'connections[0].enabled_clients[1]',
      /ghost/,
    );
  });

  test('a web origin with a path (and other non-origins)', () => {
    for (const origin of [
      'https://app.example.com/login',
      'https://app.example.com/',
      'app.example.com',
      'ftp://app.example.com',
    ]) {
      assertRefused(
        base({ clients: [{ client_id: 'spa', name: 'Test App', web_origins: [origin] }] }),
        'clients[0].web_origins[0]',
      );
    }
    const ok = parseConfig(
      base({
        clients: [{ client_id: 'spa', name: 'Test App', web_origins: ['http://localhost:5173'] }],
      }),
    );
    assert.deepEqual(ok.clients[0]!.web_origins, ['http://localhost:5173']);
  });

  test('refresh_token settings: rotating but non-expiring, a negative leeway, an unknown key', () => {
    assertRefused(
      withRefreshToken({ rotation_type: 'rotating', expiration_type: 'non-expiring' }),
      'clients[0].refresh_token.expiration_type',
      /must expire/,
    );
    assertRefused(withRefreshToken({ leeway: -1 }), 'clients[0].refresh_token.leeway');
    assertRefused(
      withRefreshToken({ token_lifetime: 0 }),
      'clients[0].refresh_token.token_lifetime',
    );
    assertRefused(withRefreshToken({ rotation: 'rotating' }), 'clients[0].refresh_token');
  });

  test('gateway_url over http', () => {
    assertRefused(
      withOptions({ provider: 'sms_gateway', gateway_url: 'http://sms.example.com/send' }),
      'connections[0].options.gateway_url',
      /https/,
    );
    const ok = parseConfig(
      withOptions({ provider: 'sms_gateway', gateway_url: 'https://sms.example.com/send' }),
    );
    assert.equal(ok.connections[0]!.options.gateway_url, 'https://sms.example.com/send');
  });

  test('a template over 5120 characters', () => {
    assertRefused(
      withOptions({ template: `@@password@@ ${'x'.repeat(5120)}` }),
      'connections[0].options.template',
    );
    const longest = `@@password@@${'x'.repeat(5120 - '@@password@@'.length)}`;
    assert.equal(
      parseConfig(withOptions({ template: longest })).connections[0]!.options.template.length,
      5120,
    );
  });

  test('an empty template', () => {
    assertRefused(withOptions({ template: '' }), 'connections[0].options.template');
  });

  test('a Liquid template that does not parse passes parseConfig and is refused by createBackend', () => {
    const input = withOptions({ template: 'Code {% if password %}{{ password }}' });
    // The schema only checks the shape; the template is parsed when the backend is built.
    assert.doesNotThrow(() => parseConfig(input));
    const error = configErrorOf(() => createBackend(input));
    assert.deepEqual(
      error.issues.map((issue) => issue.path),
      ['connections[0].options.template'],
    );
    assert.match(error.message, /connections\[0\]\.options\.template: /);
    assert.match(error.issues[0]!.message, /cannot be parsed/);
  });

  test('the broken template of the second connection is named by its index', () => {
    const input = base({
      connections: [
        { name: 'sms', enabled_clients: ['spa'] },
        { name: 'sms-two', enabled_clients: ['spa'], options: { template: '{{ password ' } },
      ],
    });
    const error = configErrorOf(() => createBackend(input));
    assert.deepEqual(
      error.issues.map((issue) => issue.path),
      ['connections[1].options.template'],
    );
  });

  test('a seeded phone template whose voice body does not parse is refused by createBackend', () => {
    const input = base({
      phone: {
        templates: [
          { type: 'otp_verify', content: { body: { text: '{{ code }}', voice: '{% if %}' } } },
        ],
      },
    });
    assert.doesNotThrow(() => parseConfig(input));
    const error = configErrorOf(() => createBackend(input));
    assert.deepEqual(
      error.issues.map((issue) => issue.path),
      ['phone.templates[0].content.body.voice'],
    );
    assert.match(error.issues[0]!.message, /cannot be parsed/);
  });

  test('the same broken text with md_with_macros syntax is accepted (no Liquid there)', () => {
    assert.doesNotThrow(() =>
      createBackend(withOptions({ template: 'Code {% if @@password@@', syntax: 'md_with_macros' })),
    );
  });

  test('every bad field is named at once', () => {
    const error = configErrorOf(() =>
      parseConfig(
        base({
          clients: [
            { client_id: 'spa', name: 'Test App', web_origins: ['https://app.example.com/path'] },
          ],
          connections: [
            {
              name: 'sms',
              enabled_clients: ['spa'],
              options: {
                totp: { length: 3, time_step: 59 },
                gateway_url: 'http://sms.example.com',
              },
            },
          ],
        }),
      ),
    );
    const paths = error.issues.map((issue) => issue.path).sort();
    assert.deepEqual(paths, [
      'clients[0].web_origins[0]',
      'connections[0].options.gateway_url',
      'connections[0].options.totp.length',
      'connections[0].options.totp.time_step',
    ]);
  });

  test('a domain with a path, no clients, no connections, a config that is not an object', () => {
    assertRefused(base({ domain: 'https://tenant.example.com/auth' }), 'domain');
    assertRefused(base({ clients: [] }), 'clients');
    assertRefused(base({ connections: [] }), 'connections');
    assertRefused('tenant.example.com', '(root)');
    assertRefused([], '(root)');
    // `null` is refused by parseConfig; createBackend(null) means "nothing given" and serves the defaults.
    assert.deepEqual(
      configErrorOf(() => parseConfig(null)).issues.map((issue) => issue.path),
      ['(root)'],
    );
  });

  test('the source name appears in the message', () => {
    const error = configErrorOf(() =>
      parseConfig(withOptions({ totp: { length: 3 } }), 'configuration file ./tenant.json'),
    );
    assert.match(error.message, /^Invalid configuration file \.\/tenant\.json:/);
  });
});

describe('config: defaults', () => {
  test('nothing given: the demo client on the sms connection, 6 digits, 180 s', () => {
    for (const config of [parseConfig(), parseConfig(undefined), createBackend().context.config]) {
      assert.equal(config.clients.length, 1);
      const [client] = config.clients;
      assert.equal(client!.client_id, 'demo');
      assert.equal(client!.name, 'sms-login demo');
      assert.deepEqual(client!.web_origins, ['http://localhost:5173']);
      assert.equal(client!.client_secret, undefined, 'the demo client is public');
      assert.equal(config.connections.length, 1);
      const [connection] = config.connections;
      assert.equal(connection!.name, 'sms');
      assert.equal(connection!.strategy, 'sms');
      assert.deepEqual(connection!.enabled_clients, ['demo']);
      assert.deepEqual(connection!.options.totp, { length: 6, time_step: 180 });
      assert.equal(connection!.options.template, 'Your verification code is: @@password@@');
      assert.equal(connection!.options.syntax, 'liquid');
      assert.equal(connection!.options.disable_signup, false);
      assert.equal(config.dev_routes, true);
    }
  });

  test('a parsed configuration is frozen, and the backend runs with it as validated', () => {
    const parsed = parseConfig();
    assert.ok(Object.isFrozen(parsed) && Object.isFrozen(parsed.clients[0]!.web_origins));
    assert.throws(() => {
      (parsed.connections[0]!.options.totp as { length: number }).length = 4;
    }, TypeError);
    assert.equal(createBackend(parsed).context.config, parsed);
    // Anything else is validated again: a copy with a wrong value is refused.
    const copy = structuredClone(parsed) as { connections: { options: { totp: object } }[] };
    copy.connections[0]!.options.totp = { length: 'six', time_step: 180 };
    assert.throws(() => createBackend(copy as ConfigInput), ConfigError);
  });

  test('createBackend() with nothing answers the demo client', async () => {
    const backend = createBackend();
    assert.equal(backend.context.issuer, 'http://localhost:8787/');
    const response = await backend.fetch(
      new Request('http://localhost:8787/passwordless/start', {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: 'http://localhost:5173' },
        body: JSON.stringify({
          client_id: 'demo',
          connection: 'sms',
          phone_number: '+14155550131',
        }),
      }),
    );
    assert.equal(response.status, 200, await response.clone().text());
    assert.equal(response.headers.get('access-control-allow-origin'), 'http://localhost:5173');
    const outbox = (await (
      await backend.fetch(new Request('http://localhost:8787/dev/messages'))
    ).json()) as {
      messages: { body: string }[];
    };
    assert.match(outbox.messages[0]!.body, /^Your verification code is: \d{6}$/);
  });

  test('a connection given without options gets the defaults; a client without grant_types gets the OTP grant', () => {
    const config = parseConfig(base());
    const connection = config.connections[0]!;
    assert.equal(connection.strategy, 'sms');
    assert.deepEqual(connection.options.totp, { length: 6, time_step: 180 });
    assert.ok(
      config.clients[0]!.grant_types.includes('http://auth0.com/oauth/grant-type/passwordless/otp'),
    );
    assert.equal(config.tokens.access_token_lifetime, 86400);
    assert.deepEqual(config.rate_limits.passwordless_start_per_ip, { burst: 50, per_hour: 50 });
  });

  test('totp given with only a length keeps the default time step', () => {
    const config = parseConfig(withOptions({ totp: { length: 8 } }));
    assert.deepEqual(config.connections[0]!.options.totp, { length: 8, time_step: 180 });
  });
});

type ClientInput = ConfigInput['clients'][number];
const withClient = (client: Partial<ClientInput>): ConfigInput =>
  base({ clients: [{ client_id: 'spa', name: 'Test App', ...client }] });

describe('config: sign-in settings, APIs and branding', () => {
  test('a callback or logout URL that is not plain http(s), or has a wildcard or fragment', () => {
    for (const url of [
      'ftp://app.example.com/cb',
      'https://*.example.com/cb',
      'https://app.example.com/cb#x',
      'app.example.com/cb',
    ]) {
      assertRefused(withClient({ callbacks: [url] }), 'clients[0].callbacks[0]');
      assertRefused(
        withClient({ allowed_logout_urls: [url] }),
        'clients[0].allowed_logout_urls[0]',
      );
    }
    assertRefused(
      withClient({ allowed_origins: ['javascript:void(0)'] }),
      'clients[0].allowed_origins[0]',
    );
  });

  test('an authentication method that does not fit the secret, an unknown app type', () => {
    assertRefused(
      withClient({ token_endpoint_auth_method: 'client_secret_post' }),
      'clients[0].token_endpoint_auth_method',
      /needs a client_secret/,
    );
    assertRefused(
      withClient({ client_secret: 'a-long-secret', token_endpoint_auth_method: 'none' }),
      'clients[0].token_endpoint_auth_method',
    );
    assertRefused(withClient({ app_type: 'rms' as 'spa' }), 'clients[0].app_type');
  });

  test('refresh_token needs its rotation and expiration types, and lifetimes in range', () => {
    assertRefused(
      withClient({ refresh_token: { rotation_type: 'rotating' } as never }),
      'clients[0].refresh_token.expiration_type',
    );
    assertRefused(
      withClient({
        refresh_token: {
          rotation_type: 'rotating',
          expiration_type: 'expiring',
          token_lifetime: 157_788_001,
        },
      }),
      'clients[0].refresh_token.token_lifetime',
    );
  });

  test("a client without sign-in settings gets none, and Auth0's defaults", () => {
    const [client] = parseConfig(base()).clients;
    assert.deepEqual(client!.callbacks, []);
    assert.deepEqual(client!.allowed_logout_urls, []);
    assert.equal(client!.app_type, 'spa');
    assert.equal(client!.token_endpoint_auth_method, 'none');
    assert.equal(client!.is_first_party, true);
    assert.equal(client!.oidc_conformant, true);
    assert.equal(client!.cross_origin_authentication, false);
    assert.equal(client!.refresh_token.rotation_type, 'non-rotating');
    assert.ok(client!.grant_types.includes('authorization_code'));
    const [declared] = parseConfig(withClient({ app_type: 'spa' })).clients;
    assert.deepEqual(declared!.refresh_token, ROTATING);
    assert.deepEqual(client!.refresh_token, NON_ROTATING);
  });

  test('the demo client is a single-page app that may return to the demo page', () => {
    const [demo] = parseConfig().clients;
    assert.equal(demo!.app_type, 'spa');
    assert.deepEqual(demo!.callbacks, ['http://localhost:5173']);
    assert.deepEqual(demo!.allowed_logout_urls, ['http://localhost:5173']);
  });

  test("resource_servers: a duplicate identifier, the Management API's own, a bad algorithm", () => {
    const api = { identifier: 'https://api.example.com/', name: 'API' };
    assertRefused(
      base({ resource_servers: [api, api] }),
      'resource_servers[1].identifier',
      /duplicate/,
    );
    assertRefused(
      base({ resource_servers: [{ identifier: 'https://tenant.example.com/api/v2/', name: 'x' }] }),
      'resource_servers[0].identifier',
    );
    assertRefused(
      base({ resource_servers: [{ ...api, signing_alg: 'HS256' as 'RS256' }] }),
      'resource_servers[0].signing_alg',
    );
    assertRefused(
      base({ resource_servers: [{ ...api, scopes: [{ value: 'read things' }] }] }),
      'resource_servers[0].scopes[0].value',
    );
  });

  test('branding: colours as #rgb or #rrggbb, URLs over https', () => {
    assertRefused(base({ branding: { colors: { primary: 'blue' } } }), 'branding.colors.primary');
    assertRefused(
      base({ branding: { logo_url: 'http://cdn.example.com/l.png' } }),
      'branding.logo_url',
    );
    assertRefused(base({ branding: { font: { url: 'file:///etc/passwd' } } }), 'branding.font.url');
    const config = parseConfig(
      base({ branding: { colors: { primary: '#abc' }, logo_url: 'http://localhost:5173/l.png' } }),
    );
    assert.deepEqual(config.branding, {
      colors: { primary: '#abc' },
      logo_url: 'http://localhost:5173/l.png',
    });
  });

  test('a page template without the Universal Login tags passes parseConfig and is refused by createBackend', () => {
    const input = base({
      universal_login_template: '<html><body>{%- auth0:widget -%}</body></html>',
    });
    assert.doesNotThrow(() => parseConfig(input));
    const error = configErrorOf(() => createBackend(input));
    assert.equal(error.issues[0]!.path, 'universal_login_template');
    assert.match(error.message, /missing required Liquid tags \(auth0:head\)/);
  });

  test('APIs, branding and the page template of the configuration are what the tenant reads', async () => {
    const page = '<html><head>{%- auth0:head -%}</head><body>{%- auth0:widget -%}</body></html>';
    const { tenant } = createBackend(
      base({
        resource_servers: [{ identifier: 'urn:orders', scopes: [{ value: 'read:orders' }] }],
        branding: { colors: { primary: '#0059d6' } },
        universal_login_template: page,
      }),
    ).context;
    const orders = await tenant.findResourceServer('urn:orders');
    assert.equal(orders?.name, 'urn:orders');
    assert.equal(orders?.token_lifetime, 86_400);
    assert.equal(orders?.is_system, false);
    assert.equal(
      (await tenant.findResourceServer('https://tenant.example.com/api/v2/'))?.is_system,
      true,
    );
    assert.deepEqual(await tenant.branding(), { colors: { primary: '#0059d6' } });
    assert.equal(await tenant.universalLoginTemplate(), page);
    const client = await tenant.findClient('spa');
    assert.equal(client?.refresh_token.rotation_type, 'non-rotating');
  });
});
