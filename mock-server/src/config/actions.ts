import { z } from 'zod';

const secretsSchema = z.record(
  z.string().regex(/^[A-Za-z_][A-Za-z0-9_]{0,63}$/, 'secret names look like API_KEY'),
  z.string().max(4096),
);

/**
 * One post-login Action: a JavaScript module exporting Auth0's `onExecutePostLogin(event, api)`
 * (`exports.onExecutePostLogin = …` or `export const onExecutePostLogin = …`). A path alone, or
 * the path with the Action's name and its `event.secrets`.
 */
const postLoginActionSchema = z.union([
  z.string().min(1).max(1024),
  z.strictObject({
    path: z.string().min(1).max(1024),
    /** Used in logs and errors; the file's name without its extension by default. */
    name: z.string().min(1).max(100).optional(),
    secrets: secretsSchema.default({}),
  }),
]);

/** `actions` in the configuration: code run at points of the login, as Auth0's Actions are. */
export const actionsSchema = z
  .strictObject({
    /** Run in order after every successful login, before any token or code is handed out. */
    post_login: z.array(postLoginActionSchema).max(20).default([]),
    /** How long one Action may run (ms); past it that login fails. Auth0 allows 20 s in all. */
    timeout_ms: z.int().min(50).max(20_000).default(5_000),
  })
  .default({ post_login: [], timeout_ms: 5_000 });

export type ActionsConfig = z.output<typeof actionsSchema>;

/** An Action as the runner gets it: path as configured, a name, its secrets. */
export interface ActionModule {
  name: string;
  path: string;
  secrets: Record<string, string>;
}

const baseName = (path: string) =>
  (path.split(/[\\/]/).pop() ?? path).replace(/\.(c|m)?js$/, '') || path;

export function postLoginActions(config: ActionsConfig): ActionModule[] {
  return config.post_login.map((entry) =>
    typeof entry === 'string'
      ? { name: baseName(entry), path: entry, secrets: {} }
      : { name: entry.name ?? baseName(entry.path), path: entry.path, secrets: entry.secrets },
  );
}
