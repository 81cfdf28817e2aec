// A throwaway PostgreSQL cluster for the bench: `node --import tsx postgres-cluster.ts <db>...`
// creates each database, prints `READY <url>...` and removes the cluster on SIGTERM.
import { startPostgresCluster } from '../../mock-server/test/support/postgres-cluster.ts';

const cluster = await startPostgresCluster();
const urls: string[] = [];
for (const name of process.argv.slice(2)) urls.push(await cluster.createDatabase(name));
process.stdout.write(`READY ${urls.join(' ')}\n`);
// Nothing else keeps this process alive until it is told to stop.
const alive = setInterval(() => {}, 1 << 30);
const stop = () => {
  clearInterval(alive);
  void cluster.remove().finally(() => process.exit(0));
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
