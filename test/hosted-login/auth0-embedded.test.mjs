// Embedded login: auth0-js and Auth0's Lock from npm, unmodified, in an app's own page on
// http://localhost:<a>, against sms-login-server served for real over HTTPS (its --https
// development certificate) on https://localhost:<b>, in Chromium. Nothing is intercepted or
// routed: the credentialed CORS of /co/authenticate, its cookie, the hidden frames and their
// postMessage are the browser's own.
import assert from 'node:assert/strict';
import { createHash, X509Certificate } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer as createHttpsServer, request as httpsRequest } from 'node:https';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/ensure-chromium.mjs';
import { freePort, startUntil } from '../support/processes.mjs';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const APP_SOURCE = fileURLToPath(new URL('./embedded-app/', import.meta.url));
const LOCK = fileURLToPath(new URL('../../node_modules/auth0-lock/', import.meta.url));
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json' };

let workDir;
let appDir;
let appServer;
let appOrigin;
let backend;
let backendOrigin;
let ca;
let browser;

/** The sample apps, built with Vite as an app's own build would bundle the libraries. */
async function buildApps() {
  appDir = join(workDir, 'app');
  await build({
    configFile: false,
    root: APP_SOURCE,
    logLevel: 'error',
    // This repository's own React is 19; Lock brings React 18, which its dependencies must share.
    resolve: {
      alias: {
        react: join(LOCK, 'node_modules/react'),
        'react-dom': join(LOCK, 'node_modules/react-dom'),
      },
    },
    build: {
      outDir: appDir,
      emptyOutDir: true,
      target: 'es2022',
      chunkSizeWarningLimit: 4096,
      rolldownOptions: {
        input: Object.fromEntries(
          ['auth0-js', 'verify', 'lock'].map((name) => [name, join(APP_SOURCE, `${name}.html`)]),
        ),
      },
    },
  });
}

/**
 * The app over HTTPS on another port of localhost, with the backend's development certificate:
 * the same site as the backend, as a local app and a local tenant are. (Across sites Chromium
 * drops third-party cookies, and silent authentication in a frame cannot work at all.)
 */
async function startApps() {
  const tls = join(workDir, 'data', 'tls');
  const cert = await readFile(join(tls, 'server.pem'));
  const key = await readFile(join(tls, 'server-key.pem'));
  appServer = createHttpsServer({ cert, key }, async (request, response) => {
    const path = new URL(request.url, 'http://localhost').pathname;
    if (path === '/config.json') {
      response.writeHead(200, { 'content-type': 'application/json' });
      // auth0-js and Lock take a host and dial https://<domain>.
      return response.end(JSON.stringify({ domain: new URL(backendOrigin).host, clientId: 'app' }));
    }
    const file = normalize(join(appDir, path));
    if (!file.startsWith(appDir) || !existsSync(file)) {
      response.writeHead(404);
      return response.end();
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    response.end(await readFile(file));
  });
  await new Promise((resolve) =>
    appServer.listen(Number(new URL(appOrigin).port), 'localhost', resolve),
  );
}

async function startBackend() {
  const port = await freePort();
  backendOrigin = `https://localhost:${port}`;
  const config = {
    domain: backendOrigin,
    clients: [
      {
        client_id: 'app',
        name: 'Embedded App',
        web_origins: [appOrigin],
        callbacks: [`${appOrigin}/auth0-js.html`, `${appOrigin}/lock.html`],
        cross_origin_authentication: true,
        cross_origin_loc: `${appOrigin}/verify.html`,
      },
    ],
    connections: [{ name: 'sms', enabled_clients: ['app'] }],
    dev_routes: true,
    rate_limits: {
      passwordless_start_per_phone: { burst: 1000, per_hour: 1000 },
      distinct_numbers_per_ip: { burst: 1000, per_hour: 1000 },
    },
  };
  const configFile = join(workDir, 'sms-login.json');
  await writeFile(configFile, JSON.stringify(config));
  backend = await startUntil(
    process.execPath,
    [
      '--import',
      'tsx',
      join(REPO, 'mock-server/src/bin.ts'),
      '--data',
      join(workDir, 'data'),
      '--https',
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
  ca = await readFile(join(workDir, 'data', 'tls', 'ca.pem'), 'utf8');
}

/** A GET to the backend from the test, trusting its development CA. */
function backendJson(path) {
  return new Promise((resolve, reject) => {
    const call = httpsRequest(`${backendOrigin}${path}`, { ca, timeout: 10_000 }, (response) => {
      let body = '';
      response.on('data', (chunk) => (body += chunk));
      response.on('end', () => resolve(JSON.parse(body)));
    });
    call.on('timeout', () => call.destroy(new Error(`GET ${path} timed out`)));
    call.on('error', reject);
    call.end();
  });
}

before(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'sms-login-embedded-'));
  await buildApps();
  // The backend first: it makes the development certificate the app is served with too.
  appOrigin = `https://localhost:${await freePort()}`;
  await startBackend();
  await startApps();
  // Chromium trusts the backend's development certificate by its key, as if its CA were
  // installed: a certificate error would otherwise make the backend's cookies untrustworthy.
  const certificate = new X509Certificate(
    await readFile(join(workDir, 'data', 'tls', 'server.pem')),
  );
  const spki = createHash('sha256')
    .update(certificate.publicKey.export({ type: 'spki', format: 'der' }))
    .digest('base64');
  browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS, `--ignore-certificate-errors-spki-list=${spki}`],
  });
});

after(async () => {
  await browser?.close();
  await backend?.stop();
  appServer?.close();
  if (workDir) await rm(workDir, { recursive: true, force: true });
});

let numbers = 0;
/** A number of its own for each test, so that codes never cross. */
const newPhone = () => `+44791112${String(3400 + ++numbers).padStart(4, '0')}`;

async function lastMessageId(phone) {
  const { messages } = await backendJson(`/dev/messages?phone_number=${encodeURIComponent(phone)}`);
  return messages[0]?.id;
}

async function newCodeFor(phone, previous) {
  for (let tries = 0; tries < 100; tries++) {
    const { messages } = await backendJson(
      `/dev/messages?phone_number=${encodeURIComponent(phone)}`,
    );
    const code = messages[0] && /\d{6}/.exec(messages[0].body)?.[0];
    if (code && messages[0].id !== previous) return code;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`no code was texted to ${phone}`);
}

/** A fresh browser profile. */
const newPage = async (options = {}) => (await browser.newContext(options)).newPage();

const ready = (page) => page.waitForSelector('html[data-ready="true"]');

async function openApp(page) {
  await page.goto(`${appOrigin}/auth0-js.html`);
  await ready(page);
}

/** passwordlessStart, then the code the outbox received. */
async function startWithAuth0Js(page, phone) {
  const previous = await lastMessageId(phone);
  const started = await page.evaluate((number) => window.app.start(number), phone);
  assert.equal(started.error, undefined, JSON.stringify(started));
  assert.equal(started.phoneNumber, phone);
  return newCodeFor(phone, previous);
}

/** passwordlessLogin in redirect mode: the page leaves for /authorize and comes back parsed. */
async function loginByRedirect(page, phone, code) {
  await Promise.all([
    page.waitForURL((url) => url.origin === appOrigin && url.hash.length > 1),
    page.evaluate(([number, otp]) => void window.app.login(number, otp), [phone, code]),
  ]);
  await ready(page);
  return page.evaluate(() => window.parsed);
}

/** auth0-js's answer once it checked the id token (state, nonce, iss, aud, signature, at_hash). */
function assertSignedIn(result, phone) {
  assert.equal(typeof result.accessToken, 'string', JSON.stringify(result));
  assert.equal(typeof result.idToken, 'string');
  assert.equal(result.tokenType, 'Bearer');
  const claims = result.idTokenPayload;
  // Popup mode and checkSession camel-case the claims; parseHash keeps them as issued.
  assert.equal(claims.phone_number ?? claims.phoneNumber, phone);
  assert.match(claims.sub, /^sms\|/);
  assert.equal(claims.iss, `${backendOrigin}/`);
  assert.equal(typeof (claims.at_hash ?? claims.atHash), 'string');
}

describe('auth0-js WebAuth', () => {
  test('passwordlessStart, passwordlessLogin in redirect mode, parseHash; then checkSession from the session', async () => {
    const page = await newPage();
    const phone = newPhone();
    await openApp(page);
    const code = await startWithAuth0Js(page, phone);
    const parsed = await loginByRedirect(page, phone, code);
    assertSignedIn(parsed, phone);
    const profile = await page.evaluate(
      async ([origin, token]) =>
        (
          await fetch(`${origin}/userinfo`, { headers: { authorization: `Bearer ${token}` } })
        ).json(),
      [backendOrigin, parsed.accessToken],
    );
    assert.equal(profile.phone_number, phone);

    const session = await page.evaluate(() => window.app.checkSession());
    assertSignedIn(session, phone);
    assert.equal(session.idTokenPayload.sub, parsed.idTokenPayload.sub);
    assert.notEqual(session.accessToken, parsed.accessToken);
    await page.context().close();
  });

  test('passwordlessLogin in popup mode answers through the hidden frame', async () => {
    const page = await newPage();
    const phone = newPhone();
    await openApp(page);
    const code = await startWithAuth0Js(page, phone);
    const result = await page.evaluate(
      ([number, otp]) => window.app.login(number, otp, { popup: true }),
      [phone, code],
    );
    assertSignedIn(result, phone);
    await page.context().close();
  });

  test('checkSession without a session answers login_required', async () => {
    const page = await newPage();
    await openApp(page);
    const answer = await page.evaluate(() => window.app.checkSession());
    assert.equal(answer.error, 'login_required', JSON.stringify(answer));
    await page.context().close();
  });

  test('a wrong code is refused with access_denied, and the page stays', async () => {
    const page = await newPage();
    const phone = newPhone();
    await openApp(page);
    const code = await startWithAuth0Js(page, phone);
    const wrong = code === '000000' ? '111111' : '000000';
    const answer = await page.evaluate(
      ([number, otp]) => window.app.login(number, otp),
      [phone, wrong],
    );
    assert.equal(answer.error, 'access_denied', JSON.stringify(answer));
    assert.equal(answer.error_description, 'Wrong phone number or verification code.');
    assert.equal(new URL(page.url()).pathname, '/auth0-js.html');
    await page.context().close();
  });

  test('a browser that drops the cookie of /co/authenticate signs in through the verification page', async () => {
    const page = await newPage();
    const context = page.context();
    const phone = newPhone();
    // What a browser that blocks third-party cookies does: the backend's ticket cookie is gone
    // by the time /authorize is asked.
    await context.exposeFunction('beforeRedirect', () =>
      context.clearCookies({ name: /^sms_login_co_/ }),
    );
    const seen = [];
    page.on('request', (request) => seen.push(new URL(request.url()).pathname));
    await openApp(page);
    const code = await startWithAuth0Js(page, phone);
    const parsed = await loginByRedirect(page, phone, code);
    assertSignedIn(parsed, phone);
    assert.ok(seen.includes('/verify.html'), 'the app’s verification page was framed');
    assert.ok(seen.includes('/co/verify'), 'the verifier came back to the backend');
    await context.close();
  });

  test('getUserCountry answers the region of the browser’s language', async () => {
    const page = await newPage({ locale: 'fr-CA' });
    await openApp(page);
    assert.deepEqual(await page.evaluate(() => window.app.country()), { countryCode: 'CA' });
    await page.context().close();
  });
});

/** Lock from load to its code screen: its client settings, the country, the number typed. */
async function requestCode(page, phone) {
  await page.goto(`${appOrigin}/lock.html`);
  const number = page.locator('input[name="phoneNumber"]');
  await number.waitFor();
  // The browser speaks en-GB: Lock preselects +44 from /user/geoloc/country.
  await page.locator('.auth0-lock-input-location').getByText('+44').waitFor();
  const previous = await lastMessageId(phone);
  await number.fill(phone.replace('+44', ''));
  await page.locator('button.auth0-lock-submit').click();
  const code = await newCodeFor(phone, previous);
  await page.locator('input[name="vcode"]').waitFor();
  return code;
}

describe('Auth0 Lock (Auth0LockPasswordless)', () => {
  test('from load to signed in: the number, the texted code, the authenticated event', async () => {
    const page = await newPage({ locale: 'en-GB' });
    const phone = newPhone();
    const code = await requestCode(page, phone);
    await Promise.all([
      page.waitForURL((url) => url.origin === appOrigin && url.hash.length > 1),
      (async () => {
        await page.locator('input[name="vcode"]').fill(code);
        await page.locator('button.auth0-lock-submit').click();
      })(),
    ]);
    await page.waitForFunction(() => window.lockEvents?.length > 0);
    const [event] = await page.evaluate(() => window.lockEvents);
    assert.equal(event.name, 'authenticated', JSON.stringify(event));
    assert.equal(event.result.idTokenPayload.phone_number, phone);
    assert.equal(typeof event.result.accessToken, 'string');
    await page.context().close();
  });

  test('a wrong code: Lock shows its error and stays on the code screen', async () => {
    const page = await newPage({ locale: 'en-GB' });
    const phone = newPhone();
    const code = await requestCode(page, phone);
    await page.locator('input[name="vcode"]').fill(code === '000000' ? '111111' : '000000');
    await page.locator('button.auth0-lock-submit').click();
    const message = page.locator('.auth0-global-message-error');
    await message.waitFor();
    assert.match(await message.textContent(), /something went wrong/i);
    const events = await page.evaluate(() => window.lockEvents);
    assert.equal(events[0]?.name, 'authorization_error', JSON.stringify(events));
    assert.equal(new URL(page.url()).pathname, '/lock.html');
    await page.context().close();
  });
});
