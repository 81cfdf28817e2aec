import type { RateLimitConfig } from '../config/schema.ts';
import type { BackendContext } from '../context.ts';
import { AuthError } from '../errors.ts';

const HOUR_MS = 3_600_000;

/**
 * Takes a token from `bucket`; throws Auth0's 429 when none is left. Returns the
 * `X-RateLimit-*` headers to put on the answer either way.
 */
export async function enforceRateLimit(
  context: BackendContext,
  bucket: string,
  limit: RateLimitConfig,
): Promise<Record<string, string>> {
  const now = context.clock.now();
  const outcome = await context.store.takeRateLimitToken({
    bucket,
    capacity: limit.burst,
    refillPerMs: limit.per_hour / HOUR_MS,
    now,
  });
  const headers = {
    'X-RateLimit-Limit': String(limit.burst),
    'X-RateLimit-Remaining': String(outcome.remaining),
    'X-RateLimit-Reset': String(Math.ceil(outcome.resetAt / 1000)),
  };
  if (!outcome.allowed) {
    const retryAfter = Math.max(1, Math.ceil((outcome.retryAt - now) / 1000));
    context.logger.warn('rate_limited', { bucket: bucket.split(':')[0] });
    throw new AuthError(429, 'too_many_requests', 'Rate limit exceeded.', {
      ...headers,
      'Retry-After': String(retryAfter),
    });
  }
  return headers;
}
