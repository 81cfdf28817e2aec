import type { BackendContext } from '../context.ts';
import { AuthError } from '../errors.ts';
import { verifyCode } from '../otp/service.ts';
import type { StoredUser } from '../store/types.ts';
import type { Connection } from '../tenant/tenant.ts';
import { newSmsUser } from '../users/users.ts';

export interface CodeLogin {
  connection: Connection;
  clientId: string;
  phoneNumber: string;
  otp: string;
}

/**
 * The one path from a texted code to a signed-in user, shared by the token endpoint's OTP grant
 * and the hosted login page: the code rules (attempts, expiry, last code only), blocked users and
 * disabled sign-ups are checked here and nowhere else.
 */
export async function logInWithCode(
  context: BackendContext,
  { connection, clientId, phoneNumber, otp }: CodeLogin,
): Promise<StoredUser> {
  await verifyCode(context, connection, phoneNumber, otp);
  const now = context.clock.now();
  const existing = await context.store.findUserByPhone(connection.name, phoneNumber);
  if (existing?.blocked) throw new AuthError(401, 'unauthorized', 'user is blocked');
  if (!existing && connection.options.disable_signup)
    throw new AuthError(403, 'invalid_grant', 'Public signup is disabled');
  const user = await context.store.recordLogin(
    newSmsUser(connection.name, phoneNumber, now),
    new Date(now).toISOString(),
  );
  context.logger.info('login', {
    connection: connection.name,
    user_id: user.user_id,
    client_id: clientId,
  });
  return user;
}
