import { isAbsolute, resolve } from 'node:path';
import type { Worker } from 'node:worker_threads';
import type { PostLoginOutcome, PostLoginRunner } from '../actions/post-login-event.ts';
import type { ActionJob, ActionThreadMessage } from './action-thread.ts';
import { threadStarter } from './thread-module.ts';

/** Started threads kept waiting for a login, so that a login does not wait for one to start. */
const DEFAULT_SPARES = 1;
/** Beyond the Action's own time limit, which the thread keeps for asynchronous work. */
const GRACE_MS = 250;

interface Spare {
  thread: Worker;
  ready: Promise<void>;
}

export interface ActionThreadsOptions {
  /** Relative Action paths are read from here: the configuration file's folder. */
  baseDirectory?: string;
  spares?: number;
}

/**
 * The Node server's post-login Actions: every login runs its Actions on a thread of its own,
 * which ends with it. A thrown error, a hang or an endless loop therefore fails that login only,
 * and each login loads the Action files afresh, so an edited Action counts at the next login.
 */
export function createActionThreads(options: ActionThreadsOptions = {}): PostLoginRunner {
  const baseDirectory = options.baseDirectory ?? process.cwd();
  const spares = options.spares ?? DEFAULT_SPARES;
  const startThread = threadStarter('action-thread');
  const waiting: Spare[] = [];
  const running = new Set<Worker>();
  let closed = false;

  const spawn = (): Spare => {
    const thread = startThread();
    thread.unref();
    const ready = new Promise<void>((resolveReady, reject) => {
      thread.once('message', (message: ActionThreadMessage) =>
        message.kind === 'ready' ? resolveReady() : reject(new Error('unexpected message')),
      );
      thread.once('error', reject);
      thread.once('exit', (code) => reject(new Error(`the thread exited (${code})`)));
    });
    // A spare that never gets a login must not report an unhandled rejection.
    ready.catch(() => {});
    return { thread, ready };
  };

  const refill = () => {
    if (closed) return;
    while (waiting.length < spares) waiting.push(spawn());
  };

  const take = async (): Promise<Worker> => {
    const spare = waiting.shift() ?? spawn();
    refill();
    await spare.ready;
    return spare.thread;
  };

  const run: PostLoginRunner['run'] = async (actions, event, timeoutMs) => {
    if (closed) throw new Error('The Action threads are closed');
    const job: ActionJob = {
      actions: actions.map((action) => ({
        ...action,
        path: isAbsolute(action.path) ? action.path : resolve(baseDirectory, action.path),
      })),
      event,
      timeoutMs,
    };
    let thread: Worker;
    try {
      thread = await take();
    } catch (error) {
      return {
        kind: 'failed',
        action: actions[0]?.name ?? '?',
        reason: `could not start (${error instanceof Error ? error.message : 'no thread'})`,
      };
    }
    running.add(thread);
    try {
      return await new Promise<PostLoginOutcome>((resolveOutcome) => {
        let current = 0;
        let timer: ReturnType<typeof setTimeout> | undefined;
        const settle = (outcome: PostLoginOutcome) => {
          clearTimeout(timer);
          resolveOutcome(outcome);
        };
        const name = () => actions[current]?.name ?? '?';
        thread.on('message', (message: ActionThreadMessage) => {
          if (message.kind === 'started') {
            current = message.index;
            clearTimeout(timer);
            // Only a thread stuck in synchronous code reaches this: the thread times the rest.
            timer = setTimeout(
              () =>
                settle({
                  kind: 'failed',
                  action: name(),
                  reason: `ran longer than ${timeoutMs} ms`,
                }),
              timeoutMs + GRACE_MS,
            );
          } else if (message.kind === 'finished') settle(message.outcome);
        });
        thread.on('error', (error) =>
          settle({
            kind: 'failed',
            action: name(),
            reason: `crashed (${error.name}: ${error.message})`,
          }),
        );
        thread.on('exit', (code) =>
          settle({ kind: 'failed', action: name(), reason: `ended its thread (exit ${code})` }),
        );
        thread.postMessage(job, []);
      });
    } finally {
      running.delete(thread);
      void thread.terminate();
    }
  };

  refill();
  return {
    run,
    async close() {
      closed = true;
      const threads = [...waiting.splice(0).map((spare) => spare.thread), ...running];
      await Promise.all(threads.map((thread) => thread.terminate()));
    },
  };
}
