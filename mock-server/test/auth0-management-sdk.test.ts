// The real `auth0` Node SDK's ManagementClient (auth0 7.x) against the real Node server.
//
// The SDK builds `https://<domain>/api/v2/…` and `https://<domain>/oauth/token` URLs. Its own
// `fetch` option carries both the client_credentials token request and every Management API call,
// so a fetch that swaps the origin for the loopback server's is all it takes.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ManagementClient, Management, ManagementError } from 'auth0';
import { createBackend } from '../src/backend.ts';
import { startNodeServer, type RunningServer } from '../src/adapters/node.ts';
import { DOMAIN, json, ORIGIN } from './support.ts';
import { managementConfig, MANAGEMENT_AUDIENCE, OPS_CLIENT } from './management-support.ts';

let running: RunningServer;
const paths: string[] = [];

/** Sends the SDK's `https://<domain>/…` requests to the loopback server. */
const loopbackFetch: typeof fetch = async (input, init) => {
  const url = new URL(input instanceof Request ? input.url : String(input));
  assert.equal(url.origin, ORIGIN, 'the SDK calls https://<domain>');
  paths.push(`${init?.method ?? 'GET'} ${url.pathname}`);
  return fetch(`${running.url}${url.pathname}${url.search}`, init);
};

function sdk(token?: string): ManagementClient {
  const common = { domain: DOMAIN, fetch: loopbackFetch, maxRetries: 0 };
  return token
    ? new ManagementClient({ ...common, token })
    : new ManagementClient({
        ...common,
        clientId: OPS_CLIENT.client_id,
        clientSecret: OPS_CLIENT.client_secret,
      });
}

async function refused(promise: Promise<unknown>): Promise<ManagementError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof ManagementError, `a ManagementError, not ${String(error)}`);
    return error;
  }
  assert.fail('the SDK accepted what the server should have refused');
}

async function login(phone: string): Promise<void> {
  const started = await fetch(
    `${running.url}/passwordless/start`,
    json({ client_id: 'spa', connection: 'sms', phone_number: phone }),
  );
  assert.equal(started.status, 200);
  const { messages } = (await (
    await fetch(`${running.url}/dev/messages?phone_number=${encodeURIComponent(phone)}`)
  ).json()) as { messages: { body: string }[] };
  const otp = /(\d{4,40})(?!.*\d)/s.exec(messages[0]!.body)![1]!;
  const token = await fetch(`${running.url}/oauth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'http://auth0.com/oauth/grant-type/passwordless/otp',
      client_id: 'spa',
      username: phone,
      otp,
      realm: 'sms',
    }).toString(),
  });
  assert.equal(token.status, 200);
}

before(async () => {
  // The SDK sends its Management API calls with `https://tenant.example.com` as their origin.
  running = await startNodeServer(createBackend(managementConfig()), { port: 0 });
});
after(() => running?.close());

describe('auth0 Node SDK (ManagementClient) against the Node server', () => {
  test('client credentials, then connections.list({strategy}) / get / update', async () => {
    paths.length = 0;
    const client = sdk();
    const page = await client.connections.list({ strategy: ['sms'] });
    assert.equal(paths[0], 'POST /oauth/token', 'the SDK got its token from /oauth/token');
    const names = page.data.map((connection) => connection.name).sort();
    assert.deepEqual(names, ['sms', 'sms-closed']);
    assert.equal(page.hasNextPage(), false);

    const sms = page.data.find((connection) => connection.name === 'sms')!;
    const fetched = await client.connections.get(sms.id!);
    assert.equal(fetched.strategy, 'sms');
    assert.deepEqual(fetched.enabled_clients, ['spa', 'server', 'no-otp']);

    const updated = await client.connections.update(sms.id!, {
      options: { totp: { length: 8, time_step: 240 }, template: 'Code: {{ code }}' },
    });
    assert.deepEqual((updated.options as { totp: unknown }).totp, { length: 8, time_step: 240 });
    const clients = await client.connections.clients.get(sms.id!);
    assert.deepEqual(
      clients.data.map((entry) => entry.client_id),
      ['spa', 'server', 'no-otp'],
    );
  });

  test('an out-of-range option is the SDK BadRequestError with Auth0 fields', async () => {
    const client = sdk();
    const [sms] = (await client.connections.list({ name: 'sms' })).data;
    const error = await refused(
      client.connections.update(sms!.id!, { options: { totp: { length: 41, time_step: 180 } } }),
    );
    assert.ok(error instanceof Management.BadRequestError);
    assert.equal(error.statusCode, 400);
    const body = error.body as { errorCode: string; message: string };
    assert.equal(body.errorCode, 'invalid_body');
    assert.match(body.message, /options\.totp\.length/);
  });

  test('users.list with q, users.get, users.update({blocked}), users.delete', async () => {
    const phone = '+14155550601';
    await login(phone);
    const client = sdk();
    const found = await client.users.list({ q: `phone_number:"${phone}"`, search_engine: 'v3' });
    assert.equal(found.data.length, 1);
    const userId = found.data[0]!.user_id!;
    assert.match(userId, /^sms\|[0-9a-f]{24}$/);

    const user = await client.users.get(userId);
    assert.equal(user.phone_number, phone);

    const blocked = await client.users.update(userId, { blocked: true });
    assert.equal(blocked.blocked, true);
    const start = await fetch(
      `${running.url}/passwordless/start`,
      json({ client_id: 'spa', connection: 'sms', phone_number: phone }),
    );
    assert.equal(start.status, 401);

    await client.users.delete(userId);
    const error = await refused(client.users.get(userId));
    assert.ok(error instanceof Management.NotFoundError);
    assert.equal(error.statusCode, 404);
  });

  test('users.list pages with per_page and include_totals', async () => {
    for (const phone of ['+14155550611', '+14155550612', '+14155550613']) await login(phone);
    const client = sdk();
    const first = await client.users.list({ per_page: 2, page: 0 });
    assert.equal(first.data.length, 2);
    assert.equal(first.hasNextPage(), true);
    const all = [];
    for await (const user of await client.users.list({ per_page: 2 })) all.push(user.user_id);
    assert.equal(all.length, 3);
    assert.equal(new Set(all).size, 3);
  });

  test('a token without the scope is the SDK ForbiddenError', async () => {
    const response = await fetch(`${running.url}/oauth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        grant_type: 'client_credentials',
        ...OPS_CLIENT,
        audience: MANAGEMENT_AUDIENCE,
        scope: 'read:connections',
      }),
    });
    const { access_token } = (await response.json()) as { access_token: string };
    const error = await refused(sdk(access_token).users.list());
    assert.ok(error instanceof Management.ForbiddenError);
    assert.equal(error.statusCode, 403);
    assert.equal((error.body as { errorCode: string }).errorCode, 'insufficient_scope');
  });

  test('clients.create / get / update / delete with the sign-in settings', async () => {
    const client = sdk();
    const created = await client.clients.create({
      name: 'SDK App',
      app_type: 'spa',
      callbacks: ['https://sdk.example.com/callback'],
      allowed_logout_urls: ['https://sdk.example.com/'],
      web_origins: ['https://sdk.example.com'],
      grant_types: ['authorization_code', 'refresh_token'],
    });
    assert.match(created.client_id!, /^[A-Za-z0-9]{32}$/);
    assert.equal(created.token_endpoint_auth_method, 'none');
    assert.equal(created.refresh_token?.rotation_type, 'rotating');

    const updated = await client.clients.update(created.client_id!, {
      callbacks: ['https://sdk.example.com/callback', 'http://localhost:5173/'],
      cross_origin_authentication: true,
      refresh_token: {
        rotation_type: 'rotating',
        expiration_type: 'expiring',
        token_lifetime: 7200,
      },
    });
    assert.deepEqual(updated.callbacks, [
      'https://sdk.example.com/callback',
      'http://localhost:5173/',
    ]);
    assert.equal(updated.cross_origin_authentication, true);
    assert.equal(updated.refresh_token?.token_lifetime, 7200);
    const read = await client.clients.get(created.client_id!);
    assert.deepEqual(read.allowed_logout_urls, ['https://sdk.example.com/']);
    assert.equal(read.refresh_token?.idle_token_lifetime, 1_296_000);

    const confidential = await client.clients.create({
      name: 'SDK Worker',
      app_type: 'non_interactive',
    });
    assert.match(confidential.client_secret!, /^[A-Za-z0-9]{64}$/);
    assert.equal((await client.clients.get(confidential.client_id!)).client_secret, undefined);

    const bad = await refused(
      client.clients.update(created.client_id!, { callbacks: ['https://*.example.com'] }),
    );
    assert.ok(bad instanceof Management.BadRequestError);
    assert.match((bad.body as { message: string }).message, /callbacks\[0\]/);

    await client.clients.delete(created.client_id!);
    await client.clients.delete(confidential.client_id!);
    const gone = await refused(client.clients.get(created.client_id!));
    assert.ok(gone instanceof Management.NotFoundError);
  });

  test('resourceServers.create / list / get / update / delete', async () => {
    const client = sdk();
    const created = await client.resourceServers.create({
      identifier: 'https://sdk-api.example.com/',
      name: 'SDK API',
      scopes: [{ value: 'read:things', description: 'Read things' }],
      allow_offline_access: true,
    });
    assert.equal(created.is_system, false);
    assert.equal(created.signing_alg, 'RS256');

    const listed = [];
    for await (const server of await client.resourceServers.list()) listed.push(server.identifier);
    assert.deepEqual(listed, [MANAGEMENT_AUDIENCE, 'https://sdk-api.example.com/']);

    const byIdentifier = await client.resourceServers.get(created.identifier!);
    assert.equal(byIdentifier.id, created.id);
    const updated = await client.resourceServers.update(created.id!, {
      token_lifetime: 1200,
      scopes: [{ value: 'read:things' }, { value: 'write:things' }],
    });
    assert.equal(updated.token_lifetime, 1200);
    assert.deepEqual(
      (await client.resourceServers.get(created.id!)).scopes?.map((scope) => scope.value),
      ['read:things', 'write:things'],
    );

    const conflict = await refused(
      client.resourceServers.create({ identifier: created.identifier! }),
    );
    assert.ok(conflict instanceof Management.ConflictError);
    const system = await refused(client.resourceServers.delete(MANAGEMENT_AUDIENCE));
    assert.ok(system instanceof Management.BadRequestError);

    await client.resourceServers.delete(created.id!);
    assert.ok(
      (await refused(client.resourceServers.get(created.id!))) instanceof Management.NotFoundError,
    );
  });

  test('branding.get / update and the Universal Login template', async () => {
    const client = sdk();
    const updated = await client.branding.update({
      colors: { primary: '#ff5500', page_background: '#101010' },
      logo_url: 'https://cdn.example.com/logo.svg',
    });
    assert.equal(updated.colors?.primary, '#ff5500');
    assert.equal((await client.branding.get()).logo_url, 'https://cdn.example.com/logo.svg');

    const page = '<html><head>{%- auth0:head -%}</head><body>{%- auth0:widget -%}</body></html>';
    await client.branding.templates.updateUniversalLogin({ template: page });
    assert.deepEqual(await client.branding.templates.getUniversalLogin(), { body: page });
    await client.branding.templates.updateUniversalLogin(
      page.replace('<body>', '<body class="x">'),
    );
    assert.match(
      ((await client.branding.templates.getUniversalLogin()) as { body: string }).body,
      /class="x"/,
    );
    const refusedPage = await refused(
      client.branding.templates.updateUniversalLogin({ template: '<html></html>' }),
    );
    assert.ok(refusedPage instanceof Management.BadRequestError);
    assert.match((refusedPage.body as { message: string }).message, /auth0:head and auth0:widget/);

    await client.branding.templates.deleteUniversalLogin();
    const missing = await refused(client.branding.templates.getUniversalLogin());
    assert.ok(missing instanceof Management.NotFoundError);
  });

  test('clientGrants.create / list / update / delete, tenants.settings, connections.clients.update', async () => {
    const client = sdk();
    const api = await client.resourceServers.create({
      identifier: 'https://grants-api.example.com/',
      scopes: [{ value: 'read:things' }, { value: 'write:things' }],
    });
    const grant = await client.clientGrants.create({
      client_id: 'server',
      audience: api.identifier!,
      scope: ['read:things'],
    });
    assert.match(grant.id!, /^cgr_/);
    const listed = [];
    for await (const item of await client.clientGrants.list({ audience: api.identifier! }))
      listed.push(item.id);
    assert.deepEqual(listed, [grant.id]);
    const updated = await client.clientGrants.update(grant.id!, {
      scope: ['read:things', 'write:things'],
    });
    assert.deepEqual(updated.scope, ['read:things', 'write:things']);
    await client.clientGrants.delete(grant.id!);
    const none = [];
    for await (const item of await client.clientGrants.list({ audience: api.identifier! }))
      none.push(item.id);
    assert.deepEqual(none, []);
    await client.resourceServers.delete(api.id!);

    const settings = await client.tenants.settings.update({
      friendly_name: 'SDK Tenant',
      session_lifetime: 48,
    });
    assert.equal(settings.friendly_name, 'SDK Tenant');
    assert.equal((await client.tenants.settings.get()).session_lifetime, 48);

    const [sms] = (await client.connections.list({ name: 'sms' })).data;
    await client.connections.clients.update(sms!.id!, [{ client_id: 'lonely', status: true }]);
    const enabled = await client.connections.clients.get(sms!.id!);
    assert.ok(enabled.data.some((entry) => entry.client_id === 'lonely'));
  });
});
