import type { BackendContext } from '../context.ts';
import { enforceRateLimit } from '../rate-limit/enforce.ts';

/**
 * The limits on who may make the backend send an SMS, beyond the per-IP budget of the route: a
 * cooldown and an hourly cap per number, and a cap on how many different numbers one IP reaches
 * (SMS pumping walks through numbers to earn on each message).
 */
export async function enforceSendLimits(
  context: BackendContext,
  request: { ip: string; connection: string; phoneNumber: string },
): Promise<void> {
  const limits = context.config.rate_limits;
  const number = `${request.connection}:${request.phoneNumber}`;
  if (limits.resend_cooldown_seconds > 0)
    await enforceRateLimit(context, `cooldown-phone:${number}`, {
      burst: 1,
      per_hour: 3600 / limits.resend_cooldown_seconds,
    });
  await enforceRateLimit(context, `start-phone:${number}`, limits.passwordless_start_per_phone);
  // A number counts once an hour per IP: its own one-token bucket says whether it is new.
  const firstTimeThisHour = await context.store.takeRateLimitToken({
    bucket: `ip-number:${request.ip}:${number}`,
    capacity: 1,
    refillPerMs: 1 / 3_600_000,
    now: context.clock.now(),
  });
  if (firstTimeThisHour.allowed)
    await enforceRateLimit(context, `numbers-ip:${request.ip}`, limits.distinct_numbers_per_ip);
}
