// Screenshots of the widget in its states, to look at: node scripts/screenshots.mjs [outDir]
// Runs the demo with Vite and answers the backend's requests in the browser (page.route).
import { spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { chromium } from 'playwright-core';

const out = process.argv[2] ?? '/tmp/sms-login-shots';
const port = 5198;
const vite = spawn(
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
await sleep(3000);

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--headless=new',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ],
});

async function open({
  colorScheme = 'light',
  language,
  width = 420,
  height = 640,
  tokenError,
} = {}) {
  const context = await browser.newContext({ colorScheme, viewport: { width, height } });
  const page = await context.newPage();
  await page.route('http://localhost:8787/**', (route) => {
    const url = route.request().url();
    if (url.endsWith('/passwordless/start'))
      return route.fulfill({ json: { _id: '0'.repeat(24), phone_number: '+447911123456' } });
    if (tokenError) return route.fulfill({ status: 403, json: tokenError });
    return route.fulfill({
      json: { access_token: 'a', id_token: 'a.b.c', token_type: 'Bearer', expires_in: 86400 },
    });
  });
  await page.goto(`http://localhost:${port}/`);
  if (language)
    await page.evaluate(
      (l) => document.querySelector('sms-login').setAttribute('language', l),
      language,
    );
  await page.waitForFunction(() =>
    document.querySelector('sms-login')?.shadowRoot?.querySelector('#number'),
  );
  await page.evaluate(() => document.querySelector('sms-login').updateComplete);
  return page;
}

const shot = (page, name) => page.screenshot({ path: `${out}/${name}.png` });
const typeNumber = async (page, number) => {
  await page.locator('sms-login #number').click();
  await page.keyboard.type(number, { delay: 10 });
};

let page = await open();
await shot(page, '1-phone');
await page.locator('sms-login #country-button').click();
await page.keyboard.type('uni');
await shot(page, '2-picker');
await page.keyboard.press('Escape');
await page.locator('sms-login #country-button').click();
await page.keyboard.type('gb');
await page.keyboard.press('Enter');
await typeNumber(page, '07911123456');
await shot(page, '3-phone-typed');
await page.keyboard.press('Enter');
await page.locator('sms-login #code').waitFor();
await shot(page, '4-code');
await page.close();

page = await open({
  tokenError: {
    error: 'invalid_grant',
    error_description: 'Wrong phone number or verification code.',
  },
});
await typeNumber(page, '2015550123');
await page.keyboard.press('Enter');
await page.locator('sms-login #code').waitFor();
await page.keyboard.type('123456');
await page.locator('sms-login .message.shown').waitFor();
await shot(page, '5-wrong-code');
await page.close();

page = await open({ language: 'ar' });
await typeNumber(page, '0501234567');
await shot(page, '6-arabic');
await page.locator('sms-login #country-button').click();
await shot(page, '7-arabic-picker');
await page.close();

page = await open({ colorScheme: 'dark' });
await typeNumber(page, '2015550');
await page.keyboard.press('Enter');
await page.locator('sms-login .message.shown').waitFor();
await shot(page, '8-dark-invalid');
await page.close();

page = await open({ colorScheme: 'dark' });
await typeNumber(page, '2015550123');
await page.keyboard.press('Enter');
await page.locator('sms-login #code').waitFor();
await page.keyboard.type('123456');
await page.locator('sms-login .done').waitFor();
await shot(page, '9-dark-done');
await page.close();

page = await open({ width: 340 });
await page.locator('sms-login').evaluate((el) => el.setAttribute('language', 'de'));
await typeNumber(page, '015112345678');
await page.keyboard.press('Enter');
await page.locator('sms-login #code').waitFor();
await shot(page, '10-narrow-de-code');

await browser.close();
console.log(`screenshots in ${out}`);
process.exit(0);
