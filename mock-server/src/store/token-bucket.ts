import type { RateLimitOutcome, RateLimitRequest } from './types.ts';

export interface BucketState {
  tokens: number;
  updatedAt: number;
}

/** Refills `state` for the time elapsed and takes one token if there is one. */
export function takeToken(
  state: BucketState | undefined,
  request: RateLimitRequest,
): { state: BucketState; outcome: RateLimitOutcome } {
  const current = state ?? { tokens: request.capacity, updatedAt: request.now };
  const elapsed = Math.max(0, request.now - current.updatedAt);
  const tokens = Math.min(request.capacity, current.tokens + elapsed * request.refillPerMs);
  const allowed = tokens >= 1;
  const left = allowed ? tokens - 1 : tokens;
  return {
    state: { tokens: left, updatedAt: request.now },
    outcome: {
      allowed,
      remaining: Math.floor(left),
      resetAt: request.now + Math.ceil((request.capacity - left) / request.refillPerMs),
      retryAt: allowed ? request.now : request.now + Math.ceil((1 - left) / request.refillPerMs),
    },
  };
}
