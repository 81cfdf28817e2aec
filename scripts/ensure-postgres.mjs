// The PostgreSQL store's tests start throwaway clusters with Debian's PostgreSQL 15 server. Install
// it when it is missing and we may (root); otherwise stop with the command to run.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

export const POSTGRES_INITDB = '/usr/lib/postgresql/15/bin/initdb';

export function ensurePostgres() {
  if (existsSync(POSTGRES_INITDB)) return true;
  const install = 'apt-get update && apt-get install -y postgresql';
  if (process.getuid?.() === 0) {
    console.log(
      `PostgreSQL 15 is missing (${POSTGRES_INITDB}): installing Debian's package (${install})`,
    );
    const result = spawnSync('sh', ['-c', install], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (result.status === 0 && existsSync(POSTGRES_INITDB)) return true;
    console.error(`Installing PostgreSQL failed. Run as root: ${install}`);
    return false;
  }
  console.error(
    `The backend tests need Debian's PostgreSQL 15 server (${POSTGRES_INITDB}). Install it with:\n  sudo sh -c '${install}'`,
  );
  return false;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exit(ensurePostgres() ? 0 : 1);
