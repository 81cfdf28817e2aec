import type { RateLimitConfig } from '../config/schema.ts';
import type { BackendContext } from '../context.ts';
import { AuthError } from '../errors.ts';
import type { RateLimitOutcome, RateLimitRequest } from '../store/types.ts';

const HOUR_MS = 3_600_000;

/** The store request for one token of `limit` from `bucket`. */
export const rateLimitRequest = (
  bucket: string,
  limit: RateLimitConfig,
  now: number,
): RateLimitRequest => ({
  bucket,
  capacity: limit.burst,
  refillPerMs: limit.per_hour / HOUR_MS,
  now,
});

/** The `X-RateLimit-*` headers of an outcome. */
const rateLimitHeaders = (limit: RateLimitConfig, outcome: RateLimitOutcome) => ({
  'X-RateLimit-Limit': String(limit.burst),
  'X-RateLimit-Remaining': String(outcome.remaining),
  'X-RateLimit-Reset': String(Math.ceil(outcome.resetAt / 1000)),
});

/** Auth0's 429 for a bucket that had no token. */
export function rateLimitExceeded(
  context: BackendContext,
  bucket: string,
  limit: RateLimitConfig,
  outcome: RateLimitOutcome,
  now: number,
): AuthError {
  const retryAfter = Math.max(1, Math.ceil((outcome.retryAt - now) / 1000));
  context.logger.warn('rate_limited', { bucket: bucket.split(':')[0] });
  return new AuthError(429, 'too_many_requests', 'Rate limit exceeded.', {
    ...rateLimitHeaders(limit, outcome),
    'Retry-After': String(retryAfter),
  });
}

/** Takes a token from `bucket`; throws Auth0's 429 when none is left. */
export async function spendRateLimitToken(
  context: BackendContext,
  bucket: string,
  limit: RateLimitConfig,
): Promise<RateLimitOutcome> {
  const now = context.clock.now();
  const outcome = await context.store.takeRateLimitToken(rateLimitRequest(bucket, limit, now));
  if (!outcome.allowed) throw rateLimitExceeded(context, bucket, limit, outcome, now);
  return outcome;
}

/**
 * Takes a token from `bucket`; throws Auth0's 429 when none is left. Returns the
 * `X-RateLimit-*` headers to put on the answer either way.
 */
export async function enforceRateLimit(
  context: BackendContext,
  bucket: string,
  limit: RateLimitConfig,
): Promise<Record<string, string>> {
  return rateLimitHeaders(limit, await spendRateLimitToken(context, bucket, limit));
}
