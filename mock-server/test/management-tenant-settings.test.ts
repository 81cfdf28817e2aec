// `/api/v2/tenants/settings`, and the tenant-wide settings this backend has one way only
// (`/prompts`, attack protection): shown, written back as they are, refused when changed.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createBackend } from '../src/backend.ts';
import { createMemoryStore } from '../src/store/memory.ts';
import { doors, type Door } from './support.ts';
import {
  management,
  managementConfig,
  managementErrorOf,
  managementToken,
} from './management-support.ts';

const NEW_TENANT = {
  friendly_name: '',
  picture_url: '',
  support_email: '',
  support_url: '',
  allowed_logout_urls: [],
  // The configuration's `sessions` (7 days, 3 days idle), in hours.
  session_lifetime: 168,
  idle_session_lifetime: 72,
  default_audience: '',
  default_directory: '',
  enabled_locales: ['en'],
  flags: {},
  session_cookie: { mode: 'persistent' },
};

for (const [doorName, openDoor] of doors) {
  describe(`Management API tenant settings (${doorName})`, () => {
    let door: Door;
    let token: string;

    before(async () => {
      door = await openDoor(managementConfig());
      token = await managementToken(door);
    });
    after(() => door.close());

    const call = async (method: string, path: string, body?: unknown) => {
      const response = await management(door, token, method, path, body);
      return { status: response.status, body: (await response.json()) as any };
    };

    test("GET shows a new tenant's settings; PATCH changes them and GET reads them back", async () => {
      assert.deepEqual((await call('GET', '/tenants/settings')).body, NEW_TENANT);
      const changes = {
        friendly_name: 'Tandem',
        picture_url: 'https://cdn.example.com/logo.png',
        support_email: 'help@example.com',
        support_url: 'https://example.com/help',
        allowed_logout_urls: ['https://example.com/bye'],
        enabled_locales: ['en', 'pt-BR'],
        default_audience: 'https://orders.example.com/',
        session_cookie: { mode: 'non-persistent' },
      };
      const patched = await call('PATCH', '/tenants/settings', changes);
      assert.equal(patched.status, 200);
      assert.deepEqual(patched.body, { ...NEW_TENANT, ...changes });
      assert.deepEqual((await call('GET', '/tenants/settings')).body, patched.body);
      assert.deepEqual((await call('GET', '/tenants/settings?fields=friendly_name')).body, {
        friendly_name: 'Tandem',
      });
    });

    test('session lifetimes are hours, or minutes in *_in_minutes as the Deploy CLI sends them; flags merge', async () => {
      await call('PATCH', '/tenants/settings', { session_lifetime: 24, flags: { one: true } });
      const patched = await call('PATCH', '/tenants/settings', {
        idle_session_lifetime_in_minutes: 90,
        flags: { two: false },
      });
      assert.equal(patched.body.session_lifetime, 24);
      assert.equal(patched.body.idle_session_lifetime, 1.5);
      assert.deepEqual(patched.body.flags, { one: true, two: false });
      assert.ok(!('idle_session_lifetime_in_minutes' in patched.body));
    });

    test('PATCH refuses unknown fields and bad values, naming the property', async () => {
      for (const [body, property] of [
        [{ support_email: 'not-an-email' }, 'support_email'],
        [{ support_url: 'javascript:alert(1)' }, 'support_url'],
        [{ session_lifetime: 0 }, 'session_lifetime'],
        [{ session_lifetime: 9000 }, 'session_lifetime'],
        [{ enabled_locales: [] }, 'enabled_locales'],
        [{ flags: { 'Not A Flag': true } }, 'flags'],
        [{ session_cookie: { mode: 'forever' } }, 'session_cookie.mode'],
      ] as const) {
        const [status, code, message] = await managementErrorOf(
          await management(door, token, 'PATCH', '/tenants/settings', body),
        );
        assert.deepEqual([status, code], [400, 'invalid_body'], JSON.stringify(body));
        assert.ok(message.includes(`on property ${property}`), message);
      }
      assert.deepEqual(
        await managementErrorOf(
          await management(door, token, 'PATCH', '/tenants/settings', { friendly_nam: 'x' }),
        ),
        [
          400,
          'invalid_body',
          "Payload validation error: 'Additional properties not allowed: friendly_nam'.",
        ],
      );
    });

    test('prompts and attack protection: GET shows them; a change is refused, not dropped', async () => {
      const prompts = await call('GET', '/prompts');
      assert.deepEqual(prompts.body, {
        universal_login_experience: 'new',
        identifier_first: false,
        webauthn_platform_first_factor: false,
      });
      assert.equal((await call('PATCH', '/prompts', { identifier_first: false })).status, 200);
      assert.deepEqual(
        await managementErrorOf(
          await management(door, token, 'PATCH', '/prompts', { identifier_first: true }),
        ),
        [
          400,
          'invalid_body',
          "Payload validation error: 'the hosted login page has no other setting' on property identifier_first.",
        ],
      );
      const bruteForce = await call('GET', '/attack-protection/brute-force-protection');
      assert.equal(bruteForce.body.enabled, false);
      const [status, , message] = await managementErrorOf(
        await management(door, token, 'PATCH', '/attack-protection/brute-force-protection', {
          enabled: true,
        }),
      );
      assert.equal(status, 400);
      assert.match(message, /set by its configuration' on property enabled\.$/);
      assert.deepEqual((await call('GET', '/prompts/login/custom-text/en')).body, {});
      assert.equal((await call('PUT', '/prompts/login/custom-text/en', { login: {} })).status, 400);
    });

    test('scopes: read and update:tenant_settings', async () => {
      const reader = await managementToken(door, ['read:tenant_settings']);
      assert.equal((await management(door, reader, 'GET', '/tenants/settings')).status, 200);
      const patch = await management(door, reader, 'PATCH', '/tenants/settings', {});
      assert.deepEqual((await managementErrorOf(patch)).slice(0, 2), [403, 'insufficient_scope']);
    });
  });
}

test("a restart keeps the settings changed through the API, until the configuration's sessions change", async () => {
  const store = createMemoryStore();
  const first = createBackend(managementConfig(), { store });
  await first.context.tenant.updateTenantSettings((settings) => ({
    ...settings,
    friendly_name: 'Kept',
    session_lifetime: 10,
  }));
  const restarted = createBackend(managementConfig(), { store });
  assert.equal((await restarted.context.tenant.tenantSettings()).session_lifetime, 10);
  const edited = createBackend(
    managementConfig({ sessions: { lifetime: 7200, idle_lifetime: 3600 } }),
    { store },
  );
  const settings = await edited.context.tenant.tenantSettings();
  assert.deepEqual(
    [settings.friendly_name, settings.session_lifetime, settings.idle_session_lifetime],
    ['Kept', 2, 1],
  );
});
