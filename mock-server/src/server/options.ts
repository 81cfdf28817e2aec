import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parseProxyTrust, type ProxyTrust } from '../adapters/client-address.ts';
import { DEFAULT_CONNECTION_LIMITS } from '../adapters/connection-guard.ts';
import { ConfigError } from '../config/parse.ts';
import { databaseOption, DEFAULT_POOL_SIZE, type DatabaseOption } from './database-options.ts';

/** Where the server's TLS certificate comes from. */
export type TlsOption =
  /** `--https`: a development CA and a localhost certificate, made once and kept in `directory`. */
  | { certificate: 'development'; directory: string }
  /** `--cert` and `--key`: PEM files the user gives. */
  | { certificate: 'files'; certFile: string; keyFile: string };

/** How the server program runs, from its flags, then its environment, then the defaults. */
export interface ServerOptions {
  port: number;
  host: string;
  /** The JSON configuration file, if any. */
  configPath: string | undefined;
  /** Overrides the configuration's `domain` (the issuer). */
  domain: string | undefined;
  /** Where the SQLite file lives; `undefined` with `--memory` or `--database`. */
  dataDir: string | undefined;
  /** The PostgreSQL store shared by several instances, with `--database`. */
  database: DatabaseOption | undefined;
  quiet: boolean;
  /** The proxies whose `X-Forwarded-For` entries name the client; none by default. */
  trustProxy: ProxyTrust | undefined;
  /** Open connections in all and per client address. */
  maxConnections: number;
  /** Unset: the default, or no limit behind a proxy (all its connections share its address). */
  maxConnectionsPerClient: number | undefined;
  /** HTTPS with this certificate; `undefined` for plain HTTP. */
  tls: TlsOption | undefined;
}

export const DEFAULT_DATA_DIR = '.sms-login';
/** The development certificate's folder inside the data directory. */
export const TLS_DIR = 'tls';

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
      --database <url>   PostgreSQL, shared by every instance given    env SMS_LOGIN_DATABASE_URL
                         the same URL (postgres://user:password@host:5432/db)
      --database-pool-size <n>  connections this instance holds     env SMS_LOGIN_DATABASE_POOL_SIZE
                         open at most (default ${DEFAULT_POOL_SIZE})
      --database-tls <m> off, require (encrypted) or verify            env SMS_LOGIN_DATABASE_TLS
                         (encrypted, certificate and host name checked); default: the URL's
                         sslmode, else off
      --database-ca <file>  the CA to verify the database against  env SMS_LOGIN_DATABASE_CA
                         (a hosted database's PEM bundle; implies verify)
  -q, --quiet            no log lines, only the address it listens on  env SMS_LOGIN_QUIET=1
      --trust-proxy <p>  the proxies in front: a number of hops (1 for  env SMS_LOGIN_TRUST_PROXY
                         one nginx or load balancer) or their addresses and CIDR ranges
                         (loopback, private, 10.0.0.0/8, …); the client's address is read
                         from X-Forwarded-For past them, for the per-IP limits
      --max-connections <n>  open connections in all (default ${DEFAULT_CONNECTION_LIMITS.total}); past
                         it the oldest is closed                        env SMS_LOGIN_MAX_CONNECTIONS
      --max-connections-per-client <n>  from one address (default ${DEFAULT_CONNECTION_LIMITS.perClient};
                         0: none; none by default with --trust-proxy) env SMS_LOGIN_MAX_CONNECTIONS_PER_CLIENT
      --https            HTTPS with a development CA and certificate   env SMS_LOGIN_HTTPS=1
                         for localhost, kept in <data>/tls (./${DEFAULT_DATA_DIR}/tls with
                         --memory or --database)
      --cert <file>      HTTPS with this PEM certificate (and chain)   env SMS_LOGIN_TLS_CERT
      --key <file>       and this PEM private key; give both or none   env SMS_LOGIN_TLS_KEY
  -h, --help             show this help

Logs: one JSON line per request (method, path without query, status, duration_ms,
request_id); never codes, tokens or secrets. SIGTERM or SIGINT stops it gracefully: requests
in flight finish, then the database closes.

Routes: POST /passwordless/start, POST /oauth/token, POST /oauth/revoke, GET /userinfo,
GET /healthz, GET /.well-known/openid-configuration, GET /.well-known/jwks.json; browser sign-in:
GET /authorize, GET /u/login (the hosted page), POST /co/authenticate, GET /client/<id>.js,
GET /user/geoloc/country, GET /v2/logout; GET|DELETE /dev/messages (the outbox, when on);
/api/v2/* (Management API: connections, users, clients, client grants, resource servers, tenant
settings, branding and themes, phone providers and templates; what Auth0's Deploy CLI reads)`;

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

function proxyTrust(text: string | undefined): ProxyTrust | undefined {
  if (text === undefined) return undefined;
  try {
    return parseProxyTrust(text);
  } catch (error) {
    throw new UsageError(`--trust-proxy (SMS_LOGIN_TRUST_PROXY): ${(error as Error).message}`);
  }
}

function count<Fallback extends number | undefined>(
  text: string | undefined,
  source: string,
  fallback: Fallback,
  min: number,
): number | Fallback {
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!/^[0-9]{1,7}$/.test(text) || value < min)
    throw new UsageError(`${source} must be a whole number from ${min}, not "${text}"`);
  return value;
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
        database: { type: 'string' },
        'database-pool-size': { type: 'string' },
        'database-tls': { type: 'string' },
        'database-ca': { type: 'string' },
        quiet: { type: 'boolean', short: 'q' },
        'trust-proxy': { type: 'string' },
        'max-connections': { type: 'string' },
        'max-connections-per-client': { type: 'string' },
        https: { type: 'boolean' },
        cert: { type: 'string' },
        key: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (values.help) return { help: true };
  const storeFlags = [
    values.memory ? '--memory' : '',
    values.data === undefined ? '' : '--data',
    values.database === undefined ? '' : '--database',
  ].filter(Boolean);
  if (storeFlags.length > 1) throw new UsageError(`${storeFlags.join(' and ')} exclude each other`);
  const port =
    values.port !== undefined
      ? parsePort(values.port, '--port')
      : parsePort(env.SMS_LOGIN_PORT || '8787', '--port (SMS_LOGIN_PORT)');
  // A store flag wins over every store variable; of the variables, only one may be set.
  const database = databaseOption(
    values,
    storeFlags.length && values.database === undefined ? {} : env,
    (message) => new UsageError(message),
  );
  if (database && !storeFlags.length && (truthy(env.SMS_LOGIN_MEMORY) || env.SMS_LOGIN_DATA))
    throw new UsageError(
      'SMS_LOGIN_DATABASE_URL excludes SMS_LOGIN_MEMORY and SMS_LOGIN_DATA: give one store',
    );
  const memory = values.memory ?? (values.data === undefined && truthy(env.SMS_LOGIN_MEMORY));
  const dataDir =
    memory || database ? undefined : (values.data ?? (env.SMS_LOGIN_DATA || DEFAULT_DATA_DIR));
  return {
    help: false,
    options: {
      port,
      host: values.host ?? (env.SMS_LOGIN_HOST || '127.0.0.1'),
      configPath: values.config ?? (env.SMS_LOGIN_CONFIG || undefined),
      domain: values.domain ?? (env.SMS_LOGIN_DOMAIN || undefined),
      dataDir,
      database,
      quiet: values.quiet ?? truthy(env.SMS_LOGIN_QUIET) ?? false,
      trustProxy: proxyTrust(values['trust-proxy'] ?? (env.SMS_LOGIN_TRUST_PROXY || undefined)),
      maxConnections: count(
        values['max-connections'] ?? env.SMS_LOGIN_MAX_CONNECTIONS,
        '--max-connections',
        DEFAULT_CONNECTION_LIMITS.total,
        1,
      ),
      maxConnectionsPerClient: count(
        values['max-connections-per-client'] ?? env.SMS_LOGIN_MAX_CONNECTIONS_PER_CLIENT,
        '--max-connections-per-client',
        undefined,
        0,
      ),
      tls: tlsOption(values, env, dataDir),
    },
  };
}

/** `--cert`/`--key` (which imply HTTPS), else `--https` with the development certificate. */
function tlsOption(
  values: { https?: boolean; cert?: string; key?: string },
  env: NodeJS.ProcessEnv,
  dataDir: string | undefined,
): TlsOption | undefined {
  const certFile = values.cert ?? (env.SMS_LOGIN_TLS_CERT || undefined);
  const keyFile = values.key ?? (env.SMS_LOGIN_TLS_KEY || undefined);
  if (values.cert === '' || values.key === '')
    throw new UsageError('--cert and --key need a file name');
  if (certFile !== undefined && keyFile !== undefined)
    return { certificate: 'files', certFile, keyFile };
  if (certFile !== undefined || keyFile !== undefined) {
    const [given, missing] =
      certFile !== undefined ? ['certificate', 'key'] : ['key', 'certificate'];
    const message = `A TLS ${given} needs its ${missing} too: give both --cert and --key (or SMS_LOGIN_TLS_CERT and SMS_LOGIN_TLS_KEY)`;
    // A half-given pair on the command line is a usage error; in the environment, a setting one.
    if (values.cert !== undefined || values.key !== undefined) throw new UsageError(message);
    throw new ConfigError(message, []);
  }
  if (!(values.https ?? truthy(env.SMS_LOGIN_HTTPS) ?? false)) return undefined;
  // Kept beside the database; with --memory in the default data directory, so that the CA a
  // developer trusted once is the one every run in this folder uses, and no database is written.
  return { certificate: 'development', directory: join(dataDir ?? DEFAULT_DATA_DIR, TLS_DIR) };
}
