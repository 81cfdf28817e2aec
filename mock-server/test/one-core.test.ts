// `sms-login-server` on one core: it runs again with V8's garbage collector on the main thread,
// and that second process is the server: its signals, output and exit code are the command's.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { ONE_CORE_V8_FLAG, oneCoreRelaunchArguments } from '../src/server/one-core.ts';
import { killAllStarted, runToEnd, startServer, type ServerProcess } from './server-process.ts';

after(killAllStarted);

/** The node processes started by `pid`, each as its command line. */
function childCommands(pid: number): string[][] {
  const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim();
  return children
    ? children
        .split(/\s+/)
        .map((child) => readFileSync(`/proc/${child}/cmdline`, 'utf8').split('\0').slice(0, -1))
    : [];
}

async function sendCode(server: ServerProcess): Promise<number> {
  const response = await fetch(`${server.url}/passwordless/start`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      client_id: 'demo',
      connection: 'sms',
      phone_number: '+14155550142',
      send: 'code',
    }),
  });
  await response.body?.cancel();
  return response.status;
}

describe('on one core', () => {
  test('the arguments: the flag first, then node’s flags, the program and its arguments', () => {
    const argv = ['/usr/bin/node', '/app/bin.js', '--memory'];
    assert.deepEqual(oneCoreRelaunchArguments(1, ['--import', 'tsx'], argv), [
      ONE_CORE_V8_FLAG,
      '--import',
      'tsx',
      '/app/bin.js',
      '--memory',
    ]);
    assert.equal(oneCoreRelaunchArguments(2, [], argv), undefined);
    assert.equal(oneCoreRelaunchArguments(1, ['--single-threaded-gc'], argv), undefined);
    assert.equal(oneCoreRelaunchArguments(1, ['--no-single-threaded-gc'], argv), undefined);
    assert.equal(oneCoreRelaunchArguments(1, ['--single_threaded_gc'], argv), undefined);
  });

  test('the server runs again with the flag, answers, and stops on the SIGTERM sent to the command', async () => {
    const server = await startServer(['--memory'], { cores: '0' });
    const [child, ...others] = childCommands(server.child.pid!);
    assert.deepEqual(others, []);
    assert.equal(child?.[1], ONE_CORE_V8_FLAG, `the server's command line: ${child?.join(' ')}`);
    assert.equal(await sendCode(server), 200);
    server.child.kill('SIGTERM');
    assert.deepEqual(await server.exited, { code: 0, signal: null });
    const events = server.logLines().map((line) => `${line.event} ${line.signal ?? ''}`.trim());
    assert.ok(events.includes('stopping SIGTERM'), events.join(', '));
    assert.equal(events.at(-1), 'stopped');
  });

  test('the second process stops when the first is killed outright', async () => {
    const server = await startServer(['--memory'], { cores: '0' });
    const [child] = childCommands(server.child.pid!);
    assert.equal(child?.[1], ONE_CORE_V8_FLAG);
    server.child.kill('SIGKILL');
    // `exited` waits for the output to close, which the second process holds until it ends.
    assert.deepEqual(await server.exited, { code: null, signal: 'SIGKILL' });
    const events = server.logLines().map((line) => `${line.event} ${line.signal ?? ''}`.trim());
    assert.deepEqual(events.slice(-2), ['stopping SIGTERM', 'stopped']);
    await assert.rejects(fetch(`${server.url}/healthz`));
  });

  test('a usage error keeps its exit code and its message through the second process', async () => {
    const help = await runToEnd(['--help'], { cores: '0' });
    assert.equal(help.code, 0);
    assert.match(help.stdout, /--memory/);
    const usage = await runToEnd(['--memory', '--data', '/tmp/x'], { cores: '0' });
    assert.equal(usage.code, 2);
    assert.match(usage.stderr, /--memory/);
  });

  test('with the flag given either way, or more than one core, the server is one process', async () => {
    const runs = [
      { cores: '0', nodeArgs: ['--no-single-threaded-gc'] },
      ...(availableParallelism() > 1 ? [{}] : []),
    ];
    for (const options of runs) {
      const server = await startServer(['--memory'], options);
      assert.deepEqual(childCommands(server.child.pid!), [], JSON.stringify(options));
      assert.equal(await sendCode(server), 200);
      server.child.kill('SIGTERM');
      assert.deepEqual(await server.exited, { code: 0, signal: null });
    }
  });
});
