// Auth0's browser libraries (and openid-client, a certified relying party) from npm, unmodified, against the backend served for real: an app on
// http://localhost:<a> signs in through the hosted page of sms-login-server on
// http://localhost:<b> in Chromium. Nothing is intercepted or routed: CORS, cookies, the silent
// authentication frame and its postMessage are the browser's own.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import * as oidc from 'openid-client';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/ensure-chromium.mjs';
import { freePort, startUntil } from '../support/processes.mjs';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const APP_SOURCE = fileURLToPath(new URL('./app/', import.meta.url));
const PHONE = '+447911123456';
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json' };

let appDir;
let appServer;
let appOrigin;
let backend;
let backendOrigin;
let browser;
const appConfig = { clientId: 'spa', refreshTokens: false };

const listen = (server) =>
  new Promise((resolve) => server.listen(0, 'localhost', () => resolve(server.address().port)));

/** The sample apps, built with Vite from app/ as an app's own build would make them. */
async function buildApps() {
  appDir = await mkdtemp(join(tmpdir(), 'sms-login-apps-'));
  await build({
    configFile: false,
    root: APP_SOURCE,
    logLevel: 'error',
    build: {
      outDir: appDir,
      emptyOutDir: true,
      target: 'es2022',
      rolldownOptions: {
        input: { spa: join(APP_SOURCE, 'spa.html'), react: join(APP_SOURCE, 'react.html') },
      },
    },
  });
}

async function startApps() {
  appServer = createServer(async (request, response) => {
    const path = new URL(request.url, 'http://localhost').pathname;
    if (path === '/config.json') {
      response.writeHead(200, { 'content-type': 'application/json' });
      return response.end(JSON.stringify({ domain: backendOrigin, ...appConfig }));
    }
    if (path === '/callback') {
      // openid-client's redirect URI: the test reads the code from the address.
      response.writeHead(200, { 'content-type': 'text/html' });
      return response.end('<!doctype html><title>Callback</title>');
    }
    const file = normalize(join(appDir, path));
    if (!file.startsWith(appDir) || !existsSync(file)) {
      response.writeHead(404);
      return response.end();
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    response.end(await readFile(file));
  });
  appOrigin = `http://localhost:${await listen(appServer)}`;
}

async function startBackend() {
  const port = await freePort();
  backendOrigin = `http://localhost:${port}`;
  const config = {
    domain: backendOrigin,
    clients: [
      {
        client_id: 'spa',
        name: 'Sample App',
        web_origins: [appOrigin],
        callbacks: [`${appOrigin}/spa.html`, `${appOrigin}/react.html`, `${appOrigin}/callback`],
        allowed_logout_urls: [`${appOrigin}/spa.html`, `${appOrigin}/react.html`],
      },
      {
        client_id: 'spa-rotating',
        name: 'Sample App with refresh tokens',
        web_origins: [appOrigin],
        callbacks: [`${appOrigin}/spa.html`],
        allowed_logout_urls: [`${appOrigin}/spa.html`],
        refresh_token: { rotation_type: 'rotating', expiration_type: 'expiring' },
      },
    ],
    connections: [{ name: 'sms', enabled_clients: ['spa', 'spa-rotating'] }],
    dev_routes: true,
    rate_limits: {
      passwordless_start_per_phone: { burst: 1000, per_hour: 1000 },
      distinct_numbers_per_ip: { burst: 1000, per_hour: 1000 },
    },
  };
  const configFile = join(appDir, '..', `sms-login-${port}.json`);
  await writeFile(configFile, JSON.stringify(config));
  backend = await startUntil(
    process.execPath,
    [
      '--import',
      'tsx',
      join(REPO, 'mock-server/src/bin.ts'),
      '--memory',
      '--quiet',
      '--host',
      'localhost',
      '--port',
      String(port),
      '--config',
      configFile,
    ],
    /listening/,
    {
      cwd: REPO,
      readyWithinMs: 30_000,
    },
  );
  return configFile;
}

before(async () => {
  // The hosted page loads the built widget (the CDN build), as the published package ships it.
  if (!existsSync(join(REPO, 'dist/cdn/sms-login.js')))
    await build({ root: REPO, mode: 'cdn', logLevel: 'warn' });
  await buildApps();
  await startApps();
  await startBackend();
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
});

after(async () => {
  await browser?.close();
  await backend?.stop();
  appServer?.close();
  if (appDir) await rm(appDir, { recursive: true, force: true });
});

async function newCodeFor(phone, previous) {
  for (let tries = 0; tries < 100; tries++) {
    const { messages } = await (
      await fetch(`${backendOrigin}/dev/messages?phone_number=${encodeURIComponent(phone)}`)
    ).json();
    const code = messages[0] && /\d{6}/.exec(messages[0].body)?.[0];
    if (code && messages[0].id !== previous) return { code, id: messages[0].id };
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`no code was texted to ${phone}`);
}

/** On the hosted page: the number, the texted code; the page then returns to the app. */
async function signInOnHostedPage(page) {
  await page.waitForURL((url) => url.href.startsWith(`${backendOrigin}/u/login?`));
  const previous = await fetch(
    `${backendOrigin}/dev/messages?phone_number=${encodeURIComponent(PHONE)}`,
  )
    .then((response) => response.json())
    .then(({ messages }) => messages[0]?.id);
  await page.locator('sms-login [part~="number-input"]').fill(PHONE);
  await page.locator('sms-login [part~="submit"]').click();
  const { code } = await newCodeFor(PHONE, previous);
  await page.locator('sms-login [part~="code-input"]').pressSequentially(code);
  await page.waitForURL((url) => url.href.startsWith(appOrigin));
}

describe('@auth0/auth0-spa-js', () => {
  let page;
  before(async () => {
    page = await (await browser.newContext()).newPage();
  });

  const ready = () => page.waitForSelector('html[data-ready="true"]');

  test('loginWithRedirect through the hosted page, then getUser()', async () => {
    await page.goto(`${appOrigin}/spa.html`);
    await ready();
    await Promise.all([signInOnHostedPage(page), page.evaluate(() => window.app.login())]);
    await ready();
    const user = await page.evaluate(() => window.app.user());
    assert.equal(user.phone_number, PHONE);
    assert.match(user.sub, /^sms\|/);
  });

  test('getTokenSilently() from the session, in the hidden frame', async () => {
    const token = await page.evaluate(() => window.app.token({ cacheMode: 'off' }));
    assert.equal(typeof token, 'string', JSON.stringify(token));
    const profile = await fetch(`${backendOrigin}/userinfo`, {
      headers: { authorization: `Bearer ${token}` },
    });
    assert.equal((await profile.json()).phone_number, PHONE);
  });

  test('logout(), then getTokenSilently() answers login_required', async () => {
    await Promise.all([
      page.waitForURL((url) => url.href.startsWith(`${appOrigin}/spa.html`) && !url.search),
      page.evaluate(() => window.app.logout()),
    ]);
    await ready();
    const answer = await page.evaluate(() => window.app.token({ cacheMode: 'off' }));
    assert.deepEqual(answer, { error: 'login_required' });
  });
});

describe('@auth0/auth0-spa-js with useRefreshTokens', () => {
  let page;
  before(async () => {
    Object.assign(appConfig, { clientId: 'spa-rotating', refreshTokens: true });
    page = await (await browser.newContext()).newPage();
  });
  after(() => Object.assign(appConfig, { clientId: 'spa', refreshTokens: false }));

  const storedRefreshToken = () =>
    page.evaluate(() => {
      for (const key of Object.keys(localStorage))
        if (key.startsWith('@@auth0spajs@@') && !key.endsWith('@@user@@')) {
          const entry = JSON.parse(localStorage.getItem(key));
          if (entry.body?.refresh_token) return entry.body.refresh_token;
        }
      return undefined;
    });

  test('each refresh rotates the refresh token; the spent one is refused', async () => {
    await page.goto(`${appOrigin}/spa.html`);
    await page.waitForSelector('html[data-ready="true"]');
    await Promise.all([signInOnHostedPage(page), page.evaluate(() => window.app.login())]);
    await page.waitForSelector('html[data-ready="true"]');
    const first = await storedRefreshToken();
    assert.match(first ?? '', /^[0-9a-f]{64}$/, 'a refresh token after sign-in');
    const token = await page.evaluate(() => window.app.token({ cacheMode: 'off' }));
    assert.equal(typeof token, 'string', JSON.stringify(token));
    const second = await storedRefreshToken();
    assert.ok(second && second !== first, 'the refresh returned a new refresh token');
    const reuse = await fetch(`${backendOrigin}/oauth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: appOrigin },
      body: JSON.stringify({
        grant_type: 'refresh_token',
        client_id: 'spa-rotating',
        refresh_token: first,
      }),
    });
    assert.equal(reuse.status, 403);
    assert.equal((await reuse.json()).error, 'invalid_grant');
    // Reuse revoked the whole family: the app's current token is dead too.
    const afterReuse = await page.evaluate(() => window.app.token({ cacheMode: 'off' }));
    assert.ok(afterReuse.error, JSON.stringify(afterReuse));
  });
});

describe('@auth0/auth0-react', () => {
  test('signs in through the hosted page, gets a token silently, signs out', async () => {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${appOrigin}/react.html`);
    await page.waitForSelector('[data-ready="true"]');
    assert.equal(await page.locator('#user').textContent(), 'Signed out');
    await Promise.all([signInOnHostedPage(page), page.evaluate(() => window.reactApp.login())]);
    await page.waitForSelector('[data-ready="true"]');
    assert.equal(await page.locator('#user').textContent(), `Signed in as ${PHONE}`);
    const token = await page.evaluate(() => window.reactApp.token());
    assert.equal(typeof token, 'string', JSON.stringify(token));
    await Promise.all([
      page.waitForURL((url) => url.href === `${appOrigin}/react.html`),
      page.evaluate(() => window.reactApp.logout()),
    ]);
    await page.waitForSelector('[data-ready="true"]');
    assert.equal(await page.locator('#user').textContent(), 'Signed out');
  });
});

describe('openid-client', () => {
  test('discovery, the authorization code flow with PKCE, userinfo', async () => {
    // Plain http on localhost: the library asks to be told so.
    const config = await oidc.discovery(new URL(backendOrigin), 'spa', undefined, oidc.None(), {
      execute: [oidc.allowInsecureRequests],
    });
    assert.equal(config.serverMetadata().issuer, `${backendOrigin}/`);
    const verifier = oidc.randomPKCECodeVerifier();
    const state = oidc.randomState();
    const nonce = oidc.randomNonce();
    const url = oidc.buildAuthorizationUrl(config, {
      redirect_uri: `${appOrigin}/callback`,
      scope: 'openid profile phone',
      code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
      state,
      nonce,
      connection: 'sms',
    });
    const page = await (await browser.newContext()).newPage();
    await Promise.all([signInOnHostedPage(page), page.goto(url.href)]);
    const tokens = await oidc.authorizationCodeGrant(config, new URL(page.url()), {
      pkceCodeVerifier: verifier,
      expectedState: state,
      expectedNonce: nonce,
      idTokenExpected: true,
    });
    const claims = tokens.claims();
    assert.equal(claims.phone_number, PHONE);
    assert.equal(typeof claims.auth_time, 'number');
    const profile = await oidc.fetchUserInfo(config, tokens.access_token, claims.sub);
    assert.equal(profile.phone_number, PHONE);
  });
});
