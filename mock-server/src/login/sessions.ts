import { noteExpiringWrite } from '../tokens/expiry-sweep.ts';
import type { BackendContext } from '../context.ts';
import { randomHex } from '../crypto/digest.ts';
import type { StoredUser } from '../store/types.ts';
import { newSecret, secretId } from './secrets.ts';

/** A browser's single sign-on session, stored under the hash of its cookie. */
export interface BrowserSession {
  /** The public id, the `sid` claim of id tokens. */
  sid: string;
  userId: string;
  /** When the visitor last signed in with a code (ms): `auth_time`, `max_age`. */
  authTime: number;
  lastUsedAt: number;
  expiresAt: number;
}

const HOUR_MS = 3_600_000;

/** Whether a session is live: before its end, and used within the tenant's idle lifetime. */
function live(session: BrowserSession, now: number, idleLifetimeHours: number): boolean {
  return session.expiresAt > now && session.lastUsedAt + idleLifetimeHours * HOUR_MS > now;
}

/** Opens a session for `user`; the returned cookie value is the only copy of its secret. */
export async function openSession(
  context: BackendContext,
  user: StoredUser,
): Promise<{ cookie: string; session: BrowserSession }> {
  const now = context.clock.now();
  const { secret, id } = await newSecret();
  const session: BrowserSession = {
    sid: randomHex(16),
    userId: user.user_id,
    authTime: now,
    lastUsedAt: now,
    // The tenant's settings (seeded from the configuration's `sessions`, changed through the
    // Management API) say how long a session lasts.
    expiresAt: now + (await context.tenant.tenantSettings()).session_lifetime * HOUR_MS,
  };
  await context.store.putDocument('sessions', id, session);
  await noteExpiringWrite(context);
  return { cookie: secret, session };
}

/**
 * The live session of this cookie, its idle clock reset; `undefined` when there is none. A
 * session whose user is blocked or deleted ends here, on its next use.
 */
export async function resumeSession(
  context: BackendContext,
  cookie: string | undefined,
): Promise<BrowserSession | undefined> {
  if (!cookie) return undefined;
  const id = await secretId(cookie);
  const now = context.clock.now();
  const { idle_session_lifetime } = await context.tenant.tenantSettings();
  let found: BrowserSession | undefined;
  await context.store.updateDocument<BrowserSession>('sessions', id, (session) => {
    if (!live(session, now, idle_session_lifetime)) return session;
    found = { ...session, lastUsedAt: now };
    return found;
  });
  if (!found) return undefined;
  const user = await context.store.findUserById(found.userId);
  if (!user || user.blocked) {
    await context.store.deleteDocument('sessions', id);
    return undefined;
  }
  return found;
}

export async function endSession(context: BackendContext, cookie: string | undefined) {
  if (cookie) await context.store.deleteDocument('sessions', await secretId(cookie));
}
