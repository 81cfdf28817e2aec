// A flood of slow connections cannot shut out new clients: the server, under an open-file limit
// of 1024, keeps answering fresh requests while 1,100 connections that never finish their
// headers are held open against it, each closed one opened again at once (past its connection
// limit the server closes the oldest).
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { get } from 'node:http';
import { fileURLToPath } from 'node:url';
import { BIN, freePort } from './server-process.ts';

const SLOW_CLIENTS = fileURLToPath(new URL('./fixtures/slow-clients.mjs', import.meta.url));
const TSX = import.meta.resolve('tsx');
const started: ChildProcess[] = [];

/** `command` under a shell that first sets the open-file limit to `files`. */
function withFileLimit(files: number, command: string[]): ChildProcess {
  const quoted = command.map((part) => `'${part.replaceAll("'", "'\\''")}'`).join(' ');
  const child = spawn('sh', ['-c', `ulimit -n ${files} && exec ${quoted}`], {
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  started.push(child);
  return child;
}

const lineFrom = (child: ChildProcess, pattern: RegExp, ms = 30_000): Promise<string> =>
  new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(
      () => reject(new Error(`no ${pattern} within ${ms} ms:\n${output}`)),
      ms,
    );
    const onData = (chunk: Buffer) => {
      output += chunk;
      const match = pattern.exec(output);
      if (!match) return;
      clearTimeout(timer);
      child.stdout!.off('data', onData);
      resolve(match[0]);
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk) => (output += chunk));
  });

after(() => {
  for (const child of started) child.kill('SIGKILL');
});

/** A visitor's request on a connection of its own, from 127.0.0.1: its status, or 0. */
const freshRequest = (port: number): Promise<number> =>
  new Promise((resolve) => {
    const request = get(
      { host: '127.0.0.1', port, path: '/healthz', agent: false, timeout: 10_000 },
      (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode ?? 0));
      },
    );
    request.on('timeout', () => request.destroy());
    request.on('error', () => resolve(0));
  });

describe('a slow-connection flood', () => {
  for (const [label, addresses] of [
    ['from one address: the per-client limit holds it', ['127.0.0.2']],
    [
      'from eleven addresses: the total limit holds it',
      Array.from({ length: 11 }, (_, index) => `127.0.0.${index + 2}`),
    ],
  ] as const)
    test(
      `1,100 held connections under a 1024 open-file limit, ${label}`,
      { timeout: 120_000 },
      async () => {
        const port = await freePort();
        const server = withFileLimit(1024, [
          process.execPath,
          '--import',
          TSX,
          BIN,
          '--memory',
          '--quiet',
          '--port',
          String(port),
        ]);
        await lineFrom(server, /listening on/);
        const attacker = withFileLimit(4096, [
          process.execPath,
          SLOW_CLIENTS,
          String(port),
          '1100',
          addresses.join(','),
        ]);
        await lineFrom(attacker, /open \d+/);

        let answered = 0;
        for (let index = 0; index < 59; index++) if ((await freshRequest(port)) === 200) answered++;
        attacker.stdin!.write('\n');
        const reopened = Number((await lineFrom(attacker, /reopened \d+/)).split(' ')[1]);
        attacker.kill('SIGKILL');
        server.kill('SIGKILL');
        assert.equal(answered, 59, 'every fresh request is answered during the flood');
        // The server closed slow connections to stay within its limits (the flood opened new
        // ones in their place).
        assert.ok(reopened >= 200, `${reopened} slow connections were closed by the server`);
      },
    );
});
