// Auth0's Deploy CLI against `sms-login-server --https`: `a0deploy export` writes the tenant as
// YAML, a hand edit of it is imported, every change is read back through the Management API,
// and a second export matches the edited file.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import https from 'node:https';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MANAGEMENT_API_SCOPES } from '../src/management/system-api.ts';
import { installDeployCli, type DeployCli } from './deploy-cli-support.ts';
import { freePort, killAllStarted, serverEnv } from './server-process.ts';
import { startHttpsServer } from './tls-support.ts';

const DEPLOY = { client_id: 'deploy', client_secret: 'deploy-secret-123456' };
const ORDERS_API = 'https://orders.example.com/';

let dir: string;
let cli: DeployCli;
let ca: string;
let domain: string;

/** A JSON request to the server that trusts only its development CA. */
function request(
  method: string,
  path: string,
  options: { token?: string; body?: unknown } = {},
): Promise<{ status: number; body: unknown }> {
  return new Promise((resolve, reject) => {
    const outgoing = https.request(
      `https://${domain}${path}`,
      {
        method,
        ca,
        agent: false,
        headers: {
          'content-type': 'application/json',
          ...(options.token && { authorization: `Bearer ${options.token}` }),
        },
      },
      (response) => {
        let text = '';
        response.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, body: text ? JSON.parse(text) : null }),
        );
      },
    );
    outgoing.on('error', reject);
    outgoing.end(options.body === undefined ? undefined : JSON.stringify(options.body));
  });
}

async function managementGet(path: string): Promise<any> {
  const token = await request('POST', '/oauth/token', {
    body: { grant_type: 'client_credentials', ...DEPLOY, audience: `https://${domain}/api/v2/` },
  });
  assert.equal(token.status, 200, JSON.stringify(token.body));
  const answer = await request('GET', `/api/v2${path}`, {
    token: (token.body as { access_token: string }).access_token,
  });
  assert.equal(answer.status, 200, JSON.stringify(answer.body));
  return answer.body;
}

/** Runs `a0deploy` with the configuration the README gives: the domain, the client, the CA. */
async function a0deploy(args: string[], allowDelete = false): Promise<string> {
  const config = join(dir, 'a0deploy.json');
  await writeFile(
    config,
    JSON.stringify({
      AUTH0_DOMAIN: domain,
      AUTH0_CLIENT_ID: DEPLOY.client_id,
      AUTH0_CLIENT_SECRET: DEPLOY.client_secret,
      AUTH0_ALLOW_DELETE: allowDelete,
    }),
  );
  const result = await cli.run([...args, '--config_file', config], {
    ...serverEnv(),
    NODE_EXTRA_CA_CERTS: join(dir, 'data', 'tls', 'ca.pem'),
  });
  assert.equal(result.code, 0, result.output);
  return result.output;
}

async function exportTenant(name: string): Promise<any> {
  const output = await a0deploy(['export', '--format', 'yaml', '--output_folder', join(dir, name)]);
  assert.match(output, /Export Successful/);
  return cli.yaml.load(await readFile(join(dir, name, 'tenant.yaml'), 'utf8'));
}

const named = (list: any[], name: string) => {
  const found = list.find((item) => item.name === name);
  assert.ok(found, `${name} is in ${JSON.stringify(list.map((item) => item.name))}`);
  return found;
};

/**
 * `npm ci` of the CLI from the registry: about 10 s, a minute or more on a cold npm cache. The
 * suite's `pretest` installs it first, so this is only spent when the file runs alone.
 */
const INSTALL_TIME_LIMIT_MS = 240_000;

before(
  async () => {
    dir = await mkdtemp(join(tmpdir(), 'sms-login-deploy-cli-'));
    cli = await installDeployCli(INSTALL_TIME_LIMIT_MS);
    const port = await freePort();
    domain = `localhost:${port}`;
    const configFile = join(dir, 'tenant.json');
    await writeFile(
      configFile,
      JSON.stringify({
        domain: `https://${domain}`,
        clients: [
          {
            client_id: 'spa',
            name: 'Test App',
            callbacks: ['https://app.example.com/callback'],
            metadata: { team: 'web', tier: 'gold' },
          },
          { client_id: 'second', name: 'Second App' },
          { client_id: 'old', name: 'Old App' },
          {
            client_id: 'backend',
            name: 'Backend',
            client_secret: 'backend-secret-123456',
            grant_types: ['client_credentials'],
          },
          { ...DEPLOY, name: 'Deploy', grant_types: ['client_credentials'] },
        ],
        client_grants: [
          {
            client_id: DEPLOY.client_id,
            audience: `https://${domain}/api/v2/`,
            scope: MANAGEMENT_API_SCOPES.map((scope) => scope.value),
          },
        ],
        connections: [{ name: 'sms', enabled_clients: ['spa', 'old'] }],
        // The test reads the codes the server sends.
        dev_routes: true,
        phone: {
          templates: [
            { type: 'otp_verify', content: { body: { text: '{{ code }} is your code' } } },
          ],
        },
      }),
    );
    await startHttpsServer(['--https', '--data', join(dir, 'data'), '--config', configFile], {
      port,
    });
    ca = await readFile(join(dir, 'data', 'tls', 'ca.pem'), 'utf8');
  },
  { timeout: INSTALL_TIME_LIMIT_MS + 60_000 },
);

after(async () => {
  killAllStarted();
  await rm(dir, { recursive: true, force: true });
});

describe('Auth0 Deploy CLI', () => {
  test(
    'exports the tenant, imports a hand-edited export, exports what it imported, and deletes with AUTH0_ALLOW_DELETE',
    { timeout: 300_000 },
    async () => {
      const exported = await exportTenant('first');
      assert.deepEqual(named(exported.clients, 'Test App').callbacks, [
        'https://app.example.com/callback',
      ]);
      assert.deepEqual(named(exported.connections, 'sms').enabled_clients.sort(), [
        'Old App',
        'Test App',
      ]);
      assert.deepEqual(exported.resourceServers, [], 'the Management API is not exported');

      // The edits a team makes in its repository.
      const edited = structuredClone(exported);
      named(edited.clients, 'Test App').callbacks.push('https://app.example.com/signed-in');
      const sms = named(edited.connections, 'sms');
      sms.options.totp.length = 8;
      sms.enabled_clients = ['Test App', 'Second App'];
      edited.resourceServers.push({
        name: 'Orders API',
        identifier: ORDERS_API,
        scopes: [{ value: 'read:orders', description: 'Read orders' }],
        token_lifetime: 3600,
      });
      edited.clientGrants.push({
        client_id: 'Backend',
        audience: ORDERS_API,
        scope: ['read:orders'],
      });
      const otpVerify = edited.phoneTemplates.find((item: any) => item.type === 'otp_verify');
      otpVerify.content.body.text = '{{ code }} is your Orders code';
      const editedFile = join(dir, 'edited.yaml');
      await writeFile(editedFile, cli.yaml.dump(edited));

      assert.match(await a0deploy(['import', '--input_file', editedFile]), /Import Successful/);

      const spa = await managementGet('/clients/spa');
      assert.deepEqual(spa.callbacks, [
        'https://app.example.com/callback',
        'https://app.example.com/signed-in',
      ]);
      const [connection] = await managementGet('/connections?name=sms');
      assert.equal(connection.options.totp.length, 8);
      assert.deepEqual(connection.enabled_clients.sort(), ['second', 'spa']);
      const [orders] = await managementGet(`/resource-servers?identifiers=${ORDERS_API}`);
      assert.equal(orders.name, 'Orders API');
      assert.equal(orders.token_lifetime, 3600);
      assert.deepEqual(orders.scopes, [{ value: 'read:orders', description: 'Read orders' }]);
      const grants = await managementGet(
        `/client-grants?audience=${encodeURIComponent(ORDERS_API)}`,
      );
      assert.deepEqual(
        grants.map(({ client_id, scope }: any) => ({ client_id, scope })),
        [{ client_id: 'backend', scope: ['read:orders'] }],
      );
      const templates = await managementGet('/branding/phone/templates');
      const template = templates.templates.find((item: any) => item.type === 'otp_verify');
      assert.equal(template.content.body.text, '{{ code }} is your Orders code');

      // The changes are in force: the code length, the enabled clients, the grant.
      const phone = '+14155550123';
      const started = await request('POST', '/passwordless/start', {
        body: { client_id: 'second', connection: 'sms', phone_number: phone },
      });
      assert.equal(started.status, 200, JSON.stringify(started.body));
      const outbox = await request(
        'GET',
        `/dev/messages?phone_number=${encodeURIComponent(phone)}`,
      );
      const [message] = (outbox.body as { messages: { body: string }[] }).messages;
      assert.match(message!.body, /^\d{8} is your Orders code$/);
      const disabled = await request('POST', '/passwordless/start', {
        body: { client_id: 'old', connection: 'sms', phone_number: phone },
      });
      assert.equal(disabled.status, 400);
      const ordersToken = await request('POST', '/oauth/token', {
        body: {
          grant_type: 'client_credentials',
          client_id: 'backend',
          client_secret: 'backend-secret-123456',
          audience: ORDERS_API,
        },
      });
      assert.equal(ordersToken.status, 200, JSON.stringify(ordersToken.body));
      assert.equal((ordersToken.body as { scope: string }).scope, 'read:orders');

      // The export of the changed tenant is the edited file, with the new API's defaults filled in.
      const reexported = await exportTenant('second');
      const expected = structuredClone(edited);
      expected.resourceServers = [
        {
          ...edited.resourceServers[0],
          is_system: false,
          signing_alg: 'RS256',
          token_lifetime_for_web: 3600,
          allow_offline_access: false,
          skip_consent_for_verifiable_first_party_clients: true,
        },
      ];
      named(expected.connections, 'sms').enabled_clients = ['Second App', 'Test App'];
      named(reexported.connections, 'sms').enabled_clients.sort();
      assert.deepEqual(reexported, expected);

      // With AUTH0_ALLOW_DELETE, what the files no longer have is deleted.
      const trimmed = structuredClone(reexported);
      trimmed.clients = trimmed.clients.filter((client: any) => client.name !== 'Old App');
      delete named(trimmed.clients, 'Test App').client_metadata.tier;
      trimmed.resourceServers = [];
      trimmed.clientGrants = [];
      const trimmedFile = join(dir, 'trimmed.yaml');
      await writeFile(trimmedFile, cli.yaml.dump(trimmed));
      assert.match(
        await a0deploy(['import', '--input_file', trimmedFile], true),
        /Import Successful/,
      );
      assert.deepEqual((await managementGet('/clients/spa')).client_metadata, { team: 'web' });
      assert.deepEqual((await managementGet('/clients')).map((client: any) => client.name).sort(), [
        'Backend',
        'Deploy',
        'Second App',
        'Test App',
      ]);
      assert.deepEqual(await managementGet(`/resource-servers?identifiers=${ORDERS_API}`), []);
      assert.deepEqual(
        await managementGet(`/client-grants?audience=${encodeURIComponent(ORDERS_API)}`),
        [],
      );
    },
  );
});
