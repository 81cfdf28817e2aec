// Start-up of the sms-login-server command as the package ships it (the compiled bin in
// mock-server/dist/bin/): spawn → first 200 from /healthz, with --memory and with SQLite. Each
// run is paired with a bare `node -e` HTTP server started the same way just before it, so the
// ratio rides out the machine's load; medians of `runs` pairs.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const BARE =
  "require('node:http').createServer((q, s) => s.end('ok')).listen(Number(process.argv[1]), '127.0.0.1')";

const freePort = () =>
  new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** Milliseconds from spawn to the first 200 of `path` on `port`. */
async function timeToFirstAnswer(command, args, port, path) {
  const started = performance.now();
  const child = spawn(command, args, { stdio: 'ignore' });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`${args.join(' ')} exited (${child.exitCode})`);
      try {
        if ((await fetch(`http://127.0.0.1:${port}${path}`)).ok) break;
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    return performance.now() - started;
  } finally {
    child.kill('SIGTERM');
    await exited;
  }
}

export async function measureStartup({ root, runs, onCore = (command, args) => [command, args] }) {
  execFileSync('npm', ['run', '--silent', 'build', '--workspace', '@sms-login/mock-server'], {
    cwd: root,
    stdio: 'inherit',
  });
  const bin = join(root, 'mock-server', 'dist', 'bin', 'sms-login-server.js');
  const data = mkdtempSync(join(tmpdir(), 'sms-login-startup-'));
  const timed = async (args, path) => {
    const port = await freePort();
    const [command, commandArgs] = onCore(process.execPath, args(port));
    return timeToFirstAnswer(command, commandArgs, port, path);
  };
  const samples = { bare: [], memory: [], sqlite: [] };
  try {
    for (let run = 0; run < runs; run++) {
      samples.bare.push(await timed((port) => ['-e', BARE, String(port)], '/'));
      samples.memory.push(
        await timed((port) => [bin, '--memory', '--quiet', '--port', String(port)], '/healthz'),
      );
      samples.sqlite.push(
        await timed(
          (port) => [bin, '--data', join(data, String(run)), '--quiet', '--port', String(port)],
          '/healthz',
        ),
      );
    }
  } finally {
    rmSync(data, { recursive: true, force: true });
  }
  const result = { runs };
  for (const [name, values] of Object.entries(samples))
    result[name] = {
      medianMs: median(values),
      minMs: Math.min(...values),
      maxMs: Math.max(...values),
    };
  console.log(
    `    median start-up: bare node ${result.bare.medianMs.toFixed(0)} ms, --memory ${result.memory.medianMs.toFixed(0)} ms, SQLite ${result.sqlite.medianMs.toFixed(0)} ms`,
  );
  return result;
}
