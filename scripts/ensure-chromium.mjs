// The browser tests run in Debian's Chromium. Install it when it is missing and we may (root);
// otherwise stop with the command to run.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

export const CHROMIUM_PATH = process.env.CHROME_PATH || '/usr/bin/chromium';

/** Headless flags that work on these machines; without the networking ones Chromium keeps dialling a closed network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export function ensureChromium() {
  if (existsSync(CHROMIUM_PATH)) return true;
  const install = 'apt-get update && apt-get install -y chromium';
  if (process.getuid?.() === 0) {
    console.log(
      `Chromium is missing at ${CHROMIUM_PATH}: installing Debian's package (${install})`,
    );
    const result = spawnSync('sh', ['-c', install], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (result.status === 0 && existsSync(CHROMIUM_PATH)) return true;
    console.error(`Installing Chromium failed. Run as root: ${install}`);
    return false;
  }
  console.error(
    `The browser tests need Chromium at ${CHROMIUM_PATH}. Install it with:\n  sudo sh -c '${install}'\n(or set CHROME_PATH to a Chromium binary)`,
  );
  return false;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exit(ensureChromium() ? 0 : 1);
