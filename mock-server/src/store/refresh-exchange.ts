import type {
  NewRefreshTokenFamily,
  RefreshTokenExchange,
  RefreshTokenExchangeOutcome,
  RefreshTokenFamily,
  StoredRefreshToken,
} from './types.ts';

/** What one exchange writes: the presented token, its family and the new token, when they change. */
export interface RefreshExchangeWrites {
  token?: StoredRefreshToken;
  family?: RefreshTokenFamily;
  successor?: StoredRefreshToken;
}

/** The family and first token a login starts, as both stores keep them. */
export function newFamilyRecords(family: NewRefreshTokenFamily): {
  family: RefreshTokenFamily;
  token: StoredRefreshToken;
} {
  const { tokenHash, sessionId, authTime, ...rest } = family;
  return {
    family: {
      ...rest,
      sessionId: sessionId ?? null,
      authTime: authTime ?? null,
      lastUsedAt: family.createdAt,
      lastSpentTokenHash: null,
      revokedAt: null,
    },
    token: { tokenHash, familyId: family.familyId, issuedAt: family.createdAt, spentAt: null },
  };
}

const isPast = (deadline: number | null, now: number) => deadline !== null && deadline <= now;

/**
 * The rule both stores apply inside their one atomic step. A spent token is let through again
 * only within the leeway after it was spent, and only if no later token of the family has been
 * spent since (Auth0: only the previous token may be reused); past that it is reuse, which
 * revokes the whole family, newest token included.
 */
export function judgeRefreshExchange(
  token: StoredRefreshToken | undefined,
  family: RefreshTokenFamily | undefined,
  exchange: RefreshTokenExchange,
): { outcome: RefreshTokenExchangeOutcome; writes: RefreshExchangeWrites } {
  const { now } = exchange;
  if (!token || !family || family.clientId !== exchange.clientId)
    return { outcome: { outcome: 'missing' }, writes: {} };
  if (family.revokedAt !== null) return { outcome: { outcome: 'revoked', family }, writes: {} };
  if (isPast(family.expiresAt, now) || isPast(family.idleExpiresAt, now))
    return { outcome: { outcome: 'expired', family }, writes: {} };
  if (token.spentAt !== null) {
    const withinLeeway =
      now < token.spentAt + exchange.leewayMs && family.lastSpentTokenHash === token.tokenHash;
    if (!withinLeeway) {
      const revoked = { ...family, revokedAt: now };
      return { outcome: { outcome: 'reused', family: revoked }, writes: { family: revoked } };
    }
  }
  const spends = exchange.successorHash !== undefined && token.spentAt === null;
  const used: RefreshTokenFamily = {
    ...family,
    lastUsedAt: now,
    idleExpiresAt: exchange.idleLifetimeMs === null ? null : now + exchange.idleLifetimeMs,
    lastSpentTokenHash: spends ? token.tokenHash : family.lastSpentTokenHash,
  };
  const writes: RefreshExchangeWrites = { family: used };
  if (spends) writes.token = { ...token, spentAt: now };
  if (exchange.successorHash !== undefined)
    writes.successor = {
      tokenHash: exchange.successorHash,
      familyId: family.familyId,
      issuedAt: now,
      spentAt: null,
    };
  return { outcome: { outcome: 'exchanged', family: used }, writes };
}

/** Whether a family can be forgotten: dead (expired or revoked) for longer than `graceMs`. */
export function isForgettable(family: RefreshTokenFamily, now: number, graceMs: number): boolean {
  const deadSince = [family.expiresAt, family.idleExpiresAt, family.revokedAt].filter(
    (time): time is number => time !== null,
  );
  return deadSince.some((time) => time + graceMs <= now);
}
