// Shared by the bench processes: the tenant they run, the store they use, and seeding helpers.
import { existsSync } from 'node:fs';
import { createBackend, type Backend } from '../../mock-server/src/backend.ts';
import { parseConfig } from '../../mock-server/src/config/parse.ts';
import type { ConfigInput } from '../../mock-server/src/config/schema.ts';
import { hashCode } from '../../mock-server/src/otp/code.ts';
import { createMemoryStore } from '../../mock-server/src/store/memory.ts';
import { createNodeCrypto } from '../../mock-server/src/server/node-crypto.ts';
import { createTemplateWorkers } from '../../mock-server/src/server/template-workers.ts';
import type { Store } from '../../mock-server/src/store/types.ts';

export const CONNECTION = 'sms';
export const CLIENT_ID = 'bench';
export const KNOWN_CODE = '123456';
export const OTP_GRANT = 'http://auth0.com/oauth/grant-type/passwordless/otp';

/** Numbers by purpose, so the runs never reuse a single-use code: `+1<prefix><7 digits>`. */
export const phone = (prefix: number, index: number): string =>
  `+1${prefix}${String(index).padStart(7, '0')}`;
export const TOKEN_PREFIX = 999;
export const START_PREFIX = 888;
export const LOGIN_PREFIX = 777;
export const FILL_PREFIX = 666;

const HUGE = { burst: 1_000_000_000, per_hour: 1_000_000_000 };

/**
 * One public client on one sms connection, with every rate limit out of the way: each
 * `{ burst, per_hour }` bucket raised to a billion an hour and each number (a cooldown in seconds)
 * set to 0. Read from the defaults, so limits added later are raised too.
 */
export function benchConfig(): ConfigInput {
  const base = {
    domain: 'http://127.0.0.1:8787',
    clients: [{ client_id: CLIENT_ID, name: 'Bench App' }],
    connections: [{ name: CONNECTION, enabled_clients: [CLIENT_ID] }],
    dev_routes: true,
  };
  const limits = Object.fromEntries(
    Object.entries(parseConfig(base).rate_limits as Record<string, unknown>).map(([key, value]) => [
      key,
      typeof value === 'number'
        ? 0
        : value && typeof value === 'object' && 'burst' in value
          ? HUGE
          : value,
    ]),
  );
  return { ...base, rate_limits: limits } as ConfigInput;
}

export type StoreKind = 'memory' | 'sqlite' | 'postgres';

export const sqliteAvailable = (): boolean =>
  existsSync(new URL('../../mock-server/src/store/sqlite.ts', import.meta.url));

/**
 * A fresh store of `kind`; SQLite writes to `file` (deleted first by the caller), PostgreSQL
 * connects to the database URL `file` (an empty database, or one another bench server opened).
 */
export async function openStore(kind: StoreKind, file?: string): Promise<Store> {
  if (kind === 'memory') return createMemoryStore({ outboxLimit: 1000 });
  if (kind === 'postgres') {
    const { createPostgresStore } = await import('../../mock-server/src/store/postgres.ts');
    return createPostgresStore({ connectionString: file!, poolSize: 20, outboxLimit: 1000 });
  }
  const modulePath = '../../mock-server/src/store/sqlite.ts';
  const sqlite = (await import(modulePath)) as Record<string, unknown>;
  const factory = Object.entries(sqlite).find(
    ([name, value]) => typeof value === 'function' && /^create.*Store$/i.test(name),
  )?.[1] as ((options: unknown) => Store | Promise<Store>) | undefined;
  if (!factory) throw new Error('mock-server/src/store/sqlite.ts exports no create…Store function');
  return await factory({ path: file, filename: file, file });
}

/**
 * The backend as `sms-login-server` builds it: node:crypto, message templates on worker threads
 * (`SMS_LOGIN_BENCH_TEMPLATES=in-process` renders them in the server's thread instead).
 */
export function openBackend(store: Store): Backend {
  const inProcess = process.env.SMS_LOGIN_BENCH_TEMPLATES === 'in-process';
  return createBackend(benchConfig(), {
    store,
    crypto: createNodeCrypto(),
    ...(inProcess ? {} : { renderTemplate: createTemplateWorkers().render }),
  });
}

/** Saves a pending code `KNOWN_CODE` for each number, with the backend's own hash. */
export async function seedKnownCodes(
  backend: Backend,
  numbers: string[],
  expiresInMs = 24 * 3_600_000,
): Promise<void> {
  const key = await backend.context.codeHashKey();
  const now = Date.now();
  const batch = 256;
  for (let offset = 0; offset < numbers.length; offset += batch) {
    await Promise.all(
      numbers.slice(offset, offset + batch).map(async (phoneNumber) =>
        backend.context.store.saveIssuedCode({
          connection: CONNECTION,
          phoneNumber,
          codeHash: await hashCode(key, CONNECTION, phoneNumber, KNOWN_CODE),
          issuedAt: now,
          expiresAt: now + expiresInMs,
          failedAttempts: 0,
          exhausted: false,
        }),
      ),
    );
  }
}

export const round = (value: number, digits = 2): number => Number(value.toFixed(digits));
