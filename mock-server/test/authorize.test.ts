// The authorization code flow with PKCE, the hosted login page, sessions and logout, through the
// backend's handler (the browser libraries' own tests drive it in Chromium: test/hosted-login/).
import assert from 'node:assert/strict';
import { after, beforeEach, describe, test } from 'node:test';
import { decodeJwt } from 'jose';
import {
  Browser,
  CALLBACK,
  authorizePath,
  codeOf,
  exchange,
  openHostedPage,
  pkce,
  signInOnPage,
} from './browser-session.ts';
import { directDoor, ISSUER, ORIGIN, testConfig, WEB_ORIGIN, type Door } from './support.ts';

const PHONE = '+447700900123';
const config = () => {
  const base = testConfig();
  return {
    ...base,
    clients: [
      {
        client_id: 'spa',
        name: 'Test App',
        web_origins: [WEB_ORIGIN],
        callbacks: [CALLBACK],
        allowed_logout_urls: [`${WEB_ORIGIN}/`],
      },
      ...base.clients.slice(1),
    ],
  };
};

let door: Door;
let browser: Browser;
beforeEach(async () => {
  door = await directDoor(config());
  browser = new Browser(door);
});
after(() => door.close());

async function signIn(params = {}) {
  const { verifier, challenge } = pkce();
  const started = await browser.request(
    authorizePath({ code_challenge: challenge, code_challenge_method: 'S256', ...params }),
  );
  assert.equal(started.status, 302);
  const done = await signInOnPage(browser, started.headers.get('location')!, PHONE);
  return { code: codeOf(done), verifier, done };
}

describe('sign-in through the hosted page', () => {
  test('the code comes back with the state and trades for tokens with the PKCE verifier', async () => {
    const { code, verifier, done } = await signIn();
    assert.equal(new URL(done.headers.get('location')!).searchParams.get('state'), 'app-state');
    const response = await exchange(door, code, verifier);
    assert.equal(response.status, 200, await response.clone().text());
    const tokens = (await response.json()) as Record<string, string>;
    const claims = decodeJwt(tokens.id_token!);
    assert.equal(claims.iss, ISSUER);
    assert.equal(claims.aud, 'spa');
    assert.equal(claims.nonce, 'app-nonce');
    assert.equal(typeof claims.auth_time, 'number');
    assert.match(String(claims.sid), /^[0-9a-f]{32}$/);
    assert.equal(claims.phone_number, PHONE);
    // Without an audience the access token is opaque and good for /userinfo only.
    assert.doesNotMatch(tokens.access_token!, /\./);
    const profile = await door.request('/userinfo', {
      headers: { authorization: `Bearer ${tokens.access_token}` },
    });
    assert.equal(profile.status, 200);
    assert.equal(((await profile.json()) as { phone_number: string }).phone_number, PHONE);
  });

  test('the session cookie is httpOnly, Secure and SameSite=None over https', async () => {
    const { done } = await signIn();
    const cookie = done.headers.getSetCookie().find((line) => line.startsWith('sms_login_session'));
    assert.ok(cookie);
    assert.match(cookie, /HttpOnly/);
    assert.match(cookie, /Secure/);
    assert.match(cookie, /SameSite=None/);
  });

  test('the page loads only from its own origin and cannot be framed', async () => {
    const started = await browser.request(authorizePath({}));
    const { page, html } = await openHostedPage(browser, started.headers.get('location')!);
    const csp = page.headers.get('content-security-policy')!;
    assert.match(csp, /script-src 'self'(;|$)/);
    assert.match(csp, /frame-ancestors 'none'/);
    assert.doesNotMatch(csp, /unsafe-inline/);
    assert.equal(page.headers.get('x-content-type-options'), 'nosniff');
    assert.equal(page.headers.get('x-frame-options'), 'DENY');
    for (const [, source] of html.matchAll(/src="([^"]+)"/g))
      assert.ok(source?.startsWith('/'), `${source} is on our origin`);
    assert.doesNotMatch(html, /<script>(?!<\/script>)/, 'no inline script');
    // No favicon of the tenant's: an empty one, so that the browser asks for no /favicon.ico.
    assert.match(html, /<link rel="icon" href="data:,">/);
  });

  test('ui_locales sets the page’s language', async () => {
    const started = await browser.request(authorizePath({ ui_locales: 'fr-CA fr' }));
    const { html } = await openHostedPage(browser, started.headers.get('location')!);
    assert.match(html, /<html lang="fr-CA" dir="ltr">/);
    assert.match(html, /language="fr-CA"/);
  });

  test('login_hint prefills the number; anything but a number is left out', async () => {
    const hinted = await browser.request(authorizePath({ login_hint: '+447700900123' }));
    const { html } = await openHostedPage(browser, hinted.headers.get('location')!);
    assert.match(html, /phone-number="\+447700900123"/);
    const other = await browser.request(authorizePath({ login_hint: '"><script>' }));
    const page = await openHostedPage(browser, other.headers.get('location')!);
    assert.doesNotMatch(page.html, /phone-number=/);
  });
});

describe('branding and the page template', () => {
  test('the tenant’s colours, logo, favicon and font reach the hosted page', async () => {
    door = await directDoor({
      ...config(),
      branding: {
        colors: {
          primary: '#aa2200',
          page_background: {
            type: 'linear-gradient',
            start: '#000000',
            end: '#ffffff',
            angle_deg: 90,
          },
        },
        logo_url: 'https://cdn.example.com/logo.png',
        favicon_url: 'https://cdn.example.com/favicon.ico',
        font: { url: 'https://cdn.example.com/font.woff2' },
      },
    });
    browser = new Browser(door);
    const started = await browser.request(authorizePath({}));
    const { html } = await openHostedPage(browser, started.headers.get('location')!);
    assert.match(html, /--sms-login-primary-color: #aa2200;/);
    assert.match(html, /linear-gradient\(90deg, #000000, #ffffff\)/);
    assert.match(html, /<img class="logo" src="https:\/\/cdn\.example\.com\/logo\.png" alt="">/);
    assert.match(html, /<link rel="icon" href="https:\/\/cdn\.example\.com\/favicon\.ico">/);
    assert.match(html, /@font-face/);
  });

  test('a Universal Login template wraps the page’s head and widget', async () => {
    door = await directDoor({
      ...config(),
      universal_login_template:
        '<!DOCTYPE html><html><head>{%- auth0:head -%}</head><body class="custom"><p>{{ application.name }}</p>{%- auth0:widget -%}</body></html>',
    });
    browser = new Browser(door);
    const { code, done } = await signIn();
    assert.ok(code);
    assert.equal(done.status, 302);
    const started = await browser.request(authorizePath({ prompt: 'login' }));
    const { html } = await openHostedPage(browser, started.headers.get('location')!);
    assert.match(html, /<body class="custom"><p>Test App<\/p><main class="hosted-login">/);
    assert.match(html, /<title>Sign in to Test App<\/title>/);
    assert.match(html, /<script type="module" src="\/u\/assets\/sms-login.js">/);
  });
});

describe('sessions and single sign-on', () => {
  test('a live session answers at once; prompt=login shows the page anyway', async () => {
    await signIn();
    const again = await browser.request(authorizePath({ prompt: 'none' }));
    assert.ok(codeOf(again));
    const login = await browser.request(authorizePath({ prompt: 'login' }));
    assert.equal(new URL(login.headers.get('location')!).pathname, '/u/login');
  });

  test('prompt=none without a session answers login_required with the state', async () => {
    const response = await browser.request(authorizePath({ prompt: 'none' }));
    const location = new URL(response.headers.get('location')!);
    assert.equal(`${location.origin}${location.pathname}`, CALLBACK);
    assert.equal(location.searchParams.get('error'), 'login_required');
    assert.equal(location.searchParams.get('state'), 'app-state');
  });

  test('max_age older than the sign-in asks again', async () => {
    await signIn();
    door.clock.advance(120_000);
    const stale = await browser.request(authorizePath({ prompt: 'none', max_age: '60' }));
    assert.equal(
      new URL(stale.headers.get('location')!).searchParams.get('error'),
      'login_required',
    );
    const fresh = await browser.request(authorizePath({ prompt: 'none', max_age: '600' }));
    assert.ok(codeOf(fresh));
  });

  test('a session ends after its idle lifetime', async () => {
    await signIn();
    door.clock.advance(259_200_000 + 1000);
    const response = await browser.request(authorizePath({ prompt: 'none' }));
    assert.equal(
      new URL(response.headers.get('location')!).searchParams.get('error'),
      'login_required',
    );
  });

  test('web_message posts the answer to the app’s origin, and only there may frame it', async () => {
    await signIn();
    const response = await browser.request(
      authorizePath({ prompt: 'none', response_mode: 'web_message' }),
    );
    assert.equal(response.status, 200);
    assert.match(
      response.headers.get('content-security-policy')!,
      new RegExp(`frame-ancestors ${WEB_ORIGIN}`),
    );
    const html = await response.text();
    const data = JSON.parse(
      /<script type="application\/json" id="authorization-response">(.*?)<\/script>/s.exec(
        html,
      )![1]!,
    );
    assert.equal(data.targetOrigin, WEB_ORIGIN);
    assert.equal(data.response.type, 'authorization_response');
    assert.equal(data.response.response.state, 'app-state');
    assert.match(data.response.response.code, /^[0-9a-f]{64}$/);
  });

  test('logout ends the session and returns only to an allowed URL', async () => {
    await signIn();
    const refused = await browser.request(
      `/v2/logout?client_id=spa&returnTo=${encodeURIComponent('https://evil.example/')}`,
    );
    assert.equal(refused.status, 400);
    assert.equal(refused.headers.get('location'), null);
    await signIn();
    const out = await browser.request(
      `/v2/logout?client_id=spa&returnTo=${encodeURIComponent(`${WEB_ORIGIN}/`)}`,
    );
    assert.equal(out.status, 302);
    assert.equal(out.headers.get('location'), `${WEB_ORIGIN}/`);
    const signedOut = await browser.request(authorizePath({ prompt: 'none' }));
    assert.equal(
      new URL(signedOut.headers.get('location')!).searchParams.get('error'),
      'login_required',
    );
  });

  test("the tenant's settings set the session's lifetimes and its cookie, and where a logout without a client may return", async () => {
    const { tenant } = door.backend.context;
    const persistent = await signIn();
    const maxAge = /sms_login_session=[^;]+;[^\n]*Max-Age=(\d+)/i.exec(
      persistent.done.headers.getSetCookie().join('\n'),
    );
    assert.equal(Number(maxAge?.[1]), 604_800, "the configuration's sessions.lifetime by default");

    await tenant.updateTenantSettings((settings) => ({
      ...settings,
      idle_session_lifetime: 1,
      session_cookie: { mode: 'non-persistent' },
      allowed_logout_urls: [`${WEB_ORIGIN}/goodbye`],
    }));
    door.clock.advance(3_600_000 + 1000);
    const idle = await browser.request(authorizePath({ prompt: 'none' }));
    assert.equal(
      new URL(idle.headers.get('location')!).searchParams.get('error'),
      'login_required',
    );

    const again = await signIn();
    const cookie = again.done.headers
      .getSetCookie()
      .find((line) => line.startsWith('sms_login_session='));
    assert.ok(cookie && !/Max-Age/i.test(cookie), 'non-persistent: a cookie the browser forgets');

    const out = await browser.request(
      `/v2/logout?returnTo=${encodeURIComponent(`${WEB_ORIGIN}/goodbye`)}`,
    );
    assert.equal(out.headers.get('location'), `${WEB_ORIGIN}/goodbye`);
    const elsewhere = await browser.request(
      `/v2/logout?returnTo=${encodeURIComponent(`${WEB_ORIGIN}/`)}`,
    );
    assert.equal(elsewhere.status, 400, "the tenant's list, not a client's, without client_id");
  });

  test('a blocked user’s session ends', async () => {
    await signIn();
    const user = await door.backend.context.store.findUserByPhone('sms', PHONE);
    await door.backend.context.store.updateUser(
      user!.user_id,
      { blocked: true },
      new Date().toISOString(),
    );
    const response = await browser.request(authorizePath({ prompt: 'none' }));
    assert.equal(
      new URL(response.headers.get('location')!).searchParams.get('error'),
      'login_required',
    );
  });
});

describe('what /authorize refuses', () => {
  test('an unknown client or a redirect_uri not in the callbacks gets a page, never a redirect', async () => {
    for (const params of [
      { client_id: 'nobody' },
      { redirect_uri: 'https://evil.example/cb' },
      { client_id: 'lonely' },
    ]) {
      const response = await browser.request(authorizePath(params));
      assert.equal(response.status, 400);
      assert.equal(response.headers.get('location'), null);
      assert.match(response.headers.get('content-type')!, /text\/html/);
    }
  });

  test('other errors go back to the app with error, description and state', async () => {
    const cases: [Record<string, string>, string][] = [
      [{ response_type: 'password' }, 'unsupported_response_type'],
      [{ code_challenge: 'x'.repeat(43), code_challenge_method: 'plain' }, 'invalid_request'],
      [{ prompt: 'consent' }, 'invalid_request'],
      [{ connection: 'nope' }, 'invalid_request'],
      [{ audience: `${ISSUER}api/v2/` }, 'access_denied'],
      [{ audience: 'https://unregistered.example/' }, 'access_denied'],
    ];
    for (const [params, error] of cases) {
      const response = await browser.request(authorizePath(params));
      assert.equal(response.status, 302, JSON.stringify(params));
      const location = new URL(response.headers.get('location')!);
      assert.equal(location.searchParams.get('error'), error, JSON.stringify(params));
      assert.ok(location.searchParams.get('error_description'));
      assert.equal(location.searchParams.get('state'), 'app-state');
    }
  });

  test('fragment mode puts the error in the fragment', async () => {
    const response = await browser.request(
      authorizePath({ prompt: 'none', response_mode: 'fragment' }),
    );
    const location = new URL(response.headers.get('location')!);
    assert.equal(location.search, '');
    assert.equal(new URLSearchParams(location.hash.slice(1)).get('error'), 'login_required');
  });
});

test('a registered API as audience gets a JWT access token for it', async () => {
  door = await directDoor({
    ...config(),
    resource_servers: [{ identifier: 'https://api.example.com/', name: 'Example API' }],
  });
  browser = new Browser(door);
  const { code, verifier } = await signIn({ audience: 'https://api.example.com/' });
  const tokens = (await (await exchange(door, code, verifier)).json()) as Record<string, string>;
  const claims = decodeJwt(tokens.access_token!);
  assert.deepEqual(claims.aud, ['https://api.example.com/', `${ISSUER}userinfo`]);
});

describe('what the token endpoint refuses', () => {
  test('a reused code fails and revokes the access token the first use issued', async () => {
    const { code, verifier } = await signIn();
    const first = (await (await exchange(door, code, verifier)).json()) as { access_token: string };
    const second = await exchange(door, code, verifier);
    assert.equal(second.status, 403);
    assert.equal(((await second.json()) as { error: string }).error, 'invalid_grant');
    const profile = await door.request('/userinfo', {
      headers: { authorization: `Bearer ${first.access_token}` },
    });
    assert.equal(profile.status, 401);
  });

  test('a wrong verifier, a wrong redirect_uri, an expired code or another client fail', async () => {
    const attempts: [string, (code: string, verifier: string) => Promise<Response>][] = [
      ['wrong verifier', (code) => exchange(door, code, pkce().verifier)],
      ['no verifier', (code) => exchange(door, code, '', { code_verifier: '' })],
      [
        'wrong redirect_uri',
        (code, verifier) => exchange(door, code, verifier, { redirect_uri: `${WEB_ORIGIN}/other` }),
      ],
      [
        'another client',
        (code, verifier) => exchange(door, code, verifier, { client_id: 'no-otp' }),
      ],
      [
        'expired',
        (code, verifier) => {
          door.clock.advance(61_000);
          return exchange(door, code, verifier);
        },
      ],
    ];
    for (const [name, attempt] of attempts) {
      browser = new Browser(door);
      const { code, verifier } = await signIn();
      const response = await attempt(code, verifier);
      assert.ok([401, 403].includes(response.status), `${name}: ${response.status}`);
    }
  });
});

describe('nobody finishes someone else’s sign-in', () => {
  test('another browser cannot open the page, call its endpoints or post its form', async () => {
    const started = await browser.request(authorizePath({}));
    const location = started.headers.get('location')!;
    const { state, csrf } = await openHostedPage(browser, location);
    const stranger = new Browser(door);
    const page = await stranger.request(
      new URL(location, ORIGIN).pathname + new URL(location, ORIGIN).search,
    );
    assert.equal(page.status, 400);
    const start = await stranger.postJson(`/u/login/txn/${state}/passwordless/start`, {
      client_id: 'spa',
      connection: 'sms',
      phone_number: PHONE,
    });
    assert.equal(start.status, 403);
    const form = await stranger.postForm('/u/login', {
      state,
      csrf_token: csrf,
      login_ticket: 'a'.repeat(64),
    });
    assert.equal(form.status, 400);
  });

  test('a call from another origin and a form without the CSRF token are refused', async () => {
    const started = await browser.request(authorizePath({}));
    const { state } = await openHostedPage(browser, started.headers.get('location')!);
    const crossSite = await browser.postJson(
      `/u/login/txn/${state}/passwordless/start`,
      { client_id: 'spa', connection: 'sms', phone_number: PHONE },
      'https://evil.example',
    );
    assert.equal(crossSite.status, 403);
    const forged = await browser.postForm('/u/login', {
      state,
      csrf_token: '0'.repeat(64),
      login_ticket: 'a'.repeat(64),
    });
    assert.equal(forged.status, 403);
  });

  test('a login ticket finishes only the transaction it was issued for, once', async () => {
    const first = await browser.request(authorizePath({}));
    const one = await openHostedPage(browser, first.headers.get('location')!);
    const second = await browser.request(authorizePath({ state: 'other' }));
    const two = await openHostedPage(browser, second.headers.get('location')!);
    await browser.postJson(`/u/login/txn/${one.state}/passwordless/start`, {
      client_id: 'spa',
      connection: 'sms',
      phone_number: PHONE,
    });
    const { lastCode } = await import('./support.ts');
    const verify = await browser.postJson(`/u/login/txn/${one.state}/oauth/token`, {
      client_id: 'spa',
      username: PHONE,
      otp: await lastCode(door, PHONE),
      realm: 'sms',
    });
    const { access_token: ticket } = (await verify.json()) as { access_token: string };
    const wrong = await browser.postForm('/u/login', {
      state: two.state,
      csrf_token: two.csrf,
      login_ticket: ticket,
    });
    assert.equal(wrong.status, 403);
    // The ticket was spent by the wrong attempt.
    const right = await browser.postForm('/u/login', {
      state: one.state,
      csrf_token: one.csrf,
      login_ticket: ticket,
    });
    assert.equal(right.status, 403);
  });
});

test('discovery advertises the code flow with PKCE, the implicit types and the logout endpoint', async () => {
  const discovery = (await (
    await door.request('/.well-known/openid-configuration')
  ).json()) as Record<string, unknown>;
  assert.deepEqual(discovery.response_types_supported, [
    'code',
    'token',
    'id_token',
    'token id_token',
  ]);
  assert.ok((discovery.grant_types_supported as string[]).includes('implicit'));
  assert.deepEqual(discovery.code_challenge_methods_supported, ['S256']);
  assert.equal(discovery.end_session_endpoint, `${ORIGIN}/oidc/logout`);
  assert.ok((discovery.grant_types_supported as string[]).includes('authorization_code'));
});

test('the page’s widget asks for as many digits as the connection sends', async () => {
  const base = config();
  door = await directDoor({
    ...base,
    connections: base.connections.map((connection) => ({
      ...connection,
      options: { ...connection.options, totp: { length: 8, time_step: 300 } },
    })),
  });
  browser = new Browser(door);
  const started = await browser.request(authorizePath({}));
  const { html } = await openHostedPage(browser, started.headers.get('location')!);
  assert.match(html, /<sms-login [^>]*code-length="8"/);
});

describe('framing by the origins the tenant names', () => {
  const DESIGN_TOOL = 'http://localhost:5173';

  test('hosted_login.frame_ancestors lets those origins frame the login pages, and only those', async () => {
    door = await directDoor({ ...config(), hosted_login: { frame_ancestors: [DESIGN_TOOL] } });
    browser = new Browser(door);
    const started = await browser.request(authorizePath({}));
    const { page } = await openHostedPage(browser, started.headers.get('location')!);
    const csp = page.headers.get('content-security-policy')!;
    assert.match(csp, new RegExp(`frame-ancestors ${DESIGN_TOOL}(;|$)`));
    assert.doesNotMatch(csp, /frame-ancestors 'none'/);
    assert.equal(page.headers.get('x-frame-options'), null);
    // The rest of the policy stays: still no inline script.
    assert.match(csp, /script-src 'self'/);
    const unknownClient = await browser.request(authorizePath({ client_id: 'nobody' }));
    assert.match(
      unknownClient.headers.get('content-security-policy')!,
      new RegExp(`frame-ancestors ${DESIGN_TOOL}`),
    );
  });

  test('a frame ancestor that is not an origin is refused at start', async () => {
    await assert.rejects(
      directDoor({ ...config(), hosted_login: { frame_ancestors: ['http://localhost:5173/x'] } }),
      /hosted_login\.frame_ancestors/,
    );
  });
});
