import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { JWK } from 'jose';

/**
 * The code of a signing thread, plain CommonJS so it starts as it is (no file beside the
 * bundle, no TypeScript loader): it keeps each key it is sent once, and answers each batch of
 * jobs with their RS256 signatures, in order.
 *
 * @internal
 */
export const THREAD_SOURCE = `
const { parentPort } = require('node:worker_threads');
const { createPrivateKey, sign } = require('node:crypto');
const keys = new Map();
parentPort.on('message', (jobs) => {
  const outcomes = [];
  for (const job of jobs) {
    try {
      if (job.jwk) {
        if (keys.size >= 16) keys.delete(keys.keys().next().value);
        keys.set(job.kid, createPrivateKey({ key: job.jwk, format: 'jwk' }));
      }
      const key = keys.get(job.kid);
      if (!key) throw new Error('unknown key ' + job.kid);
      outcomes.push({ id: job.id, signature: sign('sha256', Buffer.from(job.input), key).toString('base64url') });
    } catch (error) {
      outcomes.push({ id: job.id, error: String((error && error.message) || error) });
    }
  }
  parentPort.postMessage(outcomes);
});
`;

interface SigningJob {
  id: number;
  kid: string;
  /** Sent the first time a thread signs with the key. */
  jwk?: JWK;
  input: string;
}

interface SigningOutcome {
  id: number;
  signature?: string;
  error?: string;
}

interface Waiting {
  resolve(signature: string): void;
  reject(error: Error): void;
}

interface SigningThread {
  worker: Worker;
  waiting: Map<number, Waiting>;
  /** Jobs of this turn of the event loop, posted together. */
  batch: SigningJob[];
  /** The keys the thread has been sent (and keeps, up to 16). */
  kids: Set<string>;
}

export interface SigningThreads {
  /** The RS256 signature (base64url) of `input` under the private key `jwk` named `kid`. */
  sign(kid: string, jwk: JWK, input: string): Promise<string>;
  /** Ends the threads; signatures under way fail. */
  close(): Promise<void>;
}

/**
 * RSA signatures on threads of their own, as many as the cores this process may use: a
 * signature costs a millisecond, and on the request's thread each turn of the event loop would
 * grow as long as the tokens it signed. Node's shared thread pool (four threads, whatever the
 * cores) would outnumber a small machine's cores, and its threads then take turns with the one
 * that reads requests, which waits its turn behind them. Threads start at the first signature.
 *
 * @internal
 */
export function createSigningThreads(
  options: {
    threads?: number;
    /** The code of each new thread (the tests give a broken one); THREAD_SOURCE by default. */
    source?: () => string;
  } = {},
): SigningThreads {
  const count = Math.max(1, options.threads ?? availableParallelism());
  const threads: SigningThread[] = [];
  let nextId = 0;
  let closed = false;

  const fail = (thread: SigningThread, error: Error) => {
    const index = threads.indexOf(thread);
    if (index >= 0) threads.splice(index, 1);
    for (const waiting of thread.waiting.values()) waiting.reject(error);
    thread.waiting.clear();
  };

  const start = (): SigningThread => {
    const worker = new Worker(options.source?.() ?? THREAD_SOURCE, { eval: true });
    const thread: SigningThread = { worker, waiting: new Map(), batch: [], kids: new Set() };
    worker.on('message', (outcomes: SigningOutcome[]) => {
      for (const outcome of outcomes) {
        const waiting = thread.waiting.get(outcome.id);
        thread.waiting.delete(outcome.id);
        if (outcome.signature !== undefined) waiting?.resolve(outcome.signature);
        else waiting?.reject(new Error(`signing failed: ${outcome.error}`));
      }
      if (thread.waiting.size === 0) worker.unref();
    });
    worker.on('error', (error) => fail(thread, error));
    worker.on('exit', (code) => fail(thread, new Error(`the signing thread exited (${code})`)));
    threads.push(thread);
    return thread;
  };

  // The thread with the fewest signatures waiting, starting another while there are fewer than
  // `count` and each has work.
  const pick = (): SigningThread => {
    let least = threads[0];
    for (const thread of threads) if (thread.waiting.size < least!.waiting.size) least = thread;
    if (!least || (least.waiting.size > 0 && threads.length < count)) return start();
    return least;
  };

  return {
    sign(kid, jwk, input) {
      if (closed) return Promise.reject(new Error('the signing threads are closed'));
      const thread = pick();
      const id = nextId++;
      const job: SigningJob = thread.kids.has(kid) ? { id, kid, input } : { id, kid, jwk, input };
      thread.kids.add(kid);
      if (thread.batch.length === 0)
        queueMicrotask(() => {
          const jobs = thread.batch;
          thread.batch = [];
          thread.worker.postMessage(jobs, []);
        });
      thread.batch.push(job);
      // A thread with signatures to make holds the process; an idle one does not.
      if (thread.waiting.size === 0) thread.worker.ref();
      return new Promise((resolve, reject) => thread.waiting.set(id, { resolve, reject }));
    },
    async close() {
      closed = true;
      await Promise.all(threads.map((thread) => thread.worker.terminate()));
    },
  };
}

let shared: SigningThreads | undefined;

/** The process's signing threads (one set, whatever the number of backends). */
export const sharedSigningThreads = (): SigningThreads => (shared ??= createSigningThreads());
