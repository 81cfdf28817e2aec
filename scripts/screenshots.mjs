// `npm run screenshots`: pictures of the demo to look at (light, dark, Arabic, phone width, the
// message panel, an error state, test numbers, the widget in five scripts) in screenshots/. Starts its own Vite dev server; the backend runs
// in the page as it does for designers.
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './ensure-chromium.mjs';
import { spawn } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { chromium } from 'playwright-core';

const out = process.argv[2] ?? 'screenshots';
const port = Number(process.env.SCREENSHOT_PORT ?? 5198);
const base = process.env.DEMO_URL ?? `http://localhost:${port}/`;

let vite;
if (!process.env.DEMO_URL) {
  vite = spawn(
    process.execPath,
    [
      new URL('../node_modules/vite/bin/vite.js', import.meta.url).pathname,
      '--port',
      String(port),
      '--strictPort',
    ],
    { stdio: 'ignore' },
  );
  process.on('exit', () => vite.kill('SIGTERM'));
  for (let i = 0; i < 50; i++) {
    if (
      await fetch(base).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    await sleep(200);
  }
}
await mkdir(out, { recursive: true });

const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: CHROMIUM_ARGS,
});

/** A fresh browser profile on the workbench, with the backend up and the widget drawn. */
async function open({ width = 1440, height = 900, settings } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error('page error:', error.message));
  if (settings)
    await page.addInitScript(
      (value) => localStorage.setItem('sms-login-workbench', JSON.stringify(value)),
      settings,
    );
  await page.goto(base);
  await page.waitForFunction(() =>
    document.querySelector('sms-login')?.shadowRoot?.querySelector('#number'),
  );
  await page.evaluate(() => document.querySelector('demo-workbench').ready);
  return page;
}

const shot = (page, name) => page.screenshot({ path: `${out}/${name}.png` });

/** Sends a code from the widget like a visitor, and waits for the phone to show it. */
async function sendCode(page, number = '+44 7911 123456') {
  await page.locator('sms-login #number').click();
  await page.keyboard.type(number, { delay: 5 });
  await page.keyboard.press('Enter');
  await page.locator('sms-login #code').waitFor();
  await page.locator('.sms-code').first().waitFor();
}

let page = await open({ settings: { language: 'en' } });
await shot(page, '1-light');
await sendCode(page);
await shot(page, '2-light-code-on-phone');
await page.locator('.sms-code').last().click();
await page.waitForFunction(() => document.querySelector('sms-login').step === 'done');
await shot(page, '3-light-signed-in');
await page.close();

page = await open({ settings: { scheme: 'dark', language: 'en' } });
await sendCode(page);
await shot(page, '4-dark');
await page.close();

page = await open({ settings: { language: 'ar' } });
await page.locator('#tab-language').click();
await sendCode(page);
await shot(page, '5-arabic');
await page.close();

page = await open({ settings: { viewport: 'phone', language: 'en' } });
await shot(page, '6-phone-width');
await page.close();

page = await open({ settings: { language: 'en' } });
await page.locator('#tab-message').click();
await page.locator('.inline-actions button').first().click();
await page.locator('#preview-language').selectOption('fr');
await page.locator('.apply-state[data-state="saved"]').waitFor();
await sendCode(page);
await shot(page, '7-message-panel');
await page.locator('#template').fill('Your code is {{ code ');
await page.locator('#template-error').waitFor();
await shot(page, '8-broken-template');
await page.close();

page = await open({ settings: { language: 'en', scheme: 'dark' } });
await page.locator('#tab-scenarios').click();
await page.locator('[data-scenario="too-many-attempts"]').click();
await page.locator('.outcome').waitFor({ timeout: 20_000 });
await shot(page, '9-dark-too-many-attempts');
await page.close();

page = await open({ settings: { language: 'en' } });
await page.locator('#tab-message').click();
await page.locator('#test-number').fill('+1 201 555 0100');
await page.locator('#test-code').fill('424242');
await page.locator('#test-code').press('Enter');
await page.locator('[data-number="+12015550100"]').waitFor();
await page.locator('#test-number').fill('+15555550101');
await page.locator('#test-code').fill('4242');
await page.locator('#test-code').press('Enter');
await page.locator('#test-number-refusal strong').waitFor();
await page.locator('[aria-label="Use +12015550100 in the page"]').click();
await page.locator('.phone-test-notice').waitFor();
await page.waitForFunction(() => document.querySelector('sms-login').shadowRoot.activeElement);
await page.keyboard.press('Enter');
await page.locator('sms-login #code').waitFor();
await page.locator('.panel').evaluate((panel) => panel.scrollTo(0, panel.scrollHeight));
await shot(page, '10-test-numbers');
await page.close();

// The widget alone in five scripts (Latin, Arabic, Devanagari, CJK, Thai): the phone step, then
// the code step after a wrong code, where the longest texts are.
for (const language of ['en', 'ar', 'hi', 'ja', 'th']) {
  page = await open({ settings: { language } });
  const widget = page.locator('sms-login');
  await page.waitForFunction(
    (code) => document.querySelector('sms-login').shadowRoot.querySelector('.base').lang === code,
    language,
  );
  await widget.screenshot({ path: `${out}/11-${language}-phone.png` });
  await sendCode(page);
  await page.locator('sms-login #code').click();
  await page.keyboard.type('000000', { delay: 5 });
  await page.locator('sms-login #message.shown').waitFor();
  await widget.screenshot({ path: `${out}/12-${language}-wrong-code.png` });
  await page.close();
}

await browser.close();
console.log(`screenshots in ${out}/`);
process.exit(0);
