// How cost grows with the store's size, in-process (no sockets):
// `node --expose-gc --max-old-space-size=8192 --import tsx scale.ts <memory|sqlite> [sizes…]`.
// For each size: a fresh store seeded through the store API with that many pending codes and
// users, then start and token through the backend's fetch handler (16 in flight), and the store
// calls they lean on. Prints one JSON line.
import { existsSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hashCode } from '../../mock-server/src/otp/code.ts';
import { randomHex } from '../../mock-server/src/otp/digest.ts';
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
// SQLite commits each store call on its own (about a thousand rows a second here), so a million
// codes and a million users through the store API would take over half an hour: it stops at 10k.
const sizes = sizeArgs.length
  ? sizeArgs.map(Number)
  : kind === 'memory'
    ? [0, 10_000, 1_000_000]
    : [0, 10_000];
const START_OPS = 4000;
const TOKEN_OPS = 1500;
const STORE_OPS = 20_000;
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

async function measure(size: number) {
  const file = join(tmpdir(), `sms-login-bench-scale-${process.pid}.db`);
  rmSync(file, { force: true });
  const store = await openStore(kind as StoreKind, file);
  const backend = openBackend(store);
  await backend.context.tenant.ready;
  await backend.context.signingKey();
  const fillStarted = performance.now();
  const memory = await fill(store, size);
  const fillSeconds = (performance.now() - fillStarted) / 1000;
  const fileBytes = ['', '-wal'].reduce(
    (total, suffix) => total + (existsSync(file + suffix) ? statSync(file + suffix).size : 0),
    0,
  );
  const tokenNumbers = Array.from({ length: TOKEN_OPS }, (_, index) => phone(TOKEN_PREFIX, index));
  await seedKnownCodes(backend, tokenNumbers);
  const url = 'http://127.0.0.1:8787';

  const start = await inFlight(START_OPS, 16, async (index) => {
    const response = await backend.fetch(
      new Request(
        `${url}/passwordless/start`,
        json({
          client_id: CLIENT_ID,
          connection: CONNECTION,
          phone_number: phone(START_PREFIX, index),
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
          username: tokenNumbers[index]!,
          otp: KNOWN_CODE,
          scope: 'openid',
        }).toString(),
      }),
    );
    if (response.status !== 200) throw new Error(`token answered ${response.status}`);
    await response.arrayBuffer();
  });

  // Store calls alone: save a code for a new number, redeem a right code, find a user by number.
  const key = await backend.context.codeHashKey();
  const hashes = await Promise.all(
    Array.from({ length: STORE_OPS }, (_, index) =>
      hashCode(key, CONNECTION, phone(TOKEN_PREFIX, 100_000 + index), KNOWN_CODE),
    ),
  );
  const now = Date.now();
  const save = await inFlight(STORE_OPS, 1, (index) =>
    store.saveIssuedCode({
      connection: CONNECTION,
      phoneNumber: phone(TOKEN_PREFIX, 100_000 + index),
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
      phoneNumber: phone(TOKEN_PREFIX, 100_000 + index),
      candidateHash: hashes[index]!,
      now,
      maxAttempts: 3,
    });
    if (outcome.outcome !== 'accepted') throw new Error(`redeem: ${outcome.outcome}`);
  });
  const findUser = await inFlight(STORE_OPS, 1, async (index) => {
    await store.findUserByPhone(CONNECTION, phone(FILL_PREFIX, size ? index % size : index));
  });
  (store as { close?: () => unknown }).close?.();
  for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
  return { size, fillSeconds, fileBytes, ...memory, start, token, save, redeem, findUser };
}

await measure(1000); // warm-up: JIT and the signing key path
const results = [];
for (const size of sizes) results.push(await measure(size));
process.stdout.write(`${JSON.stringify({ store: kind, results })}\n`);
