// Browser tests: Chromium (Debian's), the backend inside the page through MSW's service worker.
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/ensure-chromium.mjs';
import { fileURLToPath } from 'node:url';
import { readFile } from 'node:fs/promises';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';

const tsconfig = fileURLToPath(new URL('./tsconfig.json', import.meta.url));
const mswWorker = fileURLToPath(
  new URL('./node_modules/msw/lib/mockServiceWorker.js', import.meta.url),
);

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { browser: true, exportConditions: ['browser', 'development'] },
  concurrency: 1,
  browserStartTimeout: 60_000,
  testsStartTimeout: 60_000,
  testsFinishTimeout: 180_000,
  testFramework: { config: { timeout: 20_000 } },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig })],
  middleware: [
    // MSW's worker must be served from the root so that its scope covers the test pages.
    async (context, next) => {
      if (context.path === '/mockServiceWorker.js') {
        context.type = 'application/javascript';
        context.set('Service-Worker-Allowed', '/');
        context.body = await readFile(mswWorker, 'utf8');
        return;
      }
      await next();
    },
  ],
  filterBrowserLogs: ({ args }) =>
    !args.some(
      (arg) =>
        typeof arg === 'string' &&
        (arg.includes('Lit is in dev mode') || arg.includes('[MSW] Mocking enabled')),
    ),
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: CHROMIUM_PATH,
        headless: true,
        args: CHROMIUM_ARGS,
      },
    }),
  ],
};
