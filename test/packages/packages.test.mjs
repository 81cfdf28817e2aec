// The packages as users install them: both are packed as `npm publish` would, then installed
// from the tarballs into fresh projects (plain Node, TypeScript, a Vite app with React and a plain
// HTML page from the CDN build), and linted with publint and arethetypeswrong.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { cp, mkdtemp, readFile, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/ensure-chromium.mjs';
import { createProject, exists, packBoth, REPO, run, startUntil, TOOL } from './consumer.mjs';
import { freePort } from '../support/processes.mjs';

const MSW = 'msw@2.15.0';
const REACT = ['react@19.3.1', 'react-dom@19.3.1'];
const cleanup = [];
let packed;

before(async () => {
  const destination = await mkdtemp(join(tmpdir(), 'sms-login-packed-'));
  cleanup.push(destination);
  packed = await packBoth(destination);
});

after(async () => {
  for (const dir of cleanup) await rm(dir, { recursive: true, force: true });
});

const runNode = (args, options) => run(process.execPath, args, options);
const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];

describe('the tarballs', () => {
  test('hold what users need and nothing of the repository', () => {
    for (const [name, { files }] of Object.entries(packed)) {
      assert.ok(files.includes('LICENSE'), `${name} has a LICENSE`);
      assert.ok(files.includes('README.md'), `${name} has a README`);
      const stray = files.filter((file) =>
        /(^|\/)(test|src|scripts)\/|tsconfig|\.map$|\.vite\/|\.tsbuildinfo$/.test(file),
      );
      assert.deepEqual(stray, [], `${name} ships no sources, tests, maps or build leftovers`);
      assert.ok(
        files.every((file) => !file.endsWith('.ts') || file.endsWith('.d.ts')),
        `${name} ships no TypeScript sources`,
      );
    }
    assert.ok(packed.server.files.includes('dist/bin/sms-login-server.js'));
    assert.ok(packed.server.files.includes('dist/testing/index.js'), 'the testing helpers ship');
    const declarations = packed.widget.files.filter((file) => file.endsWith('.d.ts'));
    assert.ok(
      declarations.length < 100,
      `declarations for the API, not one per generated module (${declarations.length})`,
    );
    assert.ok(packed.widget.files.includes('dist/cdn/sms-login.js'));
  });

  test('every path in the widget’s custom-elements.json is a shipped file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'sms-login-unpacked-'));
    cleanup.push(dir);
    await run('tar', ['-xzf', packed.widget.file, '-C', dir]);
    const manifest = JSON.parse(await readFile(join(dir, 'package/custom-elements.json'), 'utf8'));
    const paths = new Set();
    const walk = (node) => {
      if (Array.isArray(node)) node.forEach(walk);
      else if (node && typeof node === 'object')
        for (const [key, value] of Object.entries(node))
          if ((key === 'path' || key === 'module') && typeof value === 'string') paths.add(value);
          else walk(value);
    };
    walk(manifest);
    assert.ok(paths.size > 10, 'the manifest names its modules');
    const missing = [...paths].filter((path) => !packed.widget.files.includes(path));
    assert.deepEqual(missing, [], 'paths not in the tarball');
    const element = manifest.modules.flatMap((module) =>
      module.declarations.filter((d) => d.tagName === 'sms-login'),
    );
    assert.equal(element.length, 1, 'the manifest declares <sms-login>');
  });

  test('each language but English is a chunk of its own in both builds, loaded on demand', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'sms-login-unpacked-'));
    cleanup.push(dir);
    await run('tar', ['-xzf', packed.widget.file, '-C', dir]);
    const sources = join(REPO, 'src/i18n/translations');
    const languages = [];
    for (const file of await readdir(sources)) {
      const source = await readFile(join(sources, file), 'utf8');
      const [, code] = /\$code: '([^']+)'/.exec(source);
      const [, name] = /\$name: '([^']+)'/.exec(source);
      if (code !== 'en') languages.push({ code, name });
    }
    assert.ok(languages.length >= 60, `${languages.length} languages`);
    for (const build of ['dist', 'dist/cdn']) {
      const scripts = packed.widget.files.filter(
        (path) =>
          path.startsWith(`${build}/`) &&
          path.endsWith('.js') &&
          (build === 'dist/cdn' || !path.startsWith('dist/cdn/')),
      );
      const texts = new Map();
      for (const path of scripts)
        texts.set(path, await readFile(join(dir, 'package', path), 'utf8'));
      const entry = texts.get(`${build}/sms-login.js`);
      for (const { code, name } of languages) {
        // The name as a whole string ('Español' is also in 'Español (Latinoamérica)').
        const quoted = new RegExp(`["'\`]${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}["'\`]`);
        const holders = [...texts].filter(([, text]) => quoted.test(text)).map(([path]) => path);
        assert.equal(holders.length, 1, `${build}: ${code} (${name}) is in ${holders.join(', ')}`);
        assert.match(holders[0], new RegExp(`^${build}/chunks/lang-${code}-[\\w-]+\\.js$`));
        // The entry imports it only when asked (a dynamic import), never before.
        const chunk = holders[0].slice(build.length + 1);
        assert.ok(
          entry.includes(`import(\`./${chunk}\`)`) || entry.includes(`import("./${chunk}")`),
          `${build}: ${chunk} loaded on demand`,
        );
        assert.ok(
          !new RegExp(`^import[^;]*["'\`]\\./${chunk}`, 'm').test(entry),
          `${build}: ${chunk} imported up front`,
        );
      }
    }
  });

  test('every dependency is imported by the shipped JavaScript, and the widget’s is Lit alone', async () => {
    // A bundled library listed as a dependency (libphonenumber-js once was) costs every user an
    // install of what they never run; Lit is the widget's one, shared with the app.
    for (const [name, { file, files }] of Object.entries(packed)) {
      const dir = await mkdtemp(join(tmpdir(), 'sms-login-unpacked-'));
      cleanup.push(dir);
      await run('tar', ['-xzf', file, '-C', dir]);
      const manifest = JSON.parse(await readFile(join(dir, 'package/package.json'), 'utf8'));
      let shipped = '';
      for (const path of files.filter((entry) => entry.endsWith('.js')))
        shipped += await readFile(join(dir, 'package', path), 'utf8');
      const unused = Object.keys(manifest.dependencies ?? {}).filter(
        (dependency) => !new RegExp(`["'\`]${dependency}(/[^"'\`]*)?["'\`]`).test(shipped),
      );
      assert.deepEqual(unused, [], `${name}: dependencies no shipped file imports`);
      if (name === 'widget') assert.deepEqual(Object.keys(manifest.dependencies), ['lit']);
      // npm 11 warns at every install about scripts the user has not allowed: none are ours.
      // (createProject installs with --loglevel=error, so the install output cannot show it.)
      const installScripts = ['preinstall', 'install', 'postinstall', 'prepare'].filter(
        (script) => manifest.scripts?.[script],
      );
      assert.deepEqual(installScripts, [], `${name} runs nothing at install`);
    }
  });

  test('the server’s declarations import no package whose types users may lack', async () => {
    // better-sqlite3 and pg are optional peers without types of their own: a declaration that
    // names one fails `tsc` (skipLibCheck off) for every user who has not installed its @types,
    // even from a file their entry points do not reach.
    const dir = await mkdtemp(join(tmpdir(), 'sms-login-unpacked-'));
    cleanup.push(dir);
    await run('tar', ['-xzf', packed.server.file, '-C', dir]);
    const declarations = packed.server.files.filter((file) => file.endsWith('.d.ts'));
    assert.ok(declarations.includes('dist/store/sqlite.d.ts'), 'the SQLite store is typed');
    assert.ok(declarations.includes('dist/store/postgres.d.ts'), 'the PostgreSQL store is typed');
    const naming = [];
    for (const file of declarations)
      if (/['"](better-sqlite3|pg)['"]/.test(await readFile(join(dir, 'package', file), 'utf8')))
        naming.push(file);
    assert.deepEqual(naming, [], 'declarations that import better-sqlite3 or pg');
  });

  for (const name of ['widget', 'server']) {
    test(`publint finds nothing in the ${name}’s package`, async () => {
      const result = await runNode([TOOL.publint, packed[name].file, '--strict']);
      assert.equal(result.code, 0, result.stdout + result.stderr);
      assert.match(result.stdout, /All good!/);
    });

    test(`arethetypeswrong finds nothing in the ${name}’s package (ESM only)`, async () => {
      const result = await runNode([TOOL.attw, packed[name].file, '--profile', 'esm-only']);
      assert.equal(result.code, 0, result.stdout + result.stderr);
      // Every entry resolves, with types, for ESM in Node and for bundlers.
      const resolutions = result.stdout.match(/^(node16 \(from ESM\)|bundler): .*$/gm) ?? [];
      assert.ok(resolutions.length >= 6, result.stdout);
      assert.deepEqual(
        resolutions.filter((line) => !line.includes('🟢')),
        [],
      );
    });
  }
});

test('the repository’s install prints no warning to act on: every install script is reviewed', async () => {
  const result = await run('npm', ['install-scripts', 'ls'], { cwd: REPO });
  assert.equal(result.code, 0, result.stderr);
  assert.match(result.stdout, /No packages with unreviewed install scripts/);
});

describe('plain Node (ESM JavaScript)', () => {
  let project;
  before(async () => {
    project = await createProject('node-esm', [packed.widget.file, packed.server.file, MSW]);
    cleanup.push(project.dir);
  });

  test('installs without a native build, TypeScript tools or a warning to act on', async () => {
    const modules = join(project.dir, 'node_modules');
    for (const unwanted of ['better-sqlite3', 'pg', 'tsx', 'esbuild', 'typescript'])
      assert.equal(await exists(join(modules, unwanted)), false, `${unwanted} is not installed`);
    assert.doesNotMatch(project.installOutput, /warn/i);
  });

  test('a start-and-token round trip through MSW', async () => {
    const result = await runNode(['round-trip.mjs'], { cwd: project.dir });
    assert.equal(result.code, 0, result.stderr);
    assert.deepEqual(JSON.parse(result.stdout.trim().split('\n').at(-1)), {
      start: 200,
      token: 200,
      idToken: 'string',
    });
  });

  test('importing the widget in Node (server-side rendering) does not throw', async () => {
    const result = await runNode(['import-widget.mjs'], { cwd: project.dir });
    assert.equal(result.code, 0, result.stderr);
    const { exports } = JSON.parse(result.stdout);
    assert.ok(exports.includes('SmsLogin'), exports.join());
  });

  test('npx sms-login-server --memory: a round trip over HTTP', async () => {
    const server = await startUntil(
      'npx',
      ['sms-login-server', '--memory', '--port', '0', '--quiet'],
      /listening on (http:\/\/\S+)/,
      { cwd: project.dir },
    );
    try {
      const url = server.match[1];
      const phone = '+447911123456';
      const start = await fetch(`${url}/passwordless/start`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ client_id: 'demo', connection: 'sms', phone_number: phone }),
      });
      assert.equal(start.status, 200, await start.clone().text());
      const outbox = await (
        await fetch(`${url}/dev/messages?phone_number=${encodeURIComponent(phone)}`)
      ).json();
      const code = /\d{6}/.exec(outbox.messages[0].body)[0];
      const token = await fetch(`${url}/oauth/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({
          grant_type: 'http://auth0.com/oauth/grant-type/passwordless/otp',
          client_id: 'demo',
          username: phone,
          otp: code,
          realm: 'sms',
        }),
      });
      assert.equal(token.status, 200, await token.clone().text());
      assert.equal(typeof (await token.json()).access_token, 'string');
      // The hosted login page's widget ships inside the server package.
      const widget = await fetch(`${url}/u/assets/sms-login.js`);
      assert.equal(widget.status, 200);
      assert.match(widget.headers.get('content-type'), /javascript/);
    } finally {
      await server.stop();
    }
  });

  test('the installed bin answers /healthz soon after it is spawned, next to a bare node', async (t) => {
    // Spawn → first 200, each start paired with a bare `node -e` HTTP server started just before
    // it, so the ratio rides out the machine's load (npm run bench measures it pinned, in full).
    // Run through a TypeScript loader, unbundled, or with threads started before it listens, the
    // command took 6–20 × a bare start; compiled and bundled it takes about 2–3 ×.
    const bin = join(
      project.dir,
      'node_modules/@sms-login/mock-server/dist/bin/sms-login-server.js',
    );
    const BARE =
      "require('node:http').createServer((q, s) => s.end('ok')).listen(Number(process.argv[1]), '127.0.0.1')";
    const firstAnswer = async (args, path) => {
      const port = await freePort();
      const started = performance.now();
      const child = spawn(process.execPath, args(port), { cwd: project.dir, stdio: 'ignore' });
      const exited = new Promise((resolve) => child.once('exit', resolve));
      try {
        for (const deadline = started + 30_000; performance.now() < deadline;) {
          assert.equal(child.exitCode, null, `${args(port).join(' ')} exited`);
          const answer = await fetch(`http://127.0.0.1:${port}${path}`).catch(() => undefined);
          if (answer?.ok) return performance.now() - started;
          await new Promise((resolve) => setTimeout(resolve, 2));
        }
        throw new Error(`no answer from ${path} within 30 s`);
      } finally {
        child.kill('SIGTERM');
        await exited;
      }
    };
    const bare = [];
    const server = [];
    for (let pair = 0; pair < 7; pair++) {
      bare.push(await firstAnswer((port) => ['-e', BARE, String(port)], '/'));
      server.push(
        await firstAnswer(
          (port) => [bin, '--memory', '--quiet', '--port', String(port)],
          '/healthz',
        ),
      );
    }
    const ratio = median(server) / median(bare);
    const figures = `median ${median(server).toFixed(0)} ms, bare node ${median(bare).toFixed(0)} ms: ${ratio.toFixed(2)} ×`;
    t.diagnostic(figures);
    assert.ok(ratio < 4, figures);
  });

  test('without better-sqlite3 the SQLite default says what to install', async () => {
    const result = await run('npx', ['sms-login-server', '--port', '0'], { cwd: project.dir });
    assert.equal(result.code, 1, result.stdout + result.stderr);
    assert.match(result.stderr, /npm install better-sqlite3@12/);
    assert.match(result.stderr, /--memory/);
    assert.doesNotMatch(result.stderr, /\n\s+at /, 'no stack trace');
  });

  test('without pg the PostgreSQL store says what to install', async () => {
    const result = await run(
      'npx',
      ['sms-login-server', '--database', 'postgres://127.0.0.1:1/sms', '--port', '0'],
      { cwd: project.dir },
    );
    assert.equal(result.code, 1, result.stdout + result.stderr);
    assert.match(result.stderr, /npm install pg@8/);
    assert.doesNotMatch(result.stderr, /\n\s+at /, 'no stack trace');
  });

  test('with better-sqlite3 installed the bin keeps its state in SQLite', async () => {
    // The repository's own build of the native module, linked in: building it again here would
    // test node-gyp, not this package.
    const modules = join(project.dir, 'node_modules');
    await symlink(join(REPO, 'node_modules/better-sqlite3'), join(modules, 'better-sqlite3'));
    try {
      const data = join(project.dir, 'data');
      const server = await startUntil(
        'npx',
        ['sms-login-server', '--data', data, '--port', '0', '--quiet'],
        /listening on (http:\/\/\S+)/,
        { cwd: project.dir },
      );
      try {
        const health = await (await fetch(`${server.match[1]}/healthz`)).json();
        assert.deepEqual(health, { status: 'ok', store: 'sqlite' });
        assert.ok((await readdir(data)).includes('sms-login.db'));
      } finally {
        await server.stop();
      }
    } finally {
      await rm(join(modules, 'better-sqlite3'));
    }
  });
});

describe('TypeScript (strict, skipLibCheck off)', () => {
  let project;
  before(async () => {
    project = await createProject('typescript', [
      packed.widget.file,
      packed.server.file,
      MSW,
      'react@19.3.1',
      '@types/react@19.3.3',
      '@types/node@20.19.43',
    ]);
    cleanup.push(project.dir);
  });

  for (const resolution of ['bundler', 'nodenext'])
    test(`moduleResolution ${resolution}: no errors, and a wrong configuration is one`, async () => {
      const result = await runNode([TOOL.tsc, '-p', `tsconfig.${resolution}.json`], {
        cwd: project.dir,
      });
      // Each @ts-expect-error in the sources must be used: an accepted wrong config fails here.
      assert.equal(result.code, 0, result.stdout + result.stderr);
    });

  test('the same sources without their @ts-expect-error marks fail to compile', async () => {
    // Proves the compile above reads these files: each marked line is reported once unmarked.
    const source = await readFile(join(project.dir, 'src/browser.ts'), 'utf8');
    await writeFile(
      join(project.dir, 'src/unmarked.ts'),
      source.replaceAll('// @ts-expect-error', '// (unmarked)'),
    );
    const config = JSON.parse(await readFile(join(project.dir, 'tsconfig.bundler.json'), 'utf8'));
    await writeFile(
      join(project.dir, 'tsconfig.unmarked.json'),
      JSON.stringify({ ...config, files: ['src/unmarked.ts'] }),
    );
    const result = await runNode([TOOL.tsc, '-p', 'tsconfig.unmarked.json'], { cwd: project.dir });
    assert.notEqual(result.code, 0);
    // Each mark stands on the line before the error it expects.
    const marked = source
      .split('\n')
      .flatMap((line, index) => (line.includes('// @ts-expect-error') ? [index + 2] : []));
    const reported = [...result.stdout.matchAll(/unmarked\.ts\((\d+),\d+\): error/g)].map(
      ([, line]) => Number(line),
    );
    assert.ok(marked.length >= 4, 'the fixture marks its wrong lines');
    assert.deepEqual(reported, marked, result.stdout);
    assert.match(result.stdout, /'domian' does not exist/);
  });
});

describe('a Vite app: React 19 with the npm build, and a plain page with the CDN build', () => {
  let project;
  let preview;
  let browser;
  before(async () => {
    project = await createProject('vite-app', [
      packed.widget.file,
      packed.server.file,
      MSW,
      ...REACT,
      'lit@3.3.3',
    ]);
    cleanup.push(project.dir);
    const modules = join(project.dir, 'node_modules');
    await cp(
      join(modules, 'msw/lib/mockServiceWorker.js'),
      join(project.dir, 'public/mockServiceWorker.js'),
    );
    await cp(join(modules, 'sms-login/dist/cdn'), join(project.dir, 'public/vendor/sms-login'), {
      recursive: true,
    });
    const built = await runNode([TOOL.vite, 'build', '--logLevel', 'warn'], { cwd: project.dir });
    assert.equal(built.code, 0, built.stdout + built.stderr);
    preview = await startUntil(
      process.execPath,
      [TOOL.vite, 'preview', '--port', '0', '--strictPort', 'false', '--host', '127.0.0.1'],
      /(http:\/\/127\.0\.0\.1:\d+)/,
      { cwd: project.dir },
    );
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  });
  after(async () => {
    await browser?.close();
    await preview?.stop();
  });

  test('the app’s bundle holds one Lit, shared by the widget and the app', async () => {
    const assets = join(project.dir, 'dist/assets');
    let copies = 0;
    for (const file of await readdir(assets))
      if (file.endsWith('.js'))
        copies +=
          (await readFile(join(assets, file), 'utf8')).split('reactiveElementVersions').length - 1;
    assert.equal(copies, 1);
  });

  /** Signs in on `path` as a visitor: number, the texted code, then the page's own success text. */
  async function signIn(path, ready) {
    const page = await browser.newPage();
    try {
      await page.goto(`${preview.match[1]}${path}`);
      await page.waitForFunction(ready);
      await page.locator('sms-login [part~="number-input"]').fill('7911 123456');
      await page.locator('sms-login [part~="submit"]').click();
      await page.locator('sms-login [part~="code-input"]').waitFor();
      const outbox = await page.evaluate(async () =>
        (
          await fetch('https://tenant.example.com/dev/messages?phone_number=%2B447911123456')
        ).json(),
      );
      const code = /\d{6}/.exec(outbox.messages[0].body)[0];
      await page.locator('sms-login [part~="code-input"]').pressSequentially(code);
      await page.locator('#signed-in:not([hidden])').waitFor();
      return await page.locator('#signed-in').textContent();
    } finally {
      await page.close();
    }
  }

  test('React 19: signs in, and the onsms-login-success prop gets the tokens', async () => {
    const said = await signIn(
      '/',
      () => customElements.get('sms-login') && navigator.serviceWorker.controller,
    );
    assert.equal(said, 'Signed in with an ID token');
  });

  test('plain HTML with the CDN build: signs in', async () => {
    const said = await signIn(
      '/cdn.html',
      () => customElements.get('sms-login') && document.documentElement.dataset.backend === 'ready',
    );
    assert.equal(said, 'Signed in with an ID token');
  });
});
