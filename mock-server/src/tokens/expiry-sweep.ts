import type { BackendContext } from '../context.ts';
import type { Store } from '../store/types.ts';

/** A sweep after this many short-lived records written. */
const WRITES_PER_SWEEP = 1000;
/** Kept this long past their expiry, so a late use is answered as expired, not unknown. */
const GRACE_MS = 3_600_000;

const writesSinceSweep = new WeakMap<Store, number>();

/**
 * Called after writing a short-lived record (a session, a login transaction or ticket, an
 * authorization code, an opaque access token): now and then, the expired ones are deleted, so
 * that logins do not grow the store without end.
 */
export async function noteExpiringWrite(context: BackendContext): Promise<void> {
  const count = (writesSinceSweep.get(context.store) ?? 0) + 1;
  writesSinceSweep.set(context.store, count >= WRITES_PER_SWEEP ? 0 : count);
  if (count < WRITES_PER_SWEEP) return;
  const deleted = await context.store.deleteExpiredDocuments(context.clock.now() - GRACE_MS);
  if (deleted) context.logger.info('expired_records_deleted', { count: deleted });
}
