import { spawn } from 'node:child_process';
import { availableParallelism, constants } from 'node:os';

/**
 * V8 collects garbage on helper threads as well as on the main one. With one core they share it
 * with the event loop, and the kernel shares it out evenly: while a major collection marked the
 * memory store's heap, five helper threads took five sixths of the core and the loop stood still
 * for 60–160 ms at a time under load. With this flag the same work runs on the main thread, in
 * steps between requests.
 */
export const ONE_CORE_V8_FLAG = '--single-threaded-gc';

const GC_THREADING_FLAG = /^--(no-)?single[-_]threaded[-_]gc$/;

/**
 * The arguments to run this program again with on one core, or undefined where it runs as it
 * should: with more than one core, or when the flag (or `--no-single-threaded-gc`) was given.
 */
export function oneCoreRelaunchArguments(
  parallelism: number,
  execArgv: readonly string[],
  argv: readonly string[],
): string[] | undefined {
  if (parallelism > 1 || execArgv.some((flag) => GC_THREADING_FLAG.test(flag))) return undefined;
  return [ONE_CORE_V8_FLAG, ...execArgv, ...argv.slice(1)];
}

// Set for the second process only; removed from its environment once read.
const RELAUNCHED = 'SMS_LOGIN_RELAUNCHED_ON_ONE_CORE';

/**
 * In the second process: stop as on SIGTERM when the first one is gone (killed with SIGKILL, it
 * forwards nothing), instead of serving on without it. Its channel keeps no process alive.
 */
function stopWithTheFirstProcess(): void {
  delete process.env[RELAUNCHED];
  process.channel?.unref();
  process.once('disconnect', () => process.kill(process.pid, 'SIGTERM'));
}

// What a server is sent to stop (or, for SIGUSR2, to report): the relaunched one must get them.
const FORWARDED_SIGNALS = ['SIGTERM', 'SIGINT', 'SIGHUP', 'SIGUSR2'] as const;

/**
 * Runs this program again with `ONE_CORE_V8_FLAG` when it has one core (V8 flags of the garbage
 * collector cannot change once the process runs). Resolves to the exit code of the new process,
 * which gets this one's signals; undefined when this process should go on itself.
 */
export function relaunchOnOneCore(): Promise<number> | undefined {
  const args = oneCoreRelaunchArguments(availableParallelism(), process.execArgv, process.argv);
  if (!args) {
    if (process.env[RELAUNCHED] === '1') stopWithTheFirstProcess();
    return undefined;
  }
  const child = spawn(process.execPath, args, {
    env: { ...process.env, [RELAUNCHED]: '1' },
    stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
  });
  const forward = (signal: NodeJS.Signals) => child.kill(signal);
  for (const signal of FORWARDED_SIGNALS) process.on(signal, forward);
  return new Promise((resolve) => {
    const done = (code: number) => {
      for (const signal of FORWARDED_SIGNALS) process.off(signal, forward);
      resolve(code);
    };
    child.once('error', (error) => {
      console.error(`could not start ${process.execPath}: ${error.message}`);
      done(1);
    });
    // A process ended by a signal exits as a shell reports it, 128 + the signal's number.
    child.once('exit', (code, signal) =>
      done(code ?? 128 + (signal ? constants.signals[signal] : 0)),
    );
  });
}
