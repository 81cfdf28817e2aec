// The backend's Node server for wrk: `node --import tsx server.ts <memory|sqlite> <seed count> [db file]`.
// Seeds `KNOWN_CODE` for numbers `phone(TOKEN_PREFIX, 0..seed-1)`, listens on a free loopback port,
// prints `READY <port>`, and exits cleanly on SIGTERM (so `--cpu-prof` writes its profile).
import { rmSync } from 'node:fs';
import { startNodeServer } from '../../mock-server/src/adapters/node.ts';
import {
  openBackend,
  openStore,
  phone,
  seedKnownCodes,
  TOKEN_PREFIX,
  type StoreKind,
} from './common.ts';

const [kind = 'memory', seedText = '0', file] = process.argv.slice(2);
if (file) rmSync(file, { force: true });
const store = await openStore(kind as StoreKind, file);
const backend = openBackend(store);
await backend.context.tenant.ready;
await backend.context.signingKey();
const seed = Number(seedText);
await seedKnownCodes(
  backend,
  Array.from({ length: seed }, (_, index) => phone(TOKEN_PREFIX, index)),
);
const running = await startNodeServer(backend, { port: 0 });
process.stdout.write(`READY ${running.port}\n`);

const stop = () => {
  running.server.closeAllConnections?.();
  void running.close().finally(() => process.exit(0));
  setTimeout(() => process.exit(0), 2000).unref();
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
