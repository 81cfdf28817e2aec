import type { BackendContext } from '../context.ts';

/**
 * Ends what a user was granted, when they are blocked or deleted: their refresh tokens (every
 * family, on every client). Their browser sessions end on their next use, which checks the user
 * (login/sessions.ts), so no list of sessions is kept per user.
 */
export async function revokeUserGrants(context: BackendContext, userId: string): Promise<void> {
  const families = await context.store.revokeUserRefreshTokens(userId, context.clock.now());
  context.logger.info('user_grants_revoked', { user_id: userId, refresh_token_families: families });
}
