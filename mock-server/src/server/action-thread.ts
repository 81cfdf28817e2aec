// A thread that runs one login's post-login Actions (server/action-threads.ts), so that an Action
// that loops or hangs costs its own login and nothing else: the server ends the thread.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { compileFunction } from 'node:vm';
import { parentPort } from 'node:worker_threads';
import type { ActionModule } from '../config/actions.ts';
import type {
  PostLoginChanges,
  PostLoginEvent,
  PostLoginOutcome,
} from '../actions/post-login-event.ts';

export interface ActionJob {
  /** Paths absolute already. */
  actions: ActionModule[];
  event: PostLoginEvent;
  timeoutMs: number;
}

export type ActionThreadMessage =
  | { kind: 'ready' }
  /** Sent as each Action begins, so the server can time it and name it. */
  | { kind: 'started'; index: number }
  | { kind: 'finished'; outcome: PostLoginOutcome };

const post = (message: ActionThreadMessage) => parentPort!.postMessage(message, []);

/** A `.js` file written as CommonJS (Auth0's own form) inside an ES module package. */
function loadAsCommonJs(path: string): unknown {
  const module = { exports: {} as unknown };
  const wrapper = compileFunction(
    readFileSync(path, 'utf8'),
    ['exports', 'require', 'module', '__filename', '__dirname'],
    { filename: path },
  );
  wrapper(module.exports, createRequire(path), module, path, dirname(path));
  return module.exports;
}

async function loadHandler(path: string): Promise<(event: unknown, api: unknown) => unknown> {
  let loaded: unknown;
  if (path.endsWith('.cjs')) loaded = createRequire(path)(path);
  else
    try {
      loaded = await import(pathToFileURL(path).href);
    } catch (error) {
      if (!(
        error instanceof ReferenceError && /\b(exports|module) is not defined/.test(error.message)
      ))
        throw error;
      loaded = loadAsCommonJs(path);
    }
  const exported = loaded as {
    onExecutePostLogin?: unknown;
    default?: { onExecutePostLogin?: unknown };
  } | null;
  const handler = exported?.onExecutePostLogin ?? exported?.default?.onExecutePostLogin;
  if (typeof handler !== 'function') throw new LoadError('does not export onExecutePostLogin');
  return handler as (event: unknown, api: unknown) => unknown;
}

class LoadError extends Error {}

/** A claim or metadata value as JSON keeps it: what a token or the store can hold. */
function asJson(value: unknown, what: string): unknown {
  if (value === undefined) return undefined;
  const text = JSON.stringify(value);
  if (text === undefined) throw new TypeError(`${what} must be a JSON value`);
  return JSON.parse(text) as unknown;
}

const describe = (error: unknown): string =>
  error instanceof Error
    ? `${error.name}: ${error.message}`.slice(0, 300)
    : `a ${typeof error}`.slice(0, 300);

function withTimeout(work: unknown, timeoutMs: number): Promise<'done' | 'timeout'> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return Promise.race([
    Promise.resolve(work).then(() => 'done' as const),
    new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), timeoutMs);
    }),
  ]).finally(() => clearTimeout(timer));
}

async function runActions(job: ActionJob): Promise<PostLoginOutcome> {
  const changes: PostLoginChanges = {
    idTokenClaims: {},
    accessTokenClaims: {},
    appMetadata: {},
    userMetadata: {},
  };
  const user = structuredClone(job.event.user);
  for (const [index, action] of job.actions.entries()) {
    post({ kind: 'started', index });
    let denial: string | undefined;
    const setMetadata =
      (kind: 'appMetadata' | 'userMetadata', seen: Record<string, unknown>) =>
      (name: unknown, value: unknown) => {
        const key = String(name);
        const json = asJson(value, `The value of ${key}`);
        changes[kind][key] = json ?? null;
        if (json === undefined || json === null) delete seen[key];
        else seen[key] = json;
      };
    const api = {
      idToken: {
        setCustomClaim: (name: unknown, value: unknown) => {
          changes.idTokenClaims[String(name)] = asJson(value, `The claim ${String(name)}`);
        },
      },
      accessToken: {
        setCustomClaim: (name: unknown, value: unknown) => {
          changes.accessTokenClaims[String(name)] = asJson(value, `The claim ${String(name)}`);
        },
      },
      access: {
        deny: (reason?: unknown) => {
          denial ??= typeof reason === 'string' && reason ? reason.slice(0, 500) : 'Access denied';
        },
      },
      user: {
        setAppMetadata: setMetadata('appMetadata', user.app_metadata),
        setUserMetadata: setMetadata('userMetadata', user.user_metadata),
      },
    };
    // Each Action sees what the ones before it wrote, and its own secrets only.
    const event = structuredClone({ ...job.event, user, secrets: action.secrets });
    let handler;
    try {
      handler = await loadHandler(action.path);
    } catch (error) {
      return {
        kind: 'failed',
        action: action.name,
        reason:
          error instanceof LoadError ? error.message : `could not be loaded (${describe(error)})`,
      };
    }
    try {
      if ((await withTimeout(handler(event, api), job.timeoutMs)) === 'timeout')
        return {
          kind: 'failed',
          action: action.name,
          reason: `ran longer than ${job.timeoutMs} ms`,
        };
    } catch (error) {
      return { kind: 'failed', action: action.name, reason: `threw ${describe(error)}` };
    }
    if (denial !== undefined) return { kind: 'denied', action: action.name, reason: denial };
  }
  return { kind: 'continue', changes };
}

parentPort?.once('message', (job: ActionJob) => {
  void runActions(job).then(
    (outcome) => post({ kind: 'finished', outcome }),
    (error: unknown) =>
      post({
        kind: 'finished',
        outcome: { kind: 'failed', action: '?', reason: `failed (${describe(error)})` },
      }),
  );
});

post({ kind: 'ready' });
