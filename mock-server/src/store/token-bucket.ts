import type { RateLimitOutcome, RateLimitRequest } from './types.ts';

export interface BucketState {
  tokens: number;
  updatedAt: number;
  /** When the bucket is full again; from then on it equals no bucket and may be dropped. */
  fullAt: number;
}

/** Refills `state` for the time elapsed and takes one token if there is one. */
export function takeToken(
  state: BucketState | undefined,
  request: RateLimitRequest,
): { state: BucketState; outcome: RateLimitOutcome } {
  const current = state ?? { tokens: request.capacity, updatedAt: request.now, fullAt: 0 };
  const elapsed = Math.max(0, request.now - current.updatedAt);
  const tokens = Math.min(request.capacity, current.tokens + elapsed * request.refillPerMs);
  const allowed = tokens >= 1;
  const left = allowed ? tokens - 1 : tokens;
  const resetAt = request.now + Math.ceil((request.capacity - left) / request.refillPerMs);
  return {
    state: { tokens: left, updatedAt: request.now, fullAt: resetAt },
    outcome: {
      allowed,
      remaining: Math.floor(left),
      resetAt,
      retryAt: allowed ? request.now : request.now + Math.ceil((1 - left) / request.refillPerMs),
    },
  };
}

/**
 * Takes one token from every bucket, or from none: `allowed` for all, or the state unchanged.
 * Returns the new states to save (only when all were allowed) and each bucket's outcome.
 */
export function takeTokens(
  states: (BucketState | undefined)[],
  requests: RateLimitRequest[],
): { states: BucketState[] | undefined; outcomes: RateLimitOutcome[] } {
  const taken = requests.map((request, index) => takeToken(states[index], request));
  const outcomes = taken.map(({ outcome }) => outcome);
  const allAllowed = outcomes.every((outcome) => outcome.allowed);
  return { states: allAllowed ? taken.map(({ state }) => state) : undefined, outcomes };
}
