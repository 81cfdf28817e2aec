// `npm run bench`: measures the backend, its growth with the store, template rendering and the
// widget, and writes the figures into BENCHMARKS.md (between the bench:results markers).
// Options: --quick (short runs, for trying the script), --only=backend,scale,templates,fixes,durability,widget,startup,
// --stores=memory,sqlite,postgres (the backend's rows to measure; default all that can run),
// --no-write (print only), --report (rewrite BENCHMARKS.md from results.json, measure nothing).
import { execFile, execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBenchServer } from './build-server.mjs';
import { CONCURRENT_GC_ROW, renderReport } from './report.mjs';
import { machineBetween, machineSnapshot, percent } from './machine.mjs';
import { medianRounds } from './rounds.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const root = join(here, '..', '..');
const argv = process.argv.slice(2);
const quick = argv.includes('--quick');
const write = !argv.includes('--no-write');
const reportOnly = argv.includes('--report');
const only = reportOnly
  ? []
  : argv
      .find((arg) => arg.startsWith('--only='))
      ?.slice('--only='.length)
      .split(',');
const wanted = (part) => !only || only.includes(part);
const storesAsked = argv
  .find((arg) => arg.startsWith('--stores='))
  ?.slice('--stores='.length)
  .split(',');
const storeWanted = (store) => !storesAsked || storesAsked.includes(store);

const WARM_S = quick ? 1 : 3;
const MEASURE_S = quick ? 3 : 10;
const CONNECTIONS = 50;
// The floor, memory and SQLite rows are measured in ROUNDS rounds, interleaved (every row of a
// round, then the next round), and reported by their median round: one 10 s run on this kind of
// machine moves by a third.
const ROUNDS = quick ? 1 : 3;
// Seeded token numbers: the first half warms up, the second half is measured.
const TOKEN_SEED = quick ? 20_000 : 60_000;

// --- wrk ---------------------------------------------------------------------------------------
function ensureWrk() {
  if (existsSync('/usr/bin/wrk')) return;
  const command = 'apt-get install -y wrk';
  if (process.getuid?.() !== 0) {
    console.error(`wrk is missing. Install it, then run again:\n  sudo ${command}`);
    process.exit(1);
  }
  console.log(`> ${command}`);
  const result = spawnSync('sh', ['-c', `apt-get update && ${command}`], { stdio: 'inherit' });
  if (result.status !== 0 || !existsSync('/usr/bin/wrk')) {
    console.error(`Could not install wrk (${command}).`);
    process.exit(1);
  }
}

// Two cores or more: the server process (with its libuv thread pool) on core 0, wrk on core 1.
const cores = cpus().length;
const pinned = cores >= 2 && existsSync('/usr/bin/taskset');
const onCore = (core, command, args) =>
  pinned ? ['taskset', ['-c', String(core), command, ...args]] : [command, args];
const SERVER_CORE = 0;
const LOAD_CORE = 1;

function startProcess(args, label) {
  const [command, commandArgs] = onCore(SERVER_CORE, process.execPath, args);
  const child = spawn(command, commandArgs, { cwd: here, stdio: ['ignore', 'pipe', 'pipe'] });
  // The bench server reports its event loop on SIGUSR2 (`LOOP {...}` on stderr); the rest passes.
  child.loopReports = [];
  let errors = '';
  child.stderr.on('data', (chunk) => {
    errors += chunk;
    const lines = errors.split('\n');
    errors = lines.pop();
    for (const line of lines)
      if (line.startsWith('LOOP ')) child.loopReports.push(JSON.parse(line.slice(5)));
      else process.stderr.write(`${line}\n`);
  });
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk) => {
      output += chunk;
      const match = /READY (\d+)/.exec(output);
      if (match) {
        child.stdout.off('data', onData);
        resolve({ port: Number(match[1]), child });
      }
    };
    child.stdout.on('data', onData);
    child.once('exit', (code) =>
      reject(new Error(`${label} exited (${code}) before it was ready`)),
    );
  });
}

function stopProcess(child) {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/** Runs a section; a failure is recorded in the results instead of losing the other sections. */
async function section(name, run) {
  try {
    results[name] = await run();
  } catch (error) {
    console.error(`  ${name} failed: ${error.message.split('\n')[0]}`);
    results.failed = { ...results.failed, [name]: error.message.split('\n')[0] };
  }
}

function runNode(args, label) {
  const [command, commandArgs] = onCore(SERVER_CORE, process.execPath, args);
  console.log(`  ${label}…`);
  const output = execFileSync(command, commandArgs, {
    cwd: here,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(output.trim().split('\n').at(-1));
}

// Written once per run and named after it: rewriting it while a wrk reads it (two at once for
// the two-instance rows) would hand that wrk an empty script.
const scenarioFiles = new Set();
process.on('exit', () => {
  for (const file of scenarioFiles) rmSync(file, { force: true });
});
const scenarioScript = (scenario) => {
  const file = join(tmpdir(), `sms-login-bench-${process.pid}-${scenario}.lua`);
  if (scenarioFiles.has(file)) return file;
  writeFileSync(
    file,
    readFileSync(join(here, 'lua', 'report.lua'), 'utf8') +
      '\n' +
      readFileSync(join(here, 'lua', `${scenario}.lua`), 'utf8'),
  );
  scenarioFiles.add(file);
  return file;
};

const wrkCommand = (scenario, port, seconds, base, connections = CONNECTIONS) =>
  onCore(LOAD_CORE, 'wrk', [
    '-t1',
    `-c${connections}`,
    `-d${seconds}s`,
    '--timeout',
    '10s',
    '-s',
    scenarioScript(scenario),
    `http://127.0.0.1:${port}`,
    '--',
    String(base),
  ]);

function wrkFigures(output) {
  const line = output.split('\n').find((text) => text.startsWith('BENCH '));
  const result = JSON.parse(line.slice('BENCH '.length));
  const perSecond = result.requests / (result.duration_us / 1e6);
  return {
    ...result,
    perSecond,
    completedPerSecond: result.completed / (result.duration_us / 1e6),
  };
}

function wrk(scenario, port, seconds, base = 0) {
  const [command, args] = wrkCommand(scenario, port, seconds, base);
  return wrkFigures(execFileSync(command, args, { encoding: 'utf8' }));
}

/**
 * One wrk per server, at once, the connections split between them, each on numbers of its own
 * (`base + index * spread`): the figures of several instances behind one balancer, summed.
 * Latencies are the worst of the runs.
 */
async function wrkTogether(scenario, ports, seconds, base, spread) {
  const runs = await Promise.all(
    ports.map((port, index) => {
      const [command, args] = wrkCommand(
        scenario,
        port,
        seconds,
        base + index * spread,
        Math.ceil(CONNECTIONS / ports.length),
      );
      return new Promise((resolve, reject) =>
        execFile(command, args, { encoding: 'utf8' }, (error, stdout, stderr) => {
          if (error) return reject(error);
          try {
            resolve(wrkFigures(stdout));
          } catch {
            // The section's failure keeps one line: what wrk printed goes to the console.
            console.error(stdout + stderr);
            reject(new Error(`wrk ${scenario} on port ${port} printed no figures`));
          }
        }),
      );
    }),
  );
  const sum = (key) => runs.reduce((total, run) => total + run[key], 0);
  const worst = (key) => Math.max(...runs.map((run) => run[key]));
  return {
    requests: sum('requests'),
    completed: sum('completed'),
    duration_us: worst('duration_us'),
    status_errors: sum('status_errors'),
    socket_errors: sum('socket_errors'),
    p50_us: worst('p50_us'),
    p99_us: worst('p99_us'),
    mean_us: worst('mean_us'),
    perSecond: sum('perSecond'),
    completedPerSecond: sum('completedPerSecond'),
    instances: runs.length,
  };
}

/**
 * Warm-up (discarded), then the measured run on numbers the warm-up did not touch; `beforeRun`
 * is called between them (the bench server resets its event-loop figures). The measured run
 * carries what the machine did meanwhile (`machine.mjs`): each core's busy share and steal.
 */
function measure(scenario, port, measureBase, beforeRun = () => {}) {
  wrk(scenario, port, WARM_S, 0);
  beforeRun();
  const before = machineSnapshot();
  const result = wrk(scenario, port, MEASURE_S, measureBase);
  const machine = machineBetween(before, machineSnapshot(), [SERVER_CORE, LOAD_CORE]);
  const flag = result.status_errors || result.socket_errors ? ' (errors!)' : '';
  const machineNote = machine
    ? `; cores busy ${machine.busy.map(percent).join(' / ')}, steal ${machine.steal_ms.join(' / ')} ms, ${machine.tcp_retransmits} TCP retransmits`
    : '';
  console.log(
    `    ${scenario}: ${Math.round(result.perSecond)} req/s, p50 ${result.p50_us} µs, p99 ${result.p99_us} µs${flag}${machineNote}`,
  );
  return { ...result, machine };
}

/** The bare RS256 signing rates (sign.ts), the synchronous loop as long as a measured run. */
const signingRate = () =>
  runNode(
    ['--import', 'tsx', 'sign.ts', quick ? '1' : '3', String(MEASURE_S)],
    'RS256 signing rate',
  );

/**
 * One store's rows, on a server of its own started for them (so every round starts from the same
 * state: a seeded store and nothing else). The bare server runs alongside (idle while not
 * measured), and each row is paired with a bare measurement taken right before it, so a ratio
 * compares two runs seconds apart on the same machine state; the token row is paired with a
 * signing-rate run as well.
 */
async function backendRuns(storeKind, bareBase, database, nodeFlags = []) {
  const db = database ?? join(tmpdir(), `sms-login-bench-${storeKind}.db`);
  console.log(`  backend, ${storeKind} store ${nodeFlags.join(' ')}(seeding ${TOKEN_SEED} codes)…`);
  const { port, child } = await startProcess(
    [...nodeFlags, benchServer, storeKind, String(TOKEN_SEED), db],
    `bench server (${storeKind})`,
  );
  const paired = async (scenario, base) => {
    const ceiling = wrk('bare', bareBase, MEASURE_S);
    const run = measure(scenario, port, base, () => child.kill('SIGUSR2'));
    child.kill('SIGUSR2');
    await new Promise((resolve) => setTimeout(resolve, 300));
    const loop = child.loopReports.at(-1);
    console.log(
      `      paired bare: ${Math.round(ceiling.perSecond)} req/s; event loop delay p99 ${loop?.p99_ms.toFixed(1)} ms, max ${loop?.max_ms.toFixed(1)} ms, longest GC ${loop?.longest_gc_ms.toFixed(1)} ms`,
    );
    return { ...run, ceiling, loop };
  };
  try {
    const start = await paired('start', 3_000_000);
    const token = await paired('token', TOKEN_SEED / 2);
    token.sign = signingRate();
    const login = await paired('login', 3_000_000);
    return { start, token, login };
  } finally {
    await stopProcess(child);
  }
}

/**
 * Two bench servers on one PostgreSQL database, each with its own wrk and half the
 * connections; the rows are their sums, paired with the ceiling as every row is. On two cores
 * both servers share one core (and PostgreSQL takes from both): what it shows is the cost of
 * sharing the database, not the gain of a second machine.
 */
async function twoInstanceRuns(bareBase, database) {
  console.log(`  backend, postgres store, 2 instances (seeding ${TOKEN_SEED} codes)…`);
  const first = await startProcess(
    [benchServer, 'postgres', String(TOKEN_SEED), database],
    'bench server (postgres, first)',
  );
  let second;
  try {
    second = await startProcess(
      [benchServer, 'postgres', '0', database],
      'bench server (postgres, second)',
    );
    const ports = [first.port, second.port];
    const paired = async (scenario, warmBase, base, spread) => {
      const ceiling = wrk('bare', bareBase, MEASURE_S);
      await wrkTogether(scenario, ports, WARM_S, warmBase, spread);
      const run = await wrkTogether(scenario, ports, MEASURE_S, base, spread);
      const flag = run.status_errors || run.socket_errors ? ' (errors!)' : '';
      console.log(
        `    ${scenario}: ${Math.round(run.perSecond)} req/s, p50 ${run.p50_us} µs, p99 ${run.p99_us} µs${flag}; paired bare: ${Math.round(ceiling.perSecond)} req/s`,
      );
      return { ...run, ceiling };
    };
    // Seeded token numbers 0 .. TOKEN_SEED-1, in four quarters: two warm-ups, two measured runs.
    const start = await paired('start', 0, 3_000_000, 500_000);
    const token = await paired('token', 0, TOKEN_SEED / 2, TOKEN_SEED / 4);
    const login = await paired('login', 0, 3_000_000, 500_000);
    return { start, token, login };
  } finally {
    if (second) await stopProcess(second.child);
    await stopProcess(first.child);
  }
}

/** A throwaway PostgreSQL cluster with `databases`, for the PostgreSQL rows. */
function startCluster(databases) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'postgres-cluster.ts', ...databases], {
    cwd: here,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const match = /READY (.*)\n/.exec(output);
      if (match) resolve({ urls: match[1].split(' '), child });
    });
    child.once('exit', (code) => reject(new Error(`postgres cluster exited (${code})`)));
  });
}

// --- main ------------------------------------------------------------------------------------
if (wanted('backend')) ensureWrk();
// The bench server as the command is built: what users run (build-server.mjs).
const benchServer = wanted('backend') ? await buildBenchServer() : undefined;
const sqlite = existsSync(join(root, 'mock-server', 'src', 'store', 'sqlite.ts'));
const stores = sqlite ? ['memory', 'sqlite'] : ['memory'];
// PostgreSQL's rows need its store and Debian's server binaries (apt-get install -y postgresql).
const postgres =
  existsSync(join(root, 'mock-server', 'src', 'store', 'postgres.ts')) &&
  existsSync('/usr/lib/postgresql/15/bin/initdb');
const results = {
  date: new Date().toISOString(),
  command: `npm run bench${argv.length ? ` -- ${argv.join(' ')}` : ''}`,
  machine: {
    nproc: cores,
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    node: process.version,
    wrk: existsSync('/usr/bin/wrk')
      ? spawnSync('wrk', ['--version'], { encoding: 'utf8' }).stdout.split(' Copyright')[0]
      : 'not installed',
    pinned,
    loadBefore: loadavg()[0],
  },
  settings: { warmSeconds: WARM_S, measureSeconds: MEASURE_S, connections: CONNECTIONS },
  stores,
  sqlite,
  postgres,
};

if (wanted('backend'))
  await section('backend', async () => {
    console.log('Backend over loopback (wrk):');
    const bare = await startProcess(['bare.mjs'], 'bare server');
    try {
      wrk('bare', bare.port, WARM_S);
      // A floor server (no backend) paired like every row, the ceiling run just before it.
      const floorRun = async (serverArgs, label, scenario, base) => {
        const floor = await startProcess(serverArgs, label);
        try {
          const ceiling = wrk('bare', bare.port, MEASURE_S);
          return { ...measure(scenario, floor.port, base), ceiling };
        } finally {
          await stopProcess(floor.child);
        }
      };
      // The framework floor: the smallest app on the same HTTP stack; as the backend sets CORS
      // headers (`start`), and through Hono's cors middleware.
      const frameworkFloorRun = (how) =>
        floorRun(['floor.mjs', how], `framework floor server (${how})`, 'start', 3_000_000);
      // The signing floor: bare node:http and one signature per answer, paired as the token
      // row is (the ceiling before it, the signing rate after it): the most a token row can reach.
      const signFloorRun = async () => ({
        ...(await floorRun(
          ['--import', 'tsx', 'sign-floor.ts'],
          'signing floor server',
          'token',
          TOKEN_SEED / 2,
        )),
        sign: signingRate(),
      });
      const rounds = [];
      for (let round = 1; round <= ROUNDS; round++) {
        console.log(`  round ${round} of ${ROUNDS}`);
        const runs = {
          floor: {
            start: await frameworkFloorRun('answer-headers'),
            corsMiddleware: await frameworkFloorRun('cors-middleware'),
            signing: await signFloorRun(),
          },
        };
        for (const store of stores.filter(storeWanted)) {
          runs[store] = await backendRuns(store, bare.port);
          // Before and after the one-core relaunch: the same server with V8's helper threads.
          if (store === 'memory')
            runs[CONCURRENT_GC_ROW] = await backendRuns(store, bare.port, undefined, [
              '--no-single-threaded-gc',
            ]);
        }
        rounds.push(runs);
      }
      const runs = medianRounds(rounds);
      if (postgres && storeWanted('postgres')) {
        const cluster = await startCluster(['bench_one', 'bench_two']);
        try {
          runs.postgres = await backendRuns('postgres', bare.port, cluster.urls[0]);
          runs['postgres, 2 instances'] = await twoInstanceRuns(bare.port, cluster.urls[1]);
        } finally {
          await stopProcess(cluster.child);
        }
      }
      return runs;
    } finally {
      await stopProcess(bare.child);
    }
  });

if (wanted('scale'))
  await section('scale', () => {
    console.log('Growth with the store (in-process):');
    const runs = {};
    for (const store of stores)
      runs[store] = runNode(
        ['--expose-gc', '--max-old-space-size=8192', '--import', 'tsx', 'scale.ts', store],
        `${store} store`,
      );
    return runs;
  });

if (wanted('templates'))
  await section('templates', () => {
    console.log('Templates:');
    return runNode(['--import', 'tsx', 'templates.ts', quick ? '1' : '3'], 'renders');
  });

if (wanted('fixes'))
  await section('fixes', () => {
    console.log('Hot-spot fixes, before and after in one process:');
    return runNode(['--import', 'tsx', 'fixes.ts', quick ? '1' : '2'], 'old and new forms');
  });

if (wanted('durability'))
  await section('durability', () => {
    console.log('SQLite writes, durable (the log synced) and not:');
    return runNode(['--import', 'tsx', 'durability.ts', quick ? '1' : '3'], 'writes');
  });

if (wanted('widget'))
  await section('widget', async () => {
    console.log('Widget:');
    const { measureWidget } = await import('./widget.mjs');
    return measureWidget({
      root,
      runs: quick ? 3 : 9,
      onCore: (command, args) => onCore(SERVER_CORE, command, args),
    });
  });

if (wanted('startup'))
  await section('startup', async () => {
    console.log('Server start-up (compiled bin):');
    const { measureStartup } = await import('./startup.mjs');
    return measureStartup({
      root,
      runs: quick ? 5 : 21,
      onCore: (command, args) => onCore(SERVER_CORE, command, args),
    });
  });

results.machine.loadAfter = loadavg()[0];

// Raw figures are kept next to the script; a partial run (--only) replaces only its own sections.
const raw = join(here, 'results.json');
const stored = existsSync(raw) ? JSON.parse(readFileSync(raw, 'utf8')) : undefined;
if (reportOnly && !stored) throw new Error(`--report: ${raw} does not exist yet`);
const merged = reportOnly
  ? stored
  : only && stored
    ? // The headline machine stays the one of the full run; each section names its own CPU.
      { ...stored, ...results, machine: stored.machine }
    : results;
if (!reportOnly)
  for (const part of ['backend', 'scale', 'templates', 'fixes', 'durability', 'widget', 'startup'])
    if (wanted(part) && results[part])
      (merged.sections ??= {})[part] = {
        date: results.date,
        command: results.command,
        load: [results.machine.loadBefore, results.machine.loadAfter],
        cpu: results.machine.cpu,
      };
if (write && !reportOnly) {
  writeFileSync(raw, `${JSON.stringify(merged, null, 2)}\n`);
  execFileSync('npx', ['prettier', '--log-level', 'warn', '--write', raw], { cwd: root });
}
console.log(`\nRaw figures: ${raw}`);
const report = renderReport(merged);
if (write) {
  const target = join(root, 'BENCHMARKS.md');
  const begin = '<!-- bench:results:begin -->';
  const end = '<!-- bench:results:end -->';
  const current = existsSync(target)
    ? readFileSync(target, 'utf8')
    : `# Benchmarks\n\n${begin}\n${end}\n`;
  const [head, rest = ''] = current.split(begin);
  const tail = rest.includes(end) ? rest.slice(rest.indexOf(end) + end.length) : '\n';
  writeFileSync(target, `${head}${begin}\n${report}\n${end}${tail}`);
  execFileSync('npx', ['prettier', '--log-level', 'warn', '--write', target], { cwd: root });
  console.log(`Written to ${target}`);
} else console.log(`\n${report}`);
