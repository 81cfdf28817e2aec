import type { RateLimitConfig } from '../config/schema.ts';
import type { BackendContext } from '../context.ts';
import { rateLimitExceeded, rateLimitRequest, spendRateLimitToken } from '../rate-limit/enforce.ts';

/** A number counts once an hour per IP: a one-token bucket per (IP, number) says whether it is new. */
const NUMBER_SEEN: RateLimitConfig = { burst: 1, per_hour: 1 };

/**
 * The limits on who may make the backend send an SMS, beyond the per-IP budget of the route: a
 * cooldown and an hourly cap per number, and a cap on how many different numbers one IP reaches
 * (SMS pumping walks through numbers to earn on each message). The answer's `X-RateLimit-*`
 * headers are the route's per-IP limit's, not these.
 */
export async function enforceSendLimits(
  context: BackendContext,
  request: { ip: string; connection: string; phoneNumber: string },
): Promise<void> {
  const limits = context.config.rate_limits;
  const number = `${request.connection}:${request.phoneNumber}`;
  if (limits.resend_cooldown_seconds > 0)
    await spendRateLimitToken(context, `cooldown-phone:${number}`, {
      burst: 1,
      per_hour: 3600 / limits.resend_cooldown_seconds,
    });
  await spendRateLimitToken(context, `start-phone:${number}`, limits.passwordless_start_per_phone);

  // Both buckets move together or not at all: a refused new number stays new, so asking again
  // is refused again instead of slipping through as "already seen".
  const now = context.clock.now();
  const distinctBucket = `numbers-ip:${request.ip}`;
  const [seen, distinct] = await context.store.takeRateLimitTokens([
    rateLimitRequest(`ip-number:${request.ip}:${number}`, NUMBER_SEEN, now),
    rateLimitRequest(distinctBucket, limits.distinct_numbers_per_ip, now),
  ]);
  if (!seen!.allowed) return; // reached from this IP within the hour already: not a new number
  if (!distinct!.allowed)
    throw rateLimitExceeded(
      context,
      distinctBucket,
      limits.distinct_numbers_per_ip,
      distinct!,
      now,
    );
}
