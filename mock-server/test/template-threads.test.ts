// A costly template holds up only its own request: the Node server renders templates on worker
// threads with a deadline. Measured as the attack did it: six concurrent starts with a template
// that is cheap when it is checked (English) and runs to its time limit when sent (French), and
// /healthz asked meanwhile. Compared as ratios within one run, never as absolute times.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTemplateWorkers } from '../src/server/template-workers.ts';
import { TemplateError } from '../src/templates/render.ts';
import { runToItsEnd } from './process-end-support.ts';
import { killAllStarted, startServer } from './server-process.ts';

const RUNAWAY =
  '{% for i in (1..990) %}{% for j in (1..990) %}{% if i == j %}{% endif %}{% endfor %}{% endfor %}';
const HOSTILE_IN_FRENCH = `{% if request_language == 'fr' %}${RUNAWAY}{% endif %}Code {{ code }}`;
/** Repeats, so it goes to a thread. */
const LOOPING = '{% for i in (1..2) %}{% endfor %}Code {{ code }}';
const VARIABLES = { code: '123456', phoneNumber: '+15555550100', applicationName: 'App' };

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;

async function timed<T>(run: () => Promise<T>): Promise<[number, T]> {
  const started = performance.now();
  const result = await run();
  return [performance.now() - started, result];
}

describe('template threads', () => {
  test('a render past its deadline fails, its thread is replaced, and the next render works', async () => {
    const threads = createTemplateWorkers({ threads: 1, deadlineMs: 300 });
    try {
      await assert.rejects(
        threads.render(RUNAWAY, 'liquid', { ...VARIABLES, requestLanguage: 'en' }),
        (error: unknown) =>
          error instanceof TemplateError && /took longer than 300 ms/.test(error.message),
      );
      assert.equal(
        await threads.render('Code {{ code }}', 'liquid', { ...VARIABLES, requestLanguage: 'en' }),
        'Code 123456',
      );
      await assert.rejects(
        threads.render('{% if x', 'liquid', { ...VARIABLES, requestLanguage: 'en' }),
        TemplateError,
      );
    } finally {
      await threads.close();
    }
  });

  test('threads of a pool that is never closed do not keep the process alive', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'sms-login-threads-'));
    try {
      const pool = new URL('../src/server/template-workers.ts', import.meta.url).href;
      const printed = runToItsEnd(join(folder, 'left-open.mts'), [
        `import { createTemplateWorkers } from ${JSON.stringify(pool)};`,
        'const threads = createTemplateWorkers({ threads: 1 });',
        // A render that goes to a thread: the pool is started, ready and idle when this ends.
        `console.log(await threads.render(${JSON.stringify(LOOPING)}, 'liquid', ${JSON.stringify({ ...VARIABLES, requestLanguage: 'en' })}));`,
      ]);
      assert.equal(printed.trim(), 'Code 123456');
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});

describe('template threads that cannot start', () => {
  test('after three failed starts the pool stops starting threads and renders in this thread', async () => {
    const reasons: string[] = [];
    const threads = createTemplateWorkers({
      threadFile: new URL('./fixtures/broken-template-thread.mjs', import.meta.url),
      onUnavailable: (reason) => reasons.push(reason),
    });
    try {
      const rendered = await threads.render(LOOPING, 'liquid', {
        ...VARIABLES,
        requestLanguage: 'en',
      });
      assert.equal(rendered, 'Code 123456');
      // Given time to start again, it does not: the reason was told once.
      await new Promise((resolve) => setTimeout(resolve, 500));
      assert.equal(reasons.length, 1, reasons.join('\n'));
      assert.match(reasons[0]!, /cannot start|exited/);
      assert.equal(
        await threads.render(`Hi ${LOOPING}`, 'liquid', { ...VARIABLES, requestLanguage: 'en' }),
        'Hi Code 123456',
      );
    } finally {
      await threads.close();
    }
  });

  test('a template that cannot repeat anything renders in this thread and starts none', async () => {
    const reasons: string[] = [];
    const threads = createTemplateWorkers({
      threadFile: new URL('./fixtures/broken-template-thread.mjs', import.meta.url),
      onUnavailable: (reason) => reasons.push(reason),
    });
    try {
      const variables = { ...VARIABLES, requestLanguage: 'fr' };
      assert.equal(
        await threads.render(
          "{% if request_language == 'fr' %}Code : {{ code }}{% else %}Code: {{ code }}{% endif %}",
          'liquid',
          variables,
        ),
        'Code : 123456',
      );
      assert.equal(
        await threads.render('Code @@password@@', 'md_with_macros', variables),
        'Code 123456',
      );
      await new Promise((resolve) => setTimeout(resolve, 300));
      assert.deepEqual(reasons, [], 'no thread was started, so none failed');
    } finally {
      await threads.close();
    }
  });
});

describe('a hostile template on the Node server', () => {
  let dir: string | undefined;
  after(async () => {
    killAllStarted();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  test(
    'six concurrent hostile starts leave /healthz answered as usual',
    { timeout: 120_000 },
    async (t) => {
      dir = await mkdtemp(join(tmpdir(), 'sms-login-templates-'));
      const configFile = join(dir, 'config.json');
      await writeFile(
        configFile,
        JSON.stringify({
          domain: 'tenant.example.com',
          clients: [{ client_id: 'spa', name: 'App' }],
          connections: [
            { name: 'sms', enabled_clients: ['spa'], options: { template: HOSTILE_IN_FRENCH } },
          ],
          rate_limits: {
            passwordless_start_per_ip: { burst: 1000, per_hour: 1000 },
            distinct_numbers_per_ip: { burst: 1000, per_hour: 1000 },
          },
        }),
      );
      const server = await startServer(['--config', configFile, '--memory', '--quiet']);
      const healthz = async () => (await timed(() => fetch(`${server.url}/healthz`)))[0];
      const start = (index: number, language = 'fr') =>
        timed(() =>
          fetch(`${server.url}/passwordless/start`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'x-request-language': language },
            body: JSON.stringify({
              client_id: 'spa',
              connection: 'sms',
              phone_number: `+1415555${String(1000 + index)}`,
            }),
          }),
        );

      // An English start renders at once: once it is answered, the template threads are up.
      const [, english] = await start(98, 'en');
      assert.equal(english.status, 200);
      for (let i = 0; i < 5; i++) await healthz();
      const quiet: number[] = [];
      for (let i = 0; i < 20; i++) quiet.push(await healthz());
      // One hostile start alone: what a hostile start costs on this machine now.
      const [alone] = await start(99);

      const attack = Promise.all([0, 1, 2, 3, 4, 5].map((index) => start(index)));
      const attackOver = { value: false };
      void attack.then(() => (attackOver.value = true));
      const during: number[] = [];
      while (!attackOver.value) during.push(await healthz());
      const hostile = await attack;

      for (const [, response] of hostile) {
        assert.equal(response.status, 400);
        assert.equal(((await response.json()) as { error: string }).error, 'sms_provider_error');
      }
      const renders = hostile.map(([ms]) => ms);
      const slowest = Math.max(...renders);
      const figures = `one hostile start alone ${alone.toFixed(0)} ms; healthz ${median(quiet).toFixed(1)} ms quiet, ${median(during).toFixed(1)} ms (median) and ${Math.max(...during).toFixed(1)} ms (max) during; hostile starts ${Math.min(...renders).toFixed(0)}–${slowest.toFixed(0)} ms`;
      t.diagnostic(figures);
      assert.ok(during.length >= 3, figures);
      // In the request thread, each healthz would wait for the renders ahead of it (ratio ≥ 1).
      assert.ok(median(during) / median(renders) < 0.1, figures);
      assert.ok(Math.max(...during) / median(renders) < 0.5, figures);
      // Each of the six costs about what one costs alone, not the sum of the others' (six in a
      // row would be about 6×; two threads without a deadline, about 3×).
      assert.ok(slowest / alone < 2, figures);
    },
  );
});
