// Long-running commands for the Node tests (servers, dev servers): started in a process group of
// their own, read as plain text, and never waited for without a time limit.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { stripVTControlCharacters } from 'node:util';

/**
 * Tools print colours when they see `CI` in the environment (picocolors does), even into a pipe;
 * what the tests read back must be plain text.
 */
export const PLAIN_OUTPUT = { NO_COLOR: '1', FORCE_COLOR: '0' };

/**
 * Starts a long-running command in a process group of its own (npx starts the bin as a child)
 * and resolves once its output, without terminal escapes, matches `ready`; `stop()` ends the
 * whole group. Rejects (and stops it) if it exits first or is not ready within `readyWithinMs`.
 */
export function startUntil(command, args, ready, { readyWithinMs = 60_000, ...options } = {}) {
  const child = spawn(command, args, {
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
    ...options,
    env: { ...process.env, ...PLAIN_OUTPUT, ...options.env },
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const stop = async () => {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
    await exited;
  };
  let output = '';
  return new Promise((resolve, reject) => {
    const notReady = setTimeout(() => {
      void stop();
      reject(new Error(`${command} was not ready within ${readyWithinMs} ms:\n${output}`));
    }, readyWithinMs);
    const onData = (chunk) => {
      output += chunk;
      const match = ready.exec(stripVTControlCharacters(output));
      if (!match) return;
      clearTimeout(notReady);
      resolve({ child, match, stop, output: () => output });
    };
    child.stdout.setEncoding('utf8').on('data', onData);
    child.stderr.setEncoding('utf8').on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(notReady);
      reject(new Error(`${command} exited (${code}):\n${output}`));
    });
  });
}

/** A port on localhost that nothing listens on (for a server the test starts). */
export async function freePort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, 'localhost', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}
