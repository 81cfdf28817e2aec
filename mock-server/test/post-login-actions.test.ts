// Post-login Actions: Auth0's `onExecutePostLogin(event, api)` modules, run after every successful
// login on threads of their own: claims into the tokens, denials, metadata, failures that cost
// only their own login, and an edited Action that counts at the next login.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeJwt } from 'jose';
import { createBackend } from '../src/backend.ts';
import { ConfigError } from '../src/config/parse.ts';
import type { ConfigInput } from '../src/config/schema.ts';
import { createActionThreads } from '../src/server/action-threads.ts';
import type { PostLoginRunner } from '../src/actions/post-login-event.ts';
import {
  Browser,
  CALLBACK,
  authorizePath,
  codeOf,
  exchange,
  pkce,
  signInOnPage,
} from './browser-session.ts';
import { killAllStarted, startServer } from './server-process.ts';
import {
  WEB_ORIGIN,
  directDoor,
  errorOf,
  json,
  nodeDoor,
  sendCode,
  testConfig,
  tokenRequest,
  type Door,
} from './support.ts';

const NAMESPACE = 'https://app.example.com';
const API = 'https://api.example.com/';

let folder: string;
let runner: PostLoginRunner;
let serial = 0;
const newPhone = () => `+1415555${String(1000 + ++serial).padStart(4, '0')}`;

/** Writes an Action module and answers its path. */
async function action(name: string, source: string): Promise<string> {
  const path = join(folder, name);
  await writeFile(path, source);
  return path;
}

const ROLES = `
exports.onExecutePostLogin = async (event, api) => {
  const roles = event.user.app_metadata.roles ?? ['member'];
  api.idToken.setCustomClaim('${NAMESPACE}/roles', roles);
  api.accessToken.setCustomClaim('${NAMESPACE}/roles', roles);
  api.idToken.setCustomClaim('${NAMESPACE}/login', {
    protocol: event.transaction.protocol,
    scopes: event.transaction.requested_scopes,
    client: event.client.client_id,
    connection: event.connection.name,
    strategy: event.connection.strategy,
    ip: event.request.ip,
    language: event.request.language,
    logins: event.stats.logins_count,
    secret: event.secrets.API_KEY ?? null,
    phone: event.user.phone_number,
  });
  api.idToken.setCustomClaim('sub', 'someone-else');
  api.accessToken.setCustomClaim('scope', 'admin');
  api.idToken.setCustomClaim('https://tenant.auth0.com/claim', 'kept by Auth0');
};
`;

const GATE = `
export async function onExecutePostLogin(event, api) {
  if (event.user.app_metadata.roles?.includes('banned'))
    api.access.deny('Your account is suspended.');
  const visits = (event.user.app_metadata.visits ?? 0) + 1;
  api.user.setAppMetadata('visits', visits);
  api.user.setUserMetadata('last_language', event.request.language);
  api.idToken.setCustomClaim('${NAMESPACE}/visits', visits);
}
`;

/** Breaks only for the numbers it names, so that the others' logins show what still works. */
const FRAGILE = `
exports.onExecutePostLogin = async (event, api) => {
  const phone = event.user.phone_number;
  if (phone === event.secrets.THROWS) throw new TypeError('roles service answered 500');
  if (phone === event.secrets.LOOPS) for (;;) {}
  if (phone === event.secrets.HANGS) await new Promise(() => {});
  api.idToken.setCustomClaim('${NAMESPACE}/fine', true);
};
`;

/** A list is `actions.post_login`; an object is the whole `actions`. */
const configWith = (actions: unknown, overrides: Partial<ConfigInput> = {}): ConfigInput =>
  ({
    ...testConfig(overrides),
    // The browser sign-ins need the app's callback and cross-origin authentication.
    clients: [
      {
        client_id: 'spa',
        name: 'Test App',
        web_origins: [WEB_ORIGIN],
        callbacks: [CALLBACK],
        cross_origin_authentication: true,
      },
      ...testConfig().clients.slice(1),
    ],
    // An access token is a JWT (and carries claims) for an API; for /userinfo alone it is opaque.
    resource_servers: [{ identifier: API, name: 'Orders API' }],
    actions: Array.isArray(actions) ? { post_login: actions } : actions,
  }) as ConfigInput;

async function doorWith(actions: unknown, overrides: Partial<ConfigInput> = {}): Promise<Door> {
  return directDoor(configWith(actions, overrides), { postLoginRunner: runner });
}

/** A code sent and traded for tokens; `headers` go with the token request. */
async function login(
  door: Door,
  phone: string,
  headers: Record<string, string> = {},
  extra: Record<string, string> = {},
) {
  const otp = await sendCode(door, phone);
  const request = tokenRequest(phone, otp, { scope: 'openid profile offline_access', ...extra });
  const response = await door.request('/oauth/token', {
    ...request,
    headers: { ...(request.headers as Record<string, string>), ...headers },
  });
  return { response, otp };
}

async function tokensOf(response: Response) {
  assert.equal(response.status, 200, await response.clone().text());
  const body = (await response.json()) as Record<string, string>;
  return {
    body,
    id: decodeJwt(body.id_token!),
    // Opaque without an audience in browser sign-ins, as Auth0's.
    access: body.access_token!.includes('.') ? decodeJwt(body.access_token!) : {},
  };
}

before(async () => {
  folder = await mkdtemp(join(tmpdir(), 'sms-login-actions-'));
  runner = createActionThreads({ baseDirectory: folder });
});
after(async () => {
  killAllStarted();
  await runner.close?.();
  await rm(folder, { recursive: true, force: true });
});

describe('post-login Actions on the OTP grant', () => {
  test('an Action adds namespaced claims to the id token and the access token, from Auth0’s event', async () => {
    const roles = await action('roles.js', ROLES);
    const door = await doorWith([{ path: roles, secrets: { API_KEY: 'k-123' } }]);
    try {
      const phone = newPhone();
      const { id, access } = await tokensOf(
        (await login(door, phone, { 'accept-language': 'fr-CA,fr;q=0.8' }, { audience: API }))
          .response,
      );
      assert.deepEqual(id[`${NAMESPACE}/roles`], ['member']);
      assert.deepEqual(access[`${NAMESPACE}/roles`], ['member']);
      assert.deepEqual(id[`${NAMESPACE}/login`], {
        protocol: 'oauth2-resource-owner',
        scopes: ['openid', 'profile', 'offline_access'],
        client: 'spa',
        connection: 'sms',
        strategy: 'sms',
        ip: '127.0.0.1',
        language: 'fr-CA',
        logins: 1,
        secret: 'k-123',
        phone,
      });
      // Claims Auth0 keeps for itself are left out, and the login goes on.
      assert.match(String(id.sub), /^sms\|/);
      assert.equal(access.scope, 'openid profile offline_access');
      assert.equal(id['https://tenant.auth0.com/claim'], undefined);
    } finally {
      await door.close();
    }
  });

  test('api.access.deny fails the login with 403 access_denied and the reason; the code is spent and no token is issued', async () => {
    const gate = await action('gate.mjs', GATE);
    const phone = newPhone();
    const door = await doorWith([gate], {
      users: [{ phone_number: phone, connection: 'sms', app_metadata: { roles: ['banned'] } }],
    });
    try {
      const { response, otp } = await login(door, phone);
      assert.deepEqual(await errorOf(response), [
        403,
        'access_denied',
        'Your account is suspended.',
      ]);
      const again = await door.request('/oauth/token', tokenRequest(phone, otp));
      assert.equal(again.status, 403);
      assert.equal((await again.json()).error, 'invalid_grant', 'the code does not work twice');
      const user = await door.backend.context.store.findUserByPhone('sms', phone);
      assert.equal(user?.app_metadata.visits, undefined, 'a denied login keeps no metadata');
    } finally {
      await door.close();
    }
  });

  test('api.user.setAppMetadata and setUserMetadata are saved, and the next login’s Action sees them', async () => {
    const gate = await action('gate-visits.mjs', GATE);
    const door = await doorWith([gate]);
    try {
      const phone = newPhone();
      const first = await tokensOf((await login(door, phone)).response);
      assert.equal(first.id[`${NAMESPACE}/visits`], 1);
      const second = await tokensOf(
        (await login(door, phone, { 'accept-language': 'de' })).response,
      );
      assert.equal(second.id[`${NAMESPACE}/visits`], 2);
      const user = await door.backend.context.store.findUserByPhone('sms', phone);
      assert.equal(user?.app_metadata.visits, 2);
      assert.equal(user?.user_metadata.last_language, 'de');
    } finally {
      await door.close();
    }
  });

  test('Actions run in order; each sees the metadata the ones before it wrote', async () => {
    const writer = await action(
      'writer.mjs',
      `export const onExecutePostLogin = (event, api) => { api.user.setAppMetadata('plan', 'pro'); };`,
    );
    const reader = await action(
      'reader.cjs',
      `exports.onExecutePostLogin = (event, api) => { api.idToken.setCustomClaim('${NAMESPACE}/plan', event.user.app_metadata.plan ?? 'none'); };`,
    );
    const door = await doorWith([writer, reader]);
    try {
      const { id } = await tokensOf((await login(door, newPhone())).response);
      assert.equal(id[`${NAMESPACE}/plan`], 'pro');
    } finally {
      await door.close();
    }
  });

  test('an Action that throws, loops or hangs fails only its own login, with its name; the others go on', async () => {
    const fragile = await action('fragile.js', FRAGILE);
    const [throws, loops, hangs, fine] = [newPhone(), newPhone(), newPhone(), newPhone()];
    const door = await doorWith({
      post_login: [
        { path: fragile, name: 'fragile', secrets: { THROWS: throws, LOOPS: loops, HANGS: hangs } },
      ],
      timeout_ms: 300,
    });
    try {
      const [thrown, looped, hung, ok] = await Promise.all(
        [throws, loops, hangs, fine].map(async (phone) => (await login(door, phone)).response),
      );
      assert.deepEqual(await errorOf(thrown!), [
        403,
        'access_denied',
        'The post-login Action "fragile" threw TypeError: roles service answered 500',
      ]);
      assert.deepEqual(await errorOf(looped!), [
        403,
        'access_denied',
        'The post-login Action "fragile" ran longer than 300 ms',
      ]);
      assert.deepEqual(await errorOf(hung!), [
        403,
        'access_denied',
        'The post-login Action "fragile" ran longer than 300 ms',
      ]);
      const { id } = await tokensOf(ok!);
      assert.equal(id[`${NAMESPACE}/fine`], true);
      // And after them, the next login runs as usual.
      assert.equal(
        (await tokensOf((await login(door, newPhone())).response)).id[`${NAMESPACE}/fine`],
        true,
      );
    } finally {
      await door.close();
    }
  });

  test('an edited Action counts at the next login', async () => {
    const path = await action(
      'edited.js',
      `exports.onExecutePostLogin = (event, api) => api.idToken.setCustomClaim('${NAMESPACE}/v', 1);`,
    );
    const door = await doorWith([path]);
    try {
      assert.equal(
        (await tokensOf((await login(door, newPhone())).response)).id[`${NAMESPACE}/v`],
        1,
      );
      await writeFile(
        path,
        `exports.onExecutePostLogin = (event, api) => api.idToken.setCustomClaim('${NAMESPACE}/v', 2);`,
      );
      assert.equal(
        (await tokensOf((await login(door, newPhone())).response)).id[`${NAMESPACE}/v`],
        2,
      );
    } finally {
      await door.close();
    }
  });

  test('a module that is missing or exports no onExecutePostLogin fails the login and says so', async () => {
    const empty = await action('empty.mjs', 'export const something = 1;');
    const door = await doorWith([empty, join(folder, 'missing.js')]);
    try {
      assert.deepEqual(await errorOf((await login(door, newPhone())).response), [
        403,
        'access_denied',
        'The post-login Action "empty" does not export onExecutePostLogin',
      ]);
    } finally {
      await door.close();
    }
  });

  test('a refresh runs the Actions again, so refreshed tokens keep their claims', async () => {
    const roles = await action('roles-refresh.js', ROLES);
    const door = await doorWith([roles]);
    try {
      const { body } = await tokensOf((await login(door, newPhone())).response);
      assert.ok(body.refresh_token, 'offline_access gives a refresh token');
      const refreshed = await tokensOf(
        await door.request(
          '/oauth/token',
          json({
            grant_type: 'refresh_token',
            client_id: 'spa',
            refresh_token: body.refresh_token,
          }),
        ),
      );
      assert.deepEqual(refreshed.id[`${NAMESPACE}/roles`], ['member']);
      assert.equal(
        (refreshed.id[`${NAMESPACE}/login`] as { protocol: string }).protocol,
        'oauth2-refresh-token',
      );
    } finally {
      await door.close();
    }
  });
});

describe('post-login Actions in browser sign-ins', () => {
  test('the authorization code flow: claims in the exchanged tokens; a denial goes back to the app and opens no session', async () => {
    const gate = await action('gate-browser.mjs', GATE);
    const banned = newPhone();
    const door = await doorWith([gate], {
      users: [{ phone_number: banned, connection: 'sms', app_metadata: { roles: ['banned'] } }],
    });
    try {
      const { verifier, challenge } = pkce();
      const browser = new Browser(door);
      const started = await browser.request(
        authorizePath({ code_challenge: challenge, code_challenge_method: 'S256' }),
      );
      assert.equal(started.status, 302, await started.clone().text());
      const signedIn = await signInOnPage(browser, started.headers.get('location')!, newPhone());
      const tokens = await tokensOf(await exchange(door, codeOf(signedIn), verifier));
      assert.equal(tokens.id[`${NAMESPACE}/visits`], 1);
      // The session's silent sign-in runs them again.
      const silent = await browser.request(
        authorizePath({ code_challenge: challenge, code_challenge_method: 'S256', prompt: 'none' }),
      );
      const again = await tokensOf(await exchange(door, codeOf(silent), verifier));
      assert.equal(again.id[`${NAMESPACE}/visits`], 2);
      assert.equal(
        (
          await door
            .request('/userinfo', {
              headers: { authorization: `Bearer ${again.body.access_token}` },
            })
            .then((r) => r.json())
        )[`${NAMESPACE}/visits`],
        2,
        '/userinfo shows the id token’s custom claims',
      );

      const visitor = new Browser(door);
      const page = await visitor.request(
        authorizePath({ code_challenge: challenge, code_challenge_method: 'S256' }),
      );
      const refused = await signInOnPage(visitor, page.headers.get('location')!, banned);
      assert.equal(refused.status, 302);
      const location = new URL(refused.headers.get('location')!);
      assert.equal(`${location.origin}${location.pathname}`, CALLBACK);
      assert.equal(location.searchParams.get('error'), 'access_denied');
      assert.equal(location.searchParams.get('error_description'), 'Your account is suspended.');
      assert.equal(location.searchParams.get('state'), 'app-state');
      assert.ok(!visitor.cookies.has('sms_login_session'), 'no session for a denied sign-in');
    } finally {
      await door.close();
    }
  });

  test('the embedded login (auth0-js, Lock): claims in the id token and in /userinfo', async () => {
    const roles = await action('roles-embedded.js', ROLES);
    const door = await doorWith([roles]);
    try {
      const browser = new Browser(door);
      const phone = newPhone();
      const otp = await sendCode(door, phone);
      const ticket = await browser.request(
        '/co/authenticate',
        json(
          {
            client_id: 'spa',
            username: phone,
            otp,
            realm: 'sms',
            credential_type: 'http://auth0.com/oauth/grant-type/passwordless/otp',
          },
          { origin: WEB_ORIGIN },
        ),
      );
      assert.equal(ticket.status, 200, await ticket.clone().text());
      const { login_ticket } = (await ticket.json()) as { login_ticket: string };
      const answer = await browser.request(
        `/authorize?${new URLSearchParams({
          client_id: 'spa',
          response_type: 'token id_token',
          redirect_uri: CALLBACK,
          scope: 'openid profile',
          realm: 'sms',
          state: 's',
          nonce: 'n',
          login_ticket,
        })}`,
      );
      assert.equal(answer.status, 302);
      const fragment = new URLSearchParams(new URL(answer.headers.get('location')!).hash.slice(1));
      const id = decodeJwt(fragment.get('id_token')!);
      assert.deepEqual(id[`${NAMESPACE}/roles`], ['member']);
      assert.equal(
        (id[`${NAMESPACE}/login`] as { protocol: string }).protocol,
        'oidc-implicit-profile',
      );
      const profile = (await (
        await door.request('/userinfo', {
          headers: { authorization: `Bearer ${fragment.get('access_token')}` },
        })
      ).json()) as Record<string, unknown>;
      assert.deepEqual(profile[`${NAMESPACE}/roles`], ['member']);
      assert.match(String(profile.sub), /^sms\|/);
    } finally {
      await door.close();
    }
  });
});

describe('post-login Actions in the configuration and the server', () => {
  test('a configuration with Actions needs a runner; bad entries are refused with the reason', () => {
    assert.throws(
      () => createBackend(configWith(['./roles.js'])),
      (error: unknown) =>
        error instanceof ConfigError &&
        /actions\.post_login: .*createActionThreads/.test(error.message),
    );
    for (const [actions, reason] of [
      [{ post_login: [''] }, /actions\.post_login\[0\]/],
      [{ post_login: ['a.js'], timeout_ms: 10 }, /actions\.timeout_ms/],
      [{ post_login: [{ path: 'a.js', secrets: { 'bad name': 'x' } }] }, /secret names/],
      [{ post_login: ['a.js'], unknown: true }, /unknown/i],
    ] as const)
      assert.throws(
        () => createBackend(configWith(actions), { postLoginRunner: runner }),
        (error: unknown) => error instanceof ConfigError && reason.test(error.message),
      );
  });

  test('sms-login-server runs the Actions the configuration file names, relative to it, over both doors', async () => {
    await action('server-roles.js', ROLES);
    const configPath = join(folder, 'tenant.json');
    await writeFile(configPath, JSON.stringify(configWith(['./server-roles.js'])));
    const server = await startServer(['--config', configPath, '--memory', '--quiet']);
    const phone = newPhone();
    const started = await fetch(
      `${server.url}/passwordless/start`,
      json({ client_id: 'spa', connection: 'sms', phone_number: phone }),
    );
    assert.equal(started.status, 200);
    const messages = (await (
      await fetch(`${server.url}/dev/messages?phone_number=${encodeURIComponent(phone)}`)
    ).json()) as { messages: { body: string }[] };
    const otp = /(\d{6})/.exec(messages.messages[0]!.body)![1]!;
    const { id } = await tokensOf(
      await fetch(`${server.url}/oauth/token`, tokenRequest(phone, otp)),
    );
    assert.deepEqual(id[`${NAMESPACE}/roles`], ['member']);
    const node = await nodeDoor(configWith([join(folder, 'server-roles.js')]), {
      postLoginRunner: runner,
    });
    try {
      const { id: overNode } = await tokensOf((await login(node, newPhone())).response);
      assert.deepEqual(overNode[`${NAMESPACE}/roles`], ['member']);
    } finally {
      await node.close();
    }
  });
});
