// The backend's Node server for wrk:
// `node --import tsx server.ts <memory|sqlite|postgres> <seed count> [db file or URL]`.
// Seeds `KNOWN_CODE` for numbers `phone(TOKEN_PREFIX, 0..seed-1)`, listens on a free loopback port,
// prints `READY <port>`, and exits cleanly on SIGTERM (so `--cpu-prof` writes its profile).
// With SMS_LOGIN_BENCH_PROFILE=<file>, the V8 CPU profiler (what `--cpu-prof` runs) starts once
// seeding is done, so the profile holds the load alone; SIGTERM writes it to <file>. With
// SMS_LOGIN_BENCH_HEAP_PROFILE=<file>, V8's sampling heap profiler runs instead (every allocation
// it samples, collected or not), written to <file> as a .heapprofile.
import { rmSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Session } from 'node:inspector/promises';
import {
  constants,
  createHistogram,
  monitorEventLoopDelay,
  PerformanceObserver,
} from 'node:perf_hooks';
import { startNodeServer } from '../../mock-server/src/adapters/node.ts';
import { relaunchOnOneCore } from '../../mock-server/src/server/one-core.ts';
import {
  openBackend,
  openStore,
  phone,
  seedKnownCodes,
  TOKEN_PREFIX,
  type StoreKind,
} from './common.ts';

// As `sms-login-server` does on one core (the bench pins this process to one): it runs again with
// V8's garbage collector on the main thread, unless node was given `--no-single-threaded-gc`.
const relaunched = relaunchOnOneCore();
if (relaunched) process.exit(await relaunched);

const [kind = 'memory', seedText = '0', file] = process.argv.slice(2);
if (file && kind === 'sqlite') rmSync(file, { force: true });
const store = await openStore(kind as StoreKind, file);
const backend = openBackend(store);
await backend.context.tenant.ready;
await backend.context.signingKey();
const seed = Number(seedText);
await seedKnownCodes(
  backend,
  Array.from({ length: seed }, (_, index) => phone(TOKEN_PREFIX, index)),
);
const profileFile = process.env.SMS_LOGIN_BENCH_PROFILE;
const heapProfileFile = process.env.SMS_LOGIN_BENCH_HEAP_PROFILE;
const session = profileFile || heapProfileFile ? new Session() : undefined;
if (session && profileFile) {
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
} else if (session) {
  session.connect();
  await session.post('HeapProfiler.enable');
  await session.post('HeapProfiler.startSampling', {
    samplingInterval: 1024,
    includeObjectsCollectedByMajorGC: true,
    includeObjectsCollectedByMinorGC: true,
  });
}
// The event loop's delay and the longest garbage collection pauses, for the report's stall rows.
const loop = monitorEventLoopDelay({ resolution: 5 });
let longestGcMs = 0;
// When each major collection (mark-compact) ran, and each stall of the loop over STALL_MS: the
// report says how many stalls had a major collection in them.
const STALL_MS = 20;
const TICK_MS = 5;
let majorGcs: number[] = [];
let stalls: [number, number][] = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    longestGcMs = Math.max(longestGcMs, entry.duration);
    const gcKind = (entry.detail as { kind: number }).kind;
    if (gcKind === constants.NODE_PERFORMANCE_GC_MAJOR) majorGcs.push(entry.startTime);
  }
}).observe({ entryTypes: ['gc'] });
let lastTick = performance.now();
setInterval(() => {
  const now = performance.now();
  if (now - lastTick > STALL_MS + TICK_MS) stalls.push([lastTick, now]);
  lastTick = now;
}, TICK_MS).unref();
const stallReport = () => ({
  stalls: stalls.length,
  stalls_with_major_gc: stalls.filter(([from, to]) => majorGcs.some((at) => at >= from && at <= to))
    .length,
  major_gcs: majorGcs.length,
});
// The server's own time per request, from Node's `request` event to the answer handed to the
// socket (its waits for the thread pool and the store included): what wrk's latency adds to it
// is waiting before Node reads the request, in the socket, the event loop and the machine.
const ownTime = createHistogram();
process.on('SIGUSR2', () => {
  loop.disable();
  process.stderr.write(
    `LOOP ${JSON.stringify({ p50_ms: loop.percentile(50) / 1e6, p99_ms: loop.percentile(99) / 1e6, max_ms: loop.max / 1e6, longest_gc_ms: longestGcMs, own_p50_ms: ownTime.percentile(50) / 1e6, own_p99_ms: ownTime.percentile(99) / 1e6, ...stallReport() })}\n`,
  );
  loop.reset();
  ownTime.reset();
  majorGcs = [];
  stalls = [];
  longestGcMs = 0;
  loop.enable();
});
loop.enable();
const running = await startNodeServer(backend, { port: 0 });
// Timed on every sixteenth request, inside the server's one `request` listener: a second listener
// and a timer on every request were a few percent of a start, which no real server pays.
const OWN_TIME_EVERY = 16;
let requestCount = 0;
const listeners = running.server.listeners('request') as ((
  request: IncomingMessage,
  response: ServerResponse,
) => void)[];
if (listeners.length !== 1)
  throw new Error(`expected one request listener, found ${listeners.length}`);
const [serve] = listeners;
running.server.removeAllListeners('request');
running.server.on('request', (request: IncomingMessage, response: ServerResponse) => {
  if (++requestCount % OWN_TIME_EVERY === 0) {
    const started = process.hrtime.bigint();
    response.once('finish', () => ownTime.record(process.hrtime.bigint() - started || 1n));
  }
  serve!(request, response);
});
process.stdout.write(`READY ${running.port}\n`);

const stop = async () => {
  running.server.closeAllConnections?.();
  if (session && profileFile) {
    const { profile } = await session.post('Profiler.stop');
    writeFileSync(profileFile, JSON.stringify(profile));
  } else if (session && heapProfileFile) {
    const { profile } = await session.post('HeapProfiler.stopSampling');
    writeFileSync(heapProfileFile, JSON.stringify(profile));
  }
  void running.close().finally(() => process.exit(0));
  setTimeout(() => process.exit(0), 2000).unref();
};
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());
