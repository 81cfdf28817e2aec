import type { RateLimitConfig } from '../config/schema.ts';
import type { BackendContext } from '../context.ts';
import { rateLimitExceeded, rateLimitRequest } from '../rate-limit/enforce.ts';
import type { RateLimitOutcome } from '../store/types.ts';

/** A number counts once an hour per IP: a one-token bucket per (IP, number) says whether it is new. */
const NUMBER_SEEN: RateLimitConfig = { burst: 1, per_hour: 1 };

/**
 * The limits on who may make the backend send an SMS, beyond the per-IP budget of the route: a
 * cooldown and an hourly cap per number, and a cap on how many different numbers one IP reaches
 * (SMS pumping walks through numbers to earn on each message). The answer's `X-RateLimit-*`
 * headers are the route's per-IP limit's, not these.
 *
 * One store call takes them all when the number is new to this IP (every start of a new login),
 * all or none: a refused start spends none of them, and a refused new number stays new, so asking
 * again is refused again instead of slipping through as "already seen". A number this IP reached
 * within the hour spends its own limits only, in a second call.
 */
export async function enforceSendLimits(
  context: BackendContext,
  request: { ip: string; connection: string; phoneNumber: string },
): Promise<void> {
  const limits = context.config.rate_limits;
  const number = `${request.connection}:${request.phoneNumber}`;
  const now = context.clock.now();
  const perNumber: [string, RateLimitConfig][] = [
    [`start-phone:${number}`, limits.passwordless_start_per_phone],
  ];
  if (limits.resend_cooldown_seconds > 0)
    perNumber.unshift([
      `cooldown-phone:${number}`,
      { burst: 1, per_hour: 3600 / limits.resend_cooldown_seconds },
    ]);
  const distinctBucket = `numbers-ip:${request.ip}`;
  const perNumberRequests = perNumber.map(([bucket, limit]) =>
    rateLimitRequest(bucket, limit, now),
  );
  const outcomes = await context.store.takeRateLimitTokens([
    ...perNumberRequests,
    rateLimitRequest(`ip-number:${request.ip}:${number}`, NUMBER_SEEN, now),
    rateLimitRequest(distinctBucket, limits.distinct_numbers_per_ip, now),
  ]);
  const refusal = (taken: RateLimitOutcome[]) => {
    const index = taken.findIndex((outcome) => !outcome.allowed);
    if (index === -1) return undefined;
    const [bucket, limit] = perNumber[index]!;
    return rateLimitExceeded(context, bucket, limit, taken[index]!, now);
  };
  const perNumberRefusal = refusal(outcomes.slice(0, perNumber.length));
  if (perNumberRefusal) throw perNumberRefusal;
  const [seen, distinct] = outcomes.slice(perNumber.length);
  if (seen!.allowed && distinct!.allowed) return;
  if (seen!.allowed)
    throw rateLimitExceeded(
      context,
      distinctBucket,
      limits.distinct_numbers_per_ip,
      distinct!,
      now,
    );
  // Reached from this IP within the hour already: not a new number, only its own limits apply.
  const again = refusal(await context.store.takeRateLimitTokens(perNumberRequests));
  if (again) throw again;
}
