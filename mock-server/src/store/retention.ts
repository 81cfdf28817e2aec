/**
 * What the stores may forget. A rate-limit bucket that has refilled is the same as no bucket; a
 * code is kept a while after it expires so a late attempt hears "expired", then dropped. Without
 * this, requests from ever-new addresses or numbers would grow the store without end.
 */
export const EXPIRED_CODE_GRACE_MS = 3_600_000;

/**
 * Collections of short-lived records (browser sign-ins, opaque access tokens), each with an
 * `expiresAt` in ms; `deleteExpiredDocuments` forgets them once past it.
 */
export const EXPIRING_COLLECTIONS = [
  'login_transactions',
  'login_tickets',
  'authorization_codes',
  'sessions',
  'opaque_access_tokens',
] as const;

/** Sweep for forgettable entries once per this many rate-limit writes (SQLite: indexed deletes). */
export const SWEEP_EVERY_WRITES = 1000;

/**
 * Due entries of each map (buckets, codes) the memory store forgets at most per rate-limit write.
 * A start makes three such writes and adds at most two buckets and one code, so nine a start
 * keeps ahead of them; a write with nothing due pays one comparison a map.
 */
export const SWEEP_STEP = 3;

/**
 * A refresh token family that expired or was revoked is kept this long, so a late use of its
 * tokens is still answered as that family's (a blocked user hears so), then dropped.
 */
export const DEAD_REFRESH_FAMILY_GRACE_MS = 7 * 86_400_000;
