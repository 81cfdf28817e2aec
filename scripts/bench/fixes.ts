// Before/after of the hot-spot fixes, both forms in one process, one after the other, so the
// ratio does not depend on the machine's load from run to run. Prints one JSON line.
import { hmacHex } from '../../mock-server/src/crypto/digest.ts';
import { createMemoryStore } from '../../mock-server/src/store/memory.ts';
import { createTenant } from '../../mock-server/src/tenant/tenant.ts';
import { parseConfig } from '../../mock-server/src/config/parse.ts';
import { jsonAnswer } from '../../mock-server/src/json-answer.ts';
import { publicCorsHeaders } from '../../mock-server/src/http/credentialed-cors.ts';
import { ShardedMap } from '../../mock-server/src/store/sharded-map.ts';
import { createForgetting } from '../../mock-server/src/store/forgetting.ts';
import { getRequestListener } from '@hono/node-server';

const seconds = Number(process.argv[2] ?? '2');
const encoder = new TextEncoder();
const hex = (buffer: ArrayBuffer): string =>
  Array.from(new Uint8Array(buffer), (byte) => byte.toString(16).padStart(2, '0')).join('');

/** The code hash as it was: the raw key imported again for every hash. */
async function hmacHexImportEachTime(keyHex: string, message: string): Promise<string> {
  const keyBytes = new Uint8Array(keyHex.match(/../g)!.map((pair) => parseInt(pair, 16)));
  const key = await crypto.subtle.importKey(
    'raw',
    keyBytes,
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  return hex(await crypto.subtle.sign('HMAC', key, encoder.encode(message)));
}

async function rate(task: (index: number) => Promise<unknown>, inFlight = 16): Promise<number> {
  let count = 0;
  const started = performance.now();
  const end = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: inFlight }, async () => {
      while (performance.now() < end) await task(count++);
    }),
  );
  return count / ((performance.now() - started) / 1000);
}

const key = 'ab'.repeat(32);
const message = (index: number) =>
  `sms\u0000+1555${String(index % 1e7).padStart(7, '0')}\u0000123456`;
if ((await hmacHex(key, 'x')) !== (await hmacHexImportEachTime(key, 'x')))
  throw new Error('the two HMAC forms disagree');
await rate((index) => hmacHexImportEachTime(key, message(index)));
await rate((index) => hmacHex(key, message(index)));
const hmac = {
  before: await rate((index) => hmacHexImportEachTime(key, message(index))),
  after: await rate((index) => hmacHex(key, message(index))),
};

const connections: Record<string, { before: number; after: number }> = {};
for (const count of [1, 3, 50]) {
  const names = Array.from({ length: count }, (_, index) => `sms-${index}`);
  const config = parseConfig({
    domain: 'bench.example.com',
    clients: [{ client_id: 'bench', name: 'Bench' }],
    connections: names.map((name) => ({ name, enabled_clients: ['bench'] })),
  });
  const tenant = createTenant(createMemoryStore(), config);
  await tenant.ready;
  const wanted = names[Math.floor(count / 2)]!;
  const scan = async () =>
    (await tenant.listConnections()).find((connection) => connection.name === wanted);
  await rate(scan, 1);
  await rate(() => tenant.findConnection(wanted), 1);
  connections[String(count)] = {
    before: await rate(scan, 1),
    after: await rate(() => tenant.findConnection(wanted), 1),
  };
}
// A start's answer as the Node door writes it (@hono/node-server's light Response, as the
// server runs): Response.json with the rate-limit headers, the CORS headers set on it, its
// Headers read back into a record → one plain record from the start.
getRequestListener(() => new Response(null));
const answerBody = {
  _id: '0123456789abcdef01234567',
  phone_number: '+15550000000',
  phone_verified: false,
  request_language: null,
};
const rateHeaders = {
  'X-RateLimit-Limit': '50',
  'X-RateLimit-Remaining': '49',
  'X-RateLimit-Reset': '1767225600',
};
const corsHeaders = publicCorsHeaders(undefined);
const written = (headers: Iterable<[string, string]>) => {
  const record: Record<string, string> = {};
  for (const [name, value] of headers) record[name] = value;
  return record;
};
const answerBefore = async () => {
  const response = Response.json(answerBody, { headers: rateHeaders });
  for (const [name, value] of Object.entries(corsHeaders))
    if (name === 'Vary') response.headers.append(name, value);
    else response.headers.set(name, value);
  return written(response.headers);
};
const answerAfter = async () => {
  jsonAnswer(answerBody, { headers: rateHeaders }, { answerHeaders: corsHeaders });
  return written(
    Object.entries({ 'Content-Type': 'application/json', ...rateHeaders, ...corsHeaders }),
  );
};
await rate(answerBefore, 1);
await rate(answerAfter, 1);
const answer = { before: await rate(answerBefore, 1), after: await rate(answerAfter, 1) };

// The longest single set while a map fills to a million keys like the store's: V8 rehashes a
// Map whole at each doubling; ShardedMap a 256th of it.
function longestSetMs(map: { set(key: string, value: number): unknown }): number {
  let longest = 0;
  for (let index = 0; index < 1_100_000; index++) {
    const started = performance.now();
    map.set(`sms\u0000+1888${String(index).padStart(7, '0')}`, index);
    longest = Math.max(longest, performance.now() - started);
  }
  return longest;
}
const stall = { before: longestSetMs(new Map()), after: longestSetMs(new ShardedMap()) };

// One SQLite write unit inside the open group transaction: db.transaction(work)() → the
// savepoint as three statements prepared once.
// better-sqlite3 is an optional dependency: without it the row is left out.
let savepoint: { before: number; after: number } | undefined;
const Database = await import('better-sqlite3').then(
  (module) => module.default,
  () => undefined,
);
if (Database) {
  const db = new Database(':memory:');
  db.exec('CREATE TABLE t (k INTEGER PRIMARY KEY, v TEXT)');
  const insert = db.prepare('INSERT OR REPLACE INTO t (k, v) VALUES (?, ?)');
  const open = db.prepare('SAVEPOINT unit');
  const release = db.prepare('RELEASE unit');
  db.exec('BEGIN');
  const viaTransaction = async (index: number) =>
    db.transaction(() => insert.run(index % 1000, 'x'))();
  const viaStatements = async (index: number) => {
    open.run();
    insert.run(index % 1000, 'x');
    release.run();
  };
  await rate(viaTransaction, 1);
  await rate(viaStatements, 1);
  savepoint = { before: await rate(viaTransaction, 1), after: await rate(viaStatements, 1) };
  db.exec('COMMIT');
}

// One rate-limit take in the memory store, over 100,000 buckets as a start's per-number ones:
// through the several-bucket path with one request → the one-bucket path.
const takes = createMemoryStore();
const takeRequest = (index: number) => ({
  bucket: `start-phone:sms:+1555${String(index % 100_000).padStart(7, '0')}`,
  capacity: 5,
  refillPerMs: 1 / 720_000,
  now: 1_000_000 + index,
});
let takeIndex = 0;
const takeViaMany = async () => takes.takeRateLimitTokens([takeRequest(takeIndex++)]);
const takeViaOne = async () => takes.takeRateLimitToken(takeRequest(takeIndex++));
await rate(takeViaMany, 1);
await rate(takeViaOne, 1);
const take = { before: await rate(takeViaMany, 1), after: await rate(takeViaOne, 1) };

// Forgetting dead buckets beside a start's writes, among 100,000 live ones (per-number buckets,
// an hour each), each write a new bucket full again 1 ms later: a walk round the map looking
// at three entries a write (the store's way before) → a queue by the time each one dies.
type Bucket = { fullAt: number };
function forgettingWrites(kind: 'walk' | 'queue') {
  const map = new ShardedMap<Bucket>();
  const forgetting = createForgetting(map, (bucket: Bucket) => bucket.fullAt, 3, {
    notedAtEveryWrite: false,
  });
  for (let index = 0; index < 100_000; index++) {
    const bucketKey = `ip-number:127.0.0.1:sms:+1555${String(index).padStart(7, '0')}`;
    map.set(bucketKey, { fullAt: 3_600_000 });
    forgetting.noted(bucketKey, { fullAt: 3_600_000 });
  }
  let cursor: Iterator<[string, Bucket]> | undefined;
  const walk = (now: number) => {
    for (let seen = 0; seen < 3; seen++) {
      cursor ??= map.entries();
      const next = cursor.next();
      if (next.done) return void (cursor = undefined);
      if (next.value[1].fullAt <= now) map.delete(next.value[0]);
    }
  };
  let now = 0;
  return async () => {
    now++;
    const bucketKey = `start-phone:sms:+1888${String(now).padStart(7, '0')}`;
    const bucket = { fullAt: now + 1 };
    map.set(bucketKey, bucket);
    if (kind === 'walk') walk(now);
    else {
      forgetting.noted(bucketKey, bucket);
      forgetting.step(now);
    }
  };
}
const walkWrite = forgettingWrites('walk');
const queueWrite = forgettingWrites('queue');
await rate(walkWrite, 1);
await rate(queueWrite, 1);
const forgetting = { before: await rate(walkWrite, 1), after: await rate(queueWrite, 1) };

process.stdout.write(
  `${JSON.stringify({ hmac, connections, answer, stall, savepoint, take, forgetting })}\n`,
);
