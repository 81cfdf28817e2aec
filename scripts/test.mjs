// `npm test`: type check, formatting, lint, the import rules (no circles, the layers), the generated
// phone metadata, the backend tests (Node's runner), the browser tests (web-test-runner in
// Chromium), the sign-in tests (Auth0's browser libraries against the server, in Chromium) and
// the package tests (the packed tarballs installed into fresh projects, Node's
// runner). Ends with the runners' summaries.
import { spawn } from 'node:child_process';
import { stripVTControlCharacters } from 'node:util';
import { ensureChromium } from './ensure-chromium.mjs';
import { ensurePostgres } from './ensure-postgres.mjs';

const summaries = [];

/** No step takes this long on a sound run; past it the step has hung, and is stopped as failed. */
const STEP_TIME_LIMIT_MS = 20 * 60_000;
let current;
process.on('SIGINT', () => {
  current?.stop();
  process.exit(130);
});

function run(label, command, args, { capture } = {}) {
  console.log(`\n> ${label}: ${[command, ...args].join(' ')}`);
  return new Promise((resolve) => {
    // A process group of its own, so that a step that hangs is stopped with all it started.
    const child = spawn(command, args, {
      stdio: capture ? ['inherit', 'pipe', 'inherit'] : 'inherit',
      detached: true,
    });
    const stop = () => {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    };
    current = { stop };
    let timedOut = false;
    const limit = setTimeout(() => {
      timedOut = true;
      console.log(`\n${label} ran past ${STEP_TIME_LIMIT_MS / 60_000} minutes and was stopped`);
      stop();
    }, STEP_TIME_LIMIT_MS);
    let output = '';
    child.stdout?.on('data', (chunk) => {
      process.stdout.write(chunk);
      output += chunk;
    });
    child.on('close', (code) => {
      clearTimeout(limit);
      current = undefined;
      if (capture) summaries.push([label, capture(output)]);
      resolve(timedOut ? 1 : (code ?? 1));
    });
  });
}

const nodeSummary = (output) =>
  output
    .split('\n')
    .filter((line) => /^ℹ (tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) /.test(line))
    .join('\n');

const browserSummary = (output) => {
  const lines = stripVTControlCharacters(output)
    .split(/[\r\n]+/)
    .map((line) => line.trim())
    .filter(Boolean);
  const counts = lines.findLast((line) => /\d+ passed, \d+ failed/.test(line));
  const finished = lines.findLast((line) => /Finished running tests/.test(line));
  return [counts, finished].filter(Boolean).join('\n') || lines.slice(-3).join('\n');
};

const steps = [
  ['type check', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']],
  ['type check (backend)', 'npx', ['tsc', '--noEmit', '-p', 'mock-server/tsconfig.json']],
  ['formatting', 'npx', ['prettier', '--check', '--log-level', 'warn', '.']],
  ['lint', 'npx', ['oxlint', '--deny-warnings']],
  ['import rules', 'npm', ['run', '--silent', 'deps']],
  ['generated phone metadata', 'node', ['scripts/generate-calling-codes.mjs', '--check']],
];

let failed = [];
for (const [label, command, args] of steps)
  if ((await run(label, command, args)) !== 0) failed.push(label);

if (!ensurePostgres()) failed.push('backend tests (no PostgreSQL)');
else if (
  (await run(
    'backend tests',
    'npm',
    ['run', '--silent', 'test', '--workspace', '@sms-login/mock-server'],
    { capture: nodeSummary },
  )) !== 0
)
  failed.push('backend tests');

if (!ensureChromium()) failed.push('browser tests (no Chromium)');
else if (
  (await run('browser tests', 'npx', ['web-test-runner'], { capture: browserSummary })) !== 0
)
  failed.push('browser tests');

if (!ensureChromium()) failed.push('sign-in tests (no Chromium)');
else if (
  (await run(
    'sign-in tests',
    'node',
    [
      '--test',
      '--test-reporter=spec',
      '--test-concurrency=1',
      '--test-timeout=180000',
      'test/hosted-login/auth0-browser-sdks.test.mjs',
      'test/hosted-login/demo-workbench.test.mjs',
      'test/hosted-login/auth0-embedded.test.mjs',
    ],
    { capture: nodeSummary },
  )) !== 0
)
  failed.push('sign-in tests');

if (!ensureChromium()) failed.push('package tests (no Chromium)');
else if (
  (await run(
    'package tests',
    'node',
    ['--test', '--test-reporter=spec', '--test-timeout=900000', 'test/packages/packages.test.mjs'],
    { capture: nodeSummary },
  )) !== 0
)
  failed.push('package tests');

console.log(failed.length ? `\nFAILED: ${failed.join(', ')}` : '\nAll checks passed.');
console.log('\n==== test runners ====');
for (const [label, summary] of summaries) console.log(`${label}:\n${summary}\n`);
process.exitCode = failed.length ? 1 : 0;
