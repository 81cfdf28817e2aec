import { parseArgs } from 'node:util';
import { ConfigError } from '../config/parse.ts';

/** How the server program runs, from its flags, then its environment, then the defaults. */
export interface ServerOptions {
  port: number;
  host: string;
  /** The JSON configuration file, if any. */
  configPath: string | undefined;
  /** Overrides the configuration's `domain` (the issuer). */
  domain: string | undefined;
  /** Where the SQLite file lives; `undefined` with `--memory`. */
  dataDir: string | undefined;
  quiet: boolean;
  /** Take the client's address from `X-Forwarded-For` (only behind a proxy that sets it). */
  trustProxy: boolean;
}

export const DEFAULT_DATA_DIR = '.sms-login';

export const HELP = `sms-login-server: an Auth0-compatible passwordless SMS backend

Usage: sms-login-server [options]

Options (a flag wins over its environment variable, which wins over the default):
  -p, --port <n>         port to listen on (default 8787)              env SMS_LOGIN_PORT
      --host <host>      address to bind (default 127.0.0.1)           env SMS_LOGIN_HOST
  -c, --config <file>    JSON configuration file; without one a demo   env SMS_LOGIN_CONFIG
                         client "demo" (origin http://localhost:5173) on connection "sms"
      --domain <origin>  overrides the configuration's domain (issuer) env SMS_LOGIN_DOMAIN
  -d, --data <dir>       directory of the SQLite database, created if  env SMS_LOGIN_DATA
                         missing (default ./${DEFAULT_DATA_DIR})
      --memory           keep everything in memory, lost on exit       env SMS_LOGIN_MEMORY=1
  -q, --quiet            no log lines, only the address it listens on  env SMS_LOGIN_QUIET=1
      --trust-proxy      client address from X-Forwarded-For, for the  env SMS_LOGIN_TRUST_PROXY=1
                         per-IP limits behind a load balancer (else every visitor shares its address)
  -h, --help             show this help

Logs: one JSON line per request (method, path without query, status, duration_ms,
request_id); never codes, tokens or secrets. SIGTERM or SIGINT stops it gracefully: requests
in flight finish, then the database closes.

Routes: POST /passwordless/start, POST /oauth/token, GET /userinfo, GET /healthz,
GET /.well-known/openid-configuration, GET /.well-known/jwks.json, GET|DELETE /dev/messages,
/api/v2/* (Management API: connections, users, clients, phone providers and templates)`;

export type ParsedCommand = { help: true } | { help: false; options: ServerOptions };

/** An error in how the command was called: exit code 2 and the usage. */
export class UsageError extends Error {
  override name = 'UsageError';
}

const truthy = (value: string | undefined): boolean | undefined =>
  value === undefined || value === '' ? undefined : ['1', 'true', 'yes'].includes(value);

function parsePort(text: string, source: string): number {
  const port = Number(text);
  if (!/^[0-9]{1,5}$/.test(text) || port > 65535)
    throw new ConfigError(`${source} must be a number from 0 to 65535, not "${text}"`, []);
  return port;
}

/** Reads the flags and the `SMS_LOGIN_*` variables. */
export function parseCommand(argv: string[], env: NodeJS.ProcessEnv): ParsedCommand {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        port: { type: 'string', short: 'p' },
        host: { type: 'string' },
        config: { type: 'string', short: 'c' },
        domain: { type: 'string' },
        data: { type: 'string', short: 'd' },
        memory: { type: 'boolean' },
        quiet: { type: 'boolean', short: 'q' },
        'trust-proxy': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (values.help) return { help: true };
  if (values.memory && values.data !== undefined)
    throw new UsageError('--memory and --data exclude each other');
  const port =
    values.port !== undefined
      ? parsePort(values.port, '--port')
      : parsePort(env.SMS_LOGIN_PORT || '8787', '--port (SMS_LOGIN_PORT)');
  const memory = values.memory ?? (values.data === undefined && truthy(env.SMS_LOGIN_MEMORY));
  return {
    help: false,
    options: {
      port,
      host: values.host ?? (env.SMS_LOGIN_HOST || '127.0.0.1'),
      configPath: values.config ?? (env.SMS_LOGIN_CONFIG || undefined),
      domain: values.domain ?? (env.SMS_LOGIN_DOMAIN || undefined),
      dataDir: memory ? undefined : (values.data ?? (env.SMS_LOGIN_DATA || DEFAULT_DATA_DIR)),
      quiet: values.quiet ?? truthy(env.SMS_LOGIN_QUIET) ?? false,
      trustProxy: values['trust-proxy'] ?? truthy(env.SMS_LOGIN_TRUST_PROXY) ?? false,
    },
  };
}
