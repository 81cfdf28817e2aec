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

function live(context: BackendContext, session: BrowserSession): boolean {
  const now = context.clock.now();
  const { idle_lifetime } = context.config.sessions;
  return session.expiresAt > now && session.lastUsedAt + idle_lifetime * 1000 > now;
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
    expiresAt: now + context.config.sessions.lifetime * 1000,
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
  let found: BrowserSession | undefined;
  await context.store.updateDocument<BrowserSession>('sessions', id, (session) => {
    if (!live(context, session)) return session;
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
