import type { RunningServer } from '../adapters/node.ts';
import type { Logger } from '../logger.ts';

/** How long requests in flight get to finish before their connections are cut. */
export const SHUTDOWN_GRACE_MS = 10_000;

/**
 * Stops listening, lets the requests in flight finish (cutting them after `graceMs`), then runs
 * `release` (closing the database).
 */
export async function shutDown(
  running: RunningServer,
  release: () => void,
  graceMs = SHUTDOWN_GRACE_MS,
): Promise<void> {
  const server = running.server;
  const cut = setTimeout(() => {
    if ('closeAllConnections' in server) server.closeAllConnections();
  }, graceMs);
  // A keep-alive connection whose request finishes after close() stays open until the client's
  // timeout unless closed: close idle ones as they appear.
  const sweep = setInterval(() => {
    if ('closeIdleConnections' in server) server.closeIdleConnections();
  }, 50);
  try {
    await running.close();
  } finally {
    clearTimeout(cut);
    clearInterval(sweep);
    release();
  }
}

/** On the first SIGTERM or SIGINT, shuts down and exits 0 (1 if closing failed). */
export function shutDownOnSignals(
  running: RunningServer,
  release: () => void,
  logger: Logger,
): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info('stopping', { signal });
    shutDown(running, release).then(
      () => {
        logger.info('stopped', {});
        process.exit(0);
      },
      (error: unknown) => {
        logger.error('stop_failed', { name: (error as Error).name });
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}
