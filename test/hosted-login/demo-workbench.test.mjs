// The demo's workbench against a running sms-login-server, as `npm start` runs them: the
// "Hosted page" surface shows the server's hosted login page with the workbench's theme, language
// and application name, and the sample app (demo/sample-app/, @auth0/auth0-spa-js) signs in
// through it and out again. The server and the demo are served for real; nothing is routed.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { workbenchTenant, workbenchUrl } from '../../demo/server/workbench-tenant.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/ensure-chromium.mjs';
import { freePort, startUntil } from '../support/processes.mjs';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const PHONE = '+447911123456';
const PRIMARY = '#b0306a';

let configDir;
let server;
let demo;
let browser;
let origins;

before(async () => {
  if (!existsSync(join(REPO, 'dist/cdn/sms-login.js')))
    await build({ root: REPO, mode: 'cdn', logLevel: 'warn' });
  const [serverPort, demoPort] = [await freePort(), await freePort()];
  origins = {
    serverOrigin: `http://localhost:${serverPort}`,
    demoOrigin: `http://localhost:${demoPort}`,
  };
  configDir = await mkdtemp(join(tmpdir(), 'sms-login-workbench-'));
  const configFile = join(configDir, 'tenant.json');
  await writeFile(configFile, JSON.stringify(workbenchTenant(origins)));
  server = await startUntil(
    process.execPath,
    [
      '--import',
      'tsx',
      'mock-server/src/bin.ts',
      '--memory',
      '--quiet',
      '--host',
      'localhost',
      '--port',
      String(serverPort),
      '--config',
      configFile,
    ],
    /listening|http:\/\/localhost:\d+/,
    { cwd: REPO },
  );
  demo = await startUntil(
    process.execPath,
    [
      'node_modules/vite/bin/vite.js',
      '--port',
      String(demoPort),
      '--strictPort',
      '--host',
      'localhost',
    ],
    /Local:\s+http:\/\/localhost:\d+/,
    { cwd: REPO },
  );
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
});

after(async () => {
  await browser?.close();
  await demo?.stop();
  await server?.stop();
  if (configDir) await rm(configDir, { recursive: true, force: true });
});

/** The frame that shows `origin`'s page at `path`, once it has loaded. */
async function frameAt(page, origin, path) {
  const found = () =>
    page
      .frames()
      .find((frame) => frame.url().startsWith(`${origin}${path}`) && frame !== page.mainFrame());
  for (let tries = 0; tries < 200 && !found(); tries++) await page.waitForTimeout(50);
  const frame = found();
  assert.ok(frame, `a frame at ${origin}${path}`);
  await frame.waitForLoadState('load');
  return frame;
}

async function newCodeFor(previous) {
  for (let tries = 0; tries < 100; tries++) {
    const { messages } = await (
      await fetch(`${origins.serverOrigin}/dev/messages?phone_number=${encodeURIComponent(PHONE)}`)
    ).json();
    if (messages[0] && messages[0].id !== previous)
      return { code: /\d{6}/.exec(messages[0].body)[0], id: messages[0].id };
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`no code was texted to ${PHONE}`);
}

describe('the workbench’s hosted page, against the server', () => {
  let page;
  before(async () => {
    const context = await browser.newContext();
    // The workbench's settings, as a designer left them: French, a primary colour of their own.
    await context.addInitScript(
      ({ demoOrigin, primary }) => {
        if (location.origin !== demoOrigin || localStorage.getItem('sms-login-workbench')) return;
        localStorage.setItem(
          'sms-login-workbench',
          JSON.stringify({
            surface: 'hosted',
            language: 'fr',
            applicationName: 'Tandem Budgets',
            theme: { shared: {}, light: { '--sms-login-primary-color': primary }, dark: {} },
          }),
        );
      },
      { demoOrigin: origins.demoOrigin, primary: PRIMARY },
    );
    page = await context.newPage();
    await page.goto(workbenchUrl(origins));
  });

  test('shows the server’s page with the theme, the language and the application’s name', async () => {
    const hosted = await frameAt(page, origins.serverOrigin, '/u/login');
    await hosted.locator('sms-login [part~="submit"]').waitFor();
    assert.equal(await hosted.locator('html').getAttribute('lang'), 'fr');
    assert.equal(
      (await hosted.locator('sms-login [part~="submit"]').textContent()).trim(),
      'Envoyer le code',
    );
    assert.equal(await hosted.locator('h1.application').textContent(), 'Tandem Budgets');
    const background = await hosted
      .locator('sms-login [part~="submit"]')
      .evaluate((button) => getComputedStyle(button).backgroundColor);
    assert.equal(background, 'rgb(176, 48, 106)');
    assert.match(await hosted.locator('img.logo').getAttribute('src'), /\/tandem-logo\.svg$/);
    // The number the workbench watches, prefilled through login_hint.
    assert.equal(
      await hosted.locator('sms-login [part~="number-input"]').inputValue(),
      '7911 123456',
    );
  });

  test('the sample app signs in through it with the texted code, then signs out', async () => {
    const hosted = await frameAt(page, origins.serverOrigin, '/u/login');
    const previous = (
      await (
        await fetch(
          `${origins.serverOrigin}/dev/messages?phone_number=${encodeURIComponent(PHONE)}`,
        )
      ).json()
    ).messages[0]?.id;
    await hosted.locator('sms-login [part~="submit"]').click();
    const { code } = await newCodeFor(previous);
    await hosted.locator('sms-login [part~="code-input"]').pressSequentially(code);

    const app = await frameAt(page, origins.demoOrigin, '/sample-app/');
    await app.locator('html[data-state="signed-in"]').waitFor();
    assert.equal(await app.locator('#phone-number').textContent(), PHONE);

    await app.locator('#silent').click();
    await app.locator('#silent-result:has-text("A new access token")').waitFor();

    await app.locator('#sign-out').click();
    const signedOut = await frameAt(page, origins.demoOrigin, '/sample-app/');
    await signedOut.locator('html[data-state="signed-out"]').waitFor();
  });

  test('a change of theme in the workbench reaches the page, which loads again', async () => {
    await page.evaluate(() => {
      const workbench = document.querySelector('demo-workbench');
      workbench.store.update({
        theme: { shared: {}, light: { '--sms-login-primary-color': '#1e7d3c' }, dark: {} },
      });
    });
    // The theme is put on the server first; then the stage loads the page again.
    await page.waitForFunction(() =>
      document.querySelector('.hosted-bar')?.textContent.includes('with this theme'),
    );
    const hosted = await frameAt(page, origins.serverOrigin, '/u/login');
    await hosted.locator('sms-login [part~="submit"]').waitFor();
    const background = await hosted
      .locator('sms-login [part~="submit"]')
      .evaluate((button) => getComputedStyle(button).backgroundColor);
    assert.equal(background, 'rgb(30, 125, 60)');
  });
});
