// The widget's figures, for the self-contained CDN build (dist/cdn/: what a page without a
// bundler loads, Lit included): gzip size of what loads up front and in all, time from navigation to an
// interactive element in headless Chromium, and the as-you-type formatting cost per keystroke.
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../ensure-chromium.mjs';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

function sizes(root) {
  const dist = join(root, 'dist', 'cdn');
  const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));
  const gzip = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
  const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry);
  const upFront = new Set();
  const visit = (key) => {
    const chunk = manifest[key];
    if (upFront.has(chunk.file)) return;
    upFront.add(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  visit(entryKey);
  // What the element fetches on the visitor's first focus: the number parsing module's chunks.
  const phoneKey = Object.keys(manifest).find((key) => key.endsWith('src/phone/phone-number.ts'));
  const withPhone = new Set(upFront);
  const visitPhone = (key) => {
    const chunk = manifest[key];
    if (withPhone.has(chunk.file)) return;
    withPhone.add(chunk.file);
    for (const imported of chunk.imports ?? []) visitPhone(imported);
  };
  if (phoneKey) visitPhone(phoneKey);
  const all = new Set(Object.values(manifest).map((chunk) => chunk.file));
  const sum = (files) => [...files].reduce((total, file) => total + gzip(file), 0);
  return {
    entry: `dist/cdn/${manifest[entryKey].file}`,
    upFront: { files: upFront.size, gzip: sum(upFront) },
    withPhone: phoneKey ? { files: withPhone.size, gzip: sum(withPhone) } : undefined,
    total: { files: all.size, gzip: sum(all) },
  };
}

const TYPES = { '.js': 'text/javascript', '.html': 'text/html', '.map': 'application/json' };

const htmlPage = (body) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title></head><body>${body}</body></html>`;

/** Serves dist/ and two pages on loopback: one with the element, one blank. */
function serve(root) {
  const pages = {
    '/widget.html': htmlPage(`<sms-login domain="http://127.0.0.1:9" client-id="bench"></sms-login>
<script type="module" src="/dist/cdn/sms-login.js"></script>
<script type="module">
  await customElements.whenDefined('sms-login');
  const element = document.querySelector('sms-login');
  await element.updateComplete;
  const input = element.shadowRoot.querySelector('#number');
  if (!input || input.readOnly) throw new Error('no number field');
  requestAnimationFrame(() => { window.__interactive = performance.now(); });
</script>`),
    '/blank.html': htmlPage(`<p>blank</p>
<script type="module">requestAnimationFrame(() => { window.__interactive = performance.now(); });</script>`),
  };
  const server = createServer((request, response) => {
    const path = new URL(request.url, 'http://localhost').pathname;
    if (pages[path]) {
      response.writeHead(200, { 'content-type': 'text/html', 'cache-control': 'no-store' });
      return response.end(pages[path]);
    }
    const file = normalize(join(root, path));
    if (!path.startsWith('/dist/') || !file.startsWith(join(root, 'dist')) || !existsSync(file)) {
      response.writeHead(404);
      return response.end();
    }
    response.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    response.end(readFileSync(file));
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve({ server, port: server.address().port })),
  );
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

async function interactive(root, runs) {
  const { chromium } = await import('playwright-core');
  const { server, port } = await serve(root);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const time = async (path) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${port}${path}`);
    const value = await page.waitForFunction(() => window.__interactive, null, { timeout: 15_000 });
    const ms = await value.jsonValue();
    await context.close();
    return ms;
  };
  try {
    await time('/widget.html'); // warm-up: the browser's own start-up
    const widget = [];
    const blank = [];
    for (let run = 0; run < runs; run++) {
      blank.push(await time('/blank.html'));
      widget.push(await time('/widget.html'));
    }
    return {
      runs: widget,
      median: median(widget),
      blankRuns: blank,
      blankMedian: median(blank),
      definition:
        'Interactive: `performance.now()` (from navigation start) at the first animation frame after the element is defined, has rendered (`updateComplete`) and its number field exists and is editable; a fresh browser context per run (no cache), files from a loopback server.',
    };
  } finally {
    await browser.close();
    server.close();
  }
}

export async function measureWidget({ root, runs, onCore = (command, args) => [command, args] }) {
  try {
    execFileSync('npx', ['vite', 'build', '--mode', 'cdn', '--manifest', '--logLevel', 'error'], {
      cwd: root,
      stdio: 'inherit',
    });
  } catch {
    if (!existsSync(join(root, 'dist', 'cdn', 'sms-login.js')))
      return { skipped: '`npm run build` failed and there is no dist/cdn/' };
    console.warn('  vite build failed; measuring the dist/cdn/ that is there');
  }
  if (!existsSync(join(root, 'dist', 'cdn', '.vite', 'manifest.json')))
    return {
      skipped: 'dist/cdn/.vite/manifest.json is missing (`vite build --mode cdn --manifest`)',
    };
  console.log('  sizes…');
  const size = sizes(root);
  let interactiveResult;
  if (existsSync(CHROMIUM_PATH)) {
    console.log('  navigation to interactive (Chromium)…');
    interactiveResult = await interactive(root, runs);
  }
  console.log('  as-you-type formatting…');
  const [command, args] = onCore(process.execPath, [
    '--import',
    'tsx',
    join(root, 'scripts', 'bench', 'typing.ts'),
    '2',
  ]);
  const typing = JSON.parse(
    execFileSync(command, args, { cwd: root, encoding: 'utf8' }).trim().split('\n').at(-1),
  );
  typing.how =
    '`interpretPhoneInput(shown + key, country)` as the input handler calls it, libphonenumber-js `AsYouType` with the metadata the element loads per calling code (loaded beforehand), in Node on the bench core';
  return { size, interactive: interactiveResult, typing };
}
