import { Worker } from 'node:worker_threads';
import {
  TEMPLATE_LIMITS,
  TemplateError,
  renderMessage,
  rendersInBoundedTime,
  type TemplateRenderer,
} from '../templates/render.ts';
import { READY, type RenderJob, type RenderOutcome } from './template-worker.ts';
import { threadStarter } from './thread-module.ts';

/** Threads for templates: two keep a second render going while one is slow. */
const DEFAULT_THREADS = 2;
/** Threads that die before they are ready, in a row, before the pool gives up on threads. */
const FAILED_STARTS_ALLOWED = 3;

interface Pending {
  job: RenderJob;
  resolve(output: string): void;
  reject(error: Error): void;
  /** Set once a thread is ready: the time a thread takes to start is not the template's. */
  timer?: ReturnType<typeof setTimeout>;
  worker?: PooledWorker;
}

interface PooledWorker {
  thread: Worker;
  ready: boolean;
  busy?: Pending;
}

export interface TemplateWorkers {
  render: TemplateRenderer;
  /** Starts the threads now rather than at the first render. */
  warm(): void;
  close(): Promise<void>;
}

/**
 * The Node server's template renderer: renders run on worker threads, so a template that takes
 * its whole time limit costs its own request and nothing else. A render (waiting included) that
 * is not done by its deadline fails with a TemplateError; a thread still busy with it is ended and
 * replaced, so no render outlives its deadline.
 */
export function createTemplateWorkers(
  options: {
    threads?: number;
    deadlineMs?: number;
    /**
     * Called once if threads cannot start (each dies before it is ready): renders then run in
     * this thread, as in the browser, rather than never, and no thread is started again.
     */
    onUnavailable?: (reason: string) => void;
    /** The thread's module (the tests give a broken one); the one beside this file by default. */
    threadFile?: URL;
  } = {},
): TemplateWorkers {
  const threads = options.threads ?? DEFAULT_THREADS;
  const deadlineMs = options.deadlineMs ?? TEMPLATE_LIMITS.renderMs + 250;
  const { threadFile } = options;
  const startThread = threadFile ? () => new Worker(threadFile) : threadStarter('template-worker');
  const pool: PooledWorker[] = [];
  const queue: Pending[] = [];
  let nextId = 0;
  let closed = false;
  let failedStarts = 0;
  let unavailable = false;

  /** A thread that died before it was ready counts towards giving up on threads. */
  const counted = new WeakSet<PooledWorker>();
  const died = (pooled: PooledWorker, reason: string) => {
    // A thread that fails says so twice ('error', then 'exit'): it counts once.
    if (pooled.ready || unavailable || closed || counted.has(pooled)) return;
    counted.add(pooled);
    if (++failedStarts < FAILED_STARTS_ALLOWED) return;
    unavailable = true;
    options.onUnavailable?.(reason);
    for (const pending of queue.splice(0)) {
      clearTimeout(pending.timer);
      const { source, syntax, variables } = pending.job;
      renderMessage(source, syntax, variables).then(pending.resolve, pending.reject);
    }
  };

  /**
   * A thread keeps the process alive while it starts or renders (a render awaited by nothing else
   * still finishes), and not while it waits for work, so a pool never closed lets the process end.
   * Set after the 'message' listener: adding one refs the thread again.
   */
  const idleUnlessBusy = (pooled: PooledWorker) => {
    if (!pooled.busy) pooled.thread.unref();
  };

  const spawn = (): PooledWorker => {
    const pooled: PooledWorker = { thread: startThread(), ready: false };
    pooled.thread.on('message', (outcome: RenderOutcome | typeof READY) => {
      if (outcome === READY) {
        pooled.ready = true;
        failedStarts = 0;
        for (const waiting of queue) arm(waiting);
        dispatch();
        idleUnlessBusy(pooled);
        return;
      }
      const pending = pooled.busy;
      if (!pending || pending.job.id !== outcome.id) return;
      pooled.busy = undefined;
      clearTimeout(pending.timer);
      if (outcome.ok) pending.resolve(outcome.output);
      else
        pending.reject(
          outcome.template ? new TemplateError(outcome.message) : new Error(outcome.message),
        );
      dispatch();
      idleUnlessBusy(pooled);
    });
    /** A thread that stopped or failed takes its render with it; another takes its place. */
    const lost = (reason: string, error: Error) => {
      died(pooled, reason);
      const pending = pooled.busy;
      pooled.busy = undefined;
      replace(pooled);
      if (pending) {
        clearTimeout(pending.timer);
        pending.reject(error);
      }
    };
    // Ended by us (replaced, closed) it is out of the pool already, and `replace` does nothing.
    pooled.thread.on('exit', (code) =>
      lost(
        `a template thread exited (${code}) before it was ready`,
        new Error('The template thread stopped'),
      ),
    );
    pooled.thread.on('error', (error) =>
      lost(`a template thread failed to start: ${error.message}`, error),
    );
    return pooled;
  };

  const replace = (pooled: PooledWorker) => {
    const index = pool.indexOf(pooled);
    if (index < 0) return;
    void pooled.thread.terminate();
    pool.splice(index, 1);
    if (!closed && !unavailable) pool.push(spawn());
    dispatch();
  };

  const warm = () => {
    if (closed || unavailable) return;
    while (pool.length < threads) pool.push(spawn());
  };

  const dispatch = () => {
    warm();
    for (const pooled of pool) {
      if (pooled.busy || !pooled.ready) continue;
      const pending = queue.shift();
      if (!pending) return;
      pooled.busy = pending;
      pending.worker = pooled;
      pooled.thread.ref();
      pooled.thread.postMessage(pending.job, []);
    }
  };

  /** Starts a render's deadline: from its submission, or from the first thread being ready. */
  const arm = (pending: Pending) => {
    pending.timer ??= setTimeout(() => {
      const waiting = queue.indexOf(pending);
      if (waiting >= 0) queue.splice(waiting, 1);
      else if (pending.worker?.busy === pending) {
        pending.worker.busy = undefined;
        replace(pending.worker);
      }
      pending.reject(
        new TemplateError(
          `The message template failed to render: it took longer than ${deadlineMs} ms`,
        ),
      );
    }, deadlineMs);
  };

  const render: TemplateRenderer = (source, syntax, variables) =>
    new Promise<string>((resolve, reject) => {
      if (closed) return reject(new Error('The template threads are closed'));
      if (unavailable || rendersInBoundedTime(source, syntax))
        return void renderMessage(source, syntax, variables).then(resolve, reject);
      const pending: Pending = {
        job: { id: ++nextId, source, syntax, variables },
        resolve,
        reject,
      };
      queue.push(pending);
      if (pool.some((pooled) => pooled.ready)) arm(pending);
      dispatch();
    });

  return {
    render,
    warm,
    async close() {
      closed = true;
      for (const pending of queue.splice(0)) {
        clearTimeout(pending.timer);
        pending.reject(new Error('The server is stopping'));
      }
      await Promise.all(pool.splice(0).map((pooled) => pooled.thread.terminate()));
    },
  };
}
