// What the Management API answers for the resource types this backend does not model, as an
// Auth0 tenant without them answers (so a whole-tenant export does not stop at a 404), the
// tenant's All Applications client, the client list's filters, and the Actions triggers.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { doors, type Door } from './support.ts';
import {
  management,
  managementConfig,
  managementErrorOf,
  managementToken,
} from './management-support.ts';

const EMPTY_LISTS = [
  ['/rules', 'rules'],
  ['/hooks', 'hooks'],
  ['/roles', 'roles'],
  ['/custom-domains', 'custom_domains'],
  ['/log-streams', 'log_streams'],
  ['/organizations', 'organizations'],
  ['/actions/modules', 'modules'],
  ['/forms', 'forms'],
  ['/flows', 'flows'],
  ['/self-service-profiles', 'self_service_profiles'],
  ['/network-acls', 'network_acls'],
  ['/event-streams', 'eventStreams'],
] as const;

for (const [doorName, openDoor] of doors) {
  describe(`Management API resources the tenant does not have (${doorName})`, () => {
    let door: Door;
    let token: string;

    before(async () => {
      door = await openDoor(
        managementConfig({
          actions: { post_login: [{ path: './add-claims.mjs', name: 'Add claims' }] },
        }),
        { postLoginRunner: { run: () => Promise.reject(new Error('no login in these tests')) } },
      );
      token = await managementToken(door);
    });
    after(() => door.close());

    const call = async (method: string, path: string, body?: unknown) => {
      const response = await management(door, token, method, path, body);
      return { status: response.status, body: (await response.json()) as any };
    };

    test('lists are empty, in the shape the query asks for', async () => {
      for (const [path, key] of EMPTY_LISTS) {
        assert.deepEqual(await call('GET', path), { status: 200, body: [] }, path);
        assert.deepEqual(
          (await call('GET', `${path}?include_totals=true&page=0&per_page=50`)).body,
          { start: 0, limit: 50, total: 0, [key]: [] },
          path,
        );
        assert.deepEqual((await call('GET', `${path}?take=50`)).body, { [key]: [] }, path);
      }
      const [status, code] = await managementErrorOf(
        await management(door, token, 'GET', '/rules?per_page=1000'),
      );
      assert.deepEqual([status, code], [400, 'invalid_query_string']);
    });

    test('features a tenant lacks are 403 feature_not_enabled; unset singletons 404; other paths still 404', async () => {
      for (const path of [
        '/guardian/factors',
        '/attack-protection/captcha',
        '/prompts/login/partials',
      ])
        assert.deepEqual(
          await managementErrorOf(await management(door, token, 'GET', path)),
          [403, 'feature_not_enabled', 'This feature is not enabled for this tenant.'],
          path,
        );
      assert.deepEqual(
        await managementErrorOf(await management(door, token, 'GET', '/emails/provider')),
        [404, 'inexistent_email_provider', 'Email provider has not been configured'],
      );
      assert.deepEqual(
        (
          await managementErrorOf(
            await management(door, token, 'GET', '/email-templates/welcome_email'),
          )
        ).slice(0, 2),
        [404, 'inexistent_email_template'],
      );
      assert.deepEqual(
        (await managementErrorOf(await management(door, token, 'GET', '/no-such-resource'))).slice(
          0,
          2,
        ),
        [404, 'inexistent_resource'],
      );
    });

    test('GET /clients?is_global=true is the All Applications client, never listed otherwise', async () => {
      const global = (await call('GET', '/clients?is_global=true')).body;
      assert.equal(global.length, 1);
      assert.equal(global[0].name, 'All Applications');
      assert.equal(global[0].global, true);
      assert.match(global[0].client_id, /^[0-9a-f]{32}$/);
      assert.deepEqual(
        (await call('GET', '/clients?is_global=true')).body,
        global,
        'the same id on every read',
      );
      const others = (await call('GET', '/clients?is_global=false')).body as {
        client_id: string;
      }[];
      assert.deepEqual(others, (await call('GET', '/clients')).body);
      assert.ok(!others.some((client) => client.client_id === global[0].client_id));
    });

    test('GET /clients filters by is_first_party and app_type', async () => {
      const created = await call('POST', '/clients', {
        name: 'Partner',
        app_type: 'native',
        is_first_party: false,
      });
      assert.equal(created.status, 201);
      const thirdParty = (await call('GET', '/clients?is_first_party=false')).body;
      assert.deepEqual(
        thirdParty.map((client: any) => client.name),
        ['Partner'],
      );
      const natives = (await call('GET', '/clients?app_type=native,regular_web')).body;
      assert.ok(natives.length >= 1);
      assert.ok(
        natives.every((client: any) => ['native', 'regular_web'].includes(client.app_type)),
      );
      const [status, code, message] = await managementErrorOf(
        await management(door, token, 'GET', '/clients?app_type=desktop'),
      );
      assert.deepEqual([status, code], [400, 'invalid_query_string']);
      assert.match(message, /desktop/);
    });

    test("Actions: the triggers, and the configured post-login Actions as that trigger's bindings", async () => {
      const { triggers } = (await call('GET', '/actions/triggers')).body;
      assert.ok(triggers.some((trigger: any) => trigger.id === 'post-login'));
      const bindings = (await call('GET', '/actions/triggers/post-login/bindings')).body;
      assert.equal(bindings.total, 1);
      assert.equal(bindings.bindings[0].display_name, 'Add claims');
      assert.equal(bindings.bindings[0].action.name, 'Add claims');
      assert.deepEqual(
        (await call('GET', '/actions/triggers/send-phone-message/bindings')).body.bindings,
        [],
      );
      assert.deepEqual((await call('GET', '/actions/actions')).body.actions, []);

      const same = [
        { ref: { type: 'action_name', value: 'Add claims' }, display_name: 'Add claims' },
      ];
      const written = await call('PATCH', '/actions/triggers/post-login/bindings', {
        bindings: same,
      });
      assert.equal(written.status, 200);
      const [status, code, message] = await managementErrorOf(
        await management(door, token, 'PATCH', '/actions/triggers/post-login/bindings', {
          bindings: [],
        }),
      );
      assert.deepEqual([status, code], [400, 'invalid_body']);
      assert.match(message, /actions\.post_login/);
      assert.equal((await call('GET', '/actions/triggers/no-trigger/bindings')).status, 404);
    });
  });
}
