// Before/after of the hot-spot fixes, both forms in one process, one after the other, so the
// ratio does not depend on the machine's load from run to run. Prints one JSON line.
import { hmacHex } from '../../mock-server/src/crypto/digest.ts';
import { createMemoryStore } from '../../mock-server/src/store/memory.ts';
import { createTenant } from '../../mock-server/src/tenant/tenant.ts';
import { parseConfig } from '../../mock-server/src/config/parse.ts';

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
process.stdout.write(`${JSON.stringify({ hmac, connections })}\n`);
