// How cost grows with the store's size, in-process (no sockets):
// `node --expose-gc --max-old-space-size=8192 --import tsx scale.ts <memory|sqlite> [sizes…]`.
// For each size: a store seeded through the store API with that many pending codes and users,
// next to an empty one; start and token through each backend's fetch handler (16 in flight) and
// the store calls they lean on (one at a time), in alternating bursts. Prints one JSON line.
import { existsSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hashCode } from '../../mock-server/src/otp/code.ts';
import { randomHex } from '../../mock-server/src/crypto/digest.ts';
import type { Store } from '../../mock-server/src/store/types.ts';
import { newSmsUser } from '../../mock-server/src/users/users.ts';
import {
  CLIENT_ID,
  CONNECTION,
  FILL_PREFIX,
  KNOWN_CODE,
  OTP_GRANT,
  openBackend,
  openStore,
  phone,
  seedKnownCodes,
  START_PREFIX,
  TOKEN_PREFIX,
  type StoreKind,
} from './common.ts';

const [kind = 'memory', ...sizeArgs] = process.argv.slice(2);
const sizes = sizeArgs.length ? sizeArgs.map(Number) : [10_000, 1_000_000];
const ROUNDS = 3;
const START_OPS = 1500;
const TOKEN_OPS = 400;
const STORE_OPS = 10_000;
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
const heap = () => {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
};

async function inFlight(count: number, width: number, task: (index: number) => Promise<void>) {
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < count) await task(next++);
    }),
  );
  return count / ((performance.now() - started) / 1000);
}

/** `count` pending codes (random hashes: nobody redeems them) and `count` users, in batches. */
async function fill(store: Store, count: number) {
  const now = Date.now();
  const batch = 1000;
  let heapBefore = heap();
  for (let offset = 0; offset < count; offset += batch) {
    const jobs: Promise<void>[] = [];
    for (let index = offset; index < Math.min(count, offset + batch); index++)
      jobs.push(
        store.saveIssuedCode({
          connection: CONNECTION,
          phoneNumber: phone(FILL_PREFIX, index),
          codeHash: randomHex(32),
          issuedAt: now,
          expiresAt: now + 3_600_000,
          failedAttempts: 0,
          exhausted: false,
        }),
      );
    await Promise.all(jobs);
  }
  const heapCodes = heap();
  const codeBytes = count ? (heapCodes - heapBefore) / count : 0;
  heapBefore = heapCodes;
  const at = new Date(now).toISOString();
  for (let offset = 0; offset < count; offset += batch) {
    const jobs: Promise<unknown>[] = [];
    for (let index = offset; index < Math.min(count, offset + batch); index++)
      jobs.push(store.recordLogin(newSmsUser(CONNECTION, phone(FILL_PREFIX, index), now), at));
    await Promise.all(jobs);
  }
  const userBytes = count ? (heap() - heapBefore) / count : 0;
  return { codeBytes, userBytes };
}

const json = (body: unknown) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});

interface Subject {
  store: Store;
  backend: ReturnType<typeof openBackend>;
  file: string;
  key: string;
}

async function open(label: string): Promise<Subject> {
  const file = join(tmpdir(), `sms-login-bench-scale-${process.pid}-${label}.db`);
  for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
  const store = await openStore(kind as StoreKind, file);
  const backend = openBackend(store);
  await backend.context.tenant.ready;
  await backend.context.signingKey();
  const tokenNumbers = Array.from({ length: ROUNDS * TOKEN_OPS + 50 }, (_, index) =>
    phone(TOKEN_PREFIX, index),
  );
  await seedKnownCodes(backend, tokenNumbers);
  return { store, backend, file, key: await backend.context.codeHashKey() };
}

function close(subject: Subject) {
  (subject.store as { close?: () => unknown }).close?.();
  for (const suffix of ['', '-wal', '-shm']) rmSync(subject.file + suffix, { force: true });
}

const url = 'http://127.0.0.1:8787';

/** One short burst of each measure; `round` picks numbers no earlier round used. */
async function burst(subject: Subject, round: number, size: number) {
  const { backend, store, key } = subject;
  const start = await inFlight(START_OPS, 16, async (index) => {
    const response = await backend.fetch(
      new Request(
        `${url}/passwordless/start`,
        json({
          client_id: CLIENT_ID,
          connection: CONNECTION,
          phone_number: phone(START_PREFIX, round * START_OPS + index),
          send: 'code',
        }),
      ),
    );
    if (response.status !== 200) throw new Error(`start answered ${response.status}`);
    await response.arrayBuffer();
  });
  const token = await inFlight(TOKEN_OPS, 16, async (index) => {
    const response = await backend.fetch(
      new Request(`${url}/oauth/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({
          grant_type: OTP_GRANT,
          client_id: CLIENT_ID,
          realm: CONNECTION,
          username: phone(TOKEN_PREFIX, round * TOKEN_OPS + index),
          otp: KNOWN_CODE,
          scope: 'openid',
        }).toString(),
      }),
    );
    if (response.status !== 200) throw new Error(`token answered ${response.status}`);
    await response.arrayBuffer();
  });
  // Store calls alone: save a code for a new number, redeem that right code, find a user.
  const first = 1_000_000 + round * STORE_OPS;
  const hashes = await Promise.all(
    Array.from({ length: STORE_OPS }, (_, index) =>
      hashCode(key, CONNECTION, phone(TOKEN_PREFIX, first + index), KNOWN_CODE),
    ),
  );
  const now = Date.now();
  const save = await inFlight(STORE_OPS, 1, (index) =>
    store.saveIssuedCode({
      connection: CONNECTION,
      phoneNumber: phone(TOKEN_PREFIX, first + index),
      codeHash: hashes[index]!,
      issuedAt: now,
      expiresAt: now + 3_600_000,
      failedAttempts: 0,
      exhausted: false,
    }),
  );
  const redeem = await inFlight(STORE_OPS, 1, async (index) => {
    const outcome = await store.redeemCode({
      connection: CONNECTION,
      phoneNumber: phone(TOKEN_PREFIX, first + index),
      candidateHash: hashes[index]!,
      now,
      maxAttempts: 3,
    });
    if (outcome.outcome !== 'accepted') throw new Error(`redeem: ${outcome.outcome}`);
  });
  const findUser = await inFlight(STORE_OPS, 1, async (index) => {
    await store.findUserByPhone(CONNECTION, phone(FILL_PREFIX, size ? index % size : index));
  });
  return { start, token, save, redeem, findUser };
}

type Figures = Awaited<ReturnType<typeof burst>>;
const best = (runs: Figures[]): Figures =>
  Object.fromEntries(
    Object.keys(runs[0]!).map((name) => [
      name,
      Math.max(...runs.map((run) => run[name as keyof Figures])),
    ]),
  ) as unknown as Figures;

/**
 * An empty store and one seeded with `size` codes and users, in one process, measured in
 * alternating bursts (empty, seeded, empty, seeded…); each figure is the best of its bursts, so
 * a burst slowed by other work on the machine does not count against either side.
 */
async function measure(size: number) {
  const empty = await open('empty');
  const seeded = await open('seeded');
  const fillStarted = performance.now();
  const memory = await fill(seeded.store, size);
  const fillSeconds = (performance.now() - fillStarted) / 1000;
  const fileBytes = ['', '-wal'].reduce(
    (total, suffix) =>
      total + (existsSync(seeded.file + suffix) ? statSync(seeded.file + suffix).size : 0),
    0,
  );
  const emptyRuns: Figures[] = [];
  const seededRuns: Figures[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    emptyRuns.push(await burst(empty, round, 0));
    seededRuns.push(await burst(seeded, round, size));
  }
  close(empty);
  close(seeded);
  return {
    size,
    fillSeconds,
    fileBytes,
    ...memory,
    empty: best(emptyRuns),
    seeded: best(seededRuns),
  };
}

await measure(1000); // warm-up: JIT and the signing key path
const results = [];
for (const size of sizes) results.push(await measure(size));
process.stdout.write(`${JSON.stringify({ store: kind, rounds: ROUNDS, results })}\n`);
