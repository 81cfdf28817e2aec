import { inTransaction, type Pool } from './postgres-pool.ts';
import { EXPIRED_CODE_GRACE_MS, SWEEP_EVERY_WRITES } from './retention.ts';
import { takeTokens, type BucketState } from './token-bucket.ts';
import type { RateLimitOutcome, RateLimitRequest, Store } from './types.ts';

interface Waiting {
  requests: RateLimitRequest[];
  resolve(outcomes: RateLimitOutcome[]): void;
  reject(error: unknown): void;
}

/**
 * A number as an SQL literal: JavaScript's own digits (exact), `Infinity` for a bucket that never
 * refills.
 */
const float = (value: number): string => {
  if (typeof value !== 'number' || Number.isNaN(value)) throw new TypeError('not a number');
  return `'${String(value)}'::float8`;
};

interface BucketRow {
  bucket: string;
  tokens: number;
  updated_at: number;
  full_at: number;
}

/**
 * The PostgreSQL store's rate limits. Every take of a request locks its buckets' names (an
 * advisory lock: a bucket may have no row yet) until its transaction commits, so takes on any
 * instances apply one after the other. The takes that arrive while one transaction runs wait
 * and share the next: it applies them in arrival order, each with the rule of token-bucket.ts on
 * the state the one before left. One bucket that every request shares (one client address behind
 * many requests) then costs a transaction per batch instead of a transaction, and a wait on
 * its lock, per request. A batch is two round trips (the statements are sent together, their
 * values as escaped literals), and the locks are held for one of them.
 *
 * @internal
 */
export function postgresRateLimits(
  pool: Pool,
): Pick<Store, 'takeRateLimitToken' | 'takeRateLimitTokens'> {
  let queue: Waiting[] = [];
  let running = false;
  let writesSinceSweep = 0;

  const apply = (batch: Waiting[]) =>
    inTransaction(
      pool,
      async (client) => {
        const names = [...new Set(batch.flatMap(({ requests }) => requests.map((r) => r.bucket)))];
        const list = names.map((name) => client.escapeLiteral(name)).join(', ');
        // One round trip: the locks, in name order so that two instances' batches cannot wait
        // on each other, then the buckets, read after the locks are held.
        const results = (await client.query(
          `BEGIN;
           SELECT pg_advisory_xact_lock(hashtextextended(name, 0))
           FROM (SELECT name FROM unnest(ARRAY[${list}]::text[]) AS name ORDER BY name) AS sorted;
           SELECT * FROM rate_limit_buckets WHERE bucket IN (${list})`,
        )) as unknown as { rows: BucketRow[] }[];
        const states = new Map<string, BucketState>(
          results[2]!.rows.map((row) => [
            row.bucket,
            { tokens: row.tokens, updatedAt: row.updated_at, fullAt: row.full_at },
          ]),
        );
        const changed = new Set<string>();
        const outcomes = batch.map(({ requests }) => {
          const taken = takeTokens(
            requests.map((request) => states.get(request.bucket)),
            requests,
          );
          taken.states?.forEach((state, index) => {
            states.set(requests[index]!.bucket, state);
            changed.add(requests[index]!.bucket);
          });
          return taken.outcomes;
        });
        const statements: string[] = [];
        if (changed.size)
          statements.push(
            `INSERT INTO rate_limit_buckets (bucket, tokens, updated_at, full_at) VALUES ${[
              ...changed,
            ]
              .map((bucket) => {
                const state = states.get(bucket)!;
                return `(${client.escapeLiteral(bucket)}, ${float(state.tokens)}, ${float(state.updatedAt)}, ${float(state.fullAt)})`;
              })
              .join(', ')}
             ON CONFLICT (bucket) DO UPDATE SET tokens = excluded.tokens,
               updated_at = excluded.updated_at, full_at = excluded.full_at`,
          );
        writesSinceSweep += batch.length;
        if (writesSinceSweep >= SWEEP_EVERY_WRITES) {
          writesSinceSweep = 0;
          const now = Math.max(...batch.flatMap(({ requests }) => requests.map((r) => r.now)));
          statements.push(
            `DELETE FROM rate_limit_buckets WHERE full_at <= ${float(now)}`,
            `DELETE FROM pending_codes WHERE expires_at <= ${float(now - EXPIRED_CODE_GRACE_MS)}`,
          );
        }
        // The second round trip: the writes and the commit.
        await client.query([...statements, 'COMMIT'].join(';\n'));
        return outcomes;
      },
      true,
    );

  const drain = async () => {
    running = true;
    while (queue.length) {
      const batch = queue;
      queue = [];
      try {
        const outcomes = await apply(batch);
        batch.forEach((waiting, index) => waiting.resolve(outcomes[index]!));
      } catch (error) {
        for (const waiting of batch) waiting.reject(error);
      }
    }
    running = false;
  };

  const takeRateLimitTokens = (requests: RateLimitRequest[]) =>
    new Promise<RateLimitOutcome[]>((resolve, reject) => {
      // No bucket, nothing to lock (and `IN ()` is no SQL).
      if (!requests.length) return resolve([]);
      queue.push({ requests, resolve, reject });
      if (!running) void drain();
    });

  return {
    takeRateLimitTokens,
    async takeRateLimitToken(request) {
      return (await takeRateLimitTokens([request]))[0]!;
    },
  };
}
