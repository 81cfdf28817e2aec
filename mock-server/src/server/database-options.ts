/** TLS towards PostgreSQL: encrypted only, or encrypted with the server's certificate checked. */
export interface DatabaseTlsOption {
  mode: 'require' | 'verify';
  /** A PEM file of the CA to trust instead of the system's (a hosted database's). */
  caFile?: string;
}

/** `--database`: the PostgreSQL store, and how to reach it. */
export interface DatabaseOption {
  /** The `postgres://` URL as given (it may hold a password: never logged). */
  url: string;
  /** Host, port and database, without credentials, for the log and error messages. */
  address: string;
  /** Connections this instance holds open at most. */
  poolSize: number;
  /** Absent: as the URL's `sslmode` says, else none. */
  tls: DatabaseTlsOption | undefined;
}

export const DEFAULT_POOL_SIZE = 10;
const TLS_MODES = ['off', 'require', 'verify'] as const;

interface DatabaseValues {
  database?: string;
  'database-pool-size'?: string;
  'database-tls'?: string;
  'database-ca'?: string;
}

/** The flags that only mean something with a database, as given on the command line. */
export const databaseOnlyFlags = (values: DatabaseValues): string[] =>
  (['database-pool-size', 'database-tls', 'database-ca'] as const)
    .filter((name) => values[name] !== undefined)
    .map((name) => `--${name}`);

function addressOf(text: string, source: string, usage: (message: string) => Error): string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    url = new URL('invalid:');
  }
  // The URL is not repeated: it may hold a password.
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:')
    throw usage(`${source} must be a URL such as postgres://user:password@host:5432/database`);
  const host = url.hostname || url.searchParams.get('host') || 'localhost';
  return `${host}${url.port ? `:${url.port}` : ''}${url.pathname || '/'}`;
}

/**
 * `--database` (or `SMS_LOGIN_DATABASE_URL`) with its pool size and TLS settings; `undefined`
 * when no database is given.
 */
export function databaseOption(
  values: DatabaseValues,
  env: NodeJS.ProcessEnv,
  usage: (message: string) => Error,
): DatabaseOption | undefined {
  const fromFlag = values.database !== undefined;
  const url = values.database ?? (env.SMS_LOGIN_DATABASE_URL || undefined);
  if (url === undefined) {
    const orphans = databaseOnlyFlags(values);
    if (orphans.length) throw usage(`${orphans.join(', ')} need --database`);
    return undefined;
  }
  const source = fromFlag ? '--database' : 'SMS_LOGIN_DATABASE_URL';
  const address = addressOf(url, source, usage);
  const sizeText = values['database-pool-size'] ?? (env.SMS_LOGIN_DATABASE_POOL_SIZE || undefined);
  const poolSize = sizeText === undefined ? DEFAULT_POOL_SIZE : Number(sizeText);
  if (sizeText !== undefined && (!/^[0-9]{1,4}$/.test(sizeText) || poolSize < 1))
    throw usage(`--database-pool-size must be a whole number from 1, not "${sizeText}"`);
  const modeText = values['database-tls'] ?? (env.SMS_LOGIN_DATABASE_TLS || undefined);
  const caFile = values['database-ca'] ?? (env.SMS_LOGIN_DATABASE_CA || undefined);
  if (modeText !== undefined && !(TLS_MODES as readonly string[]).includes(modeText))
    throw usage(`--database-tls must be one of ${TLS_MODES.join(', ')}, not "${modeText}"`);
  if (caFile !== undefined && (modeText === 'off' || modeText === 'require'))
    throw usage(
      `--database-ca checks the server's certificate: it goes with --database-tls verify`,
    );
  const mode = (modeText ?? (caFile === undefined ? undefined : 'verify')) as
    (typeof TLS_MODES)[number] | undefined;
  if (mode !== undefined && /[?&](sslmode|ssl)=/.test(url))
    throw usage(
      `${source} sets sslmode already: give TLS either there or with --database-tls, not both`,
    );
  const tls: DatabaseTlsOption | undefined =
    mode === undefined || mode === 'off'
      ? undefined
      : { mode, ...(caFile === undefined ? {} : { caFile }) };
  return { url, address, poolSize, tls };
}
