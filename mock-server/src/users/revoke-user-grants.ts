import type { BackendContext } from '../context.ts';

/**
 * Ends what a user was granted, when they are blocked or deleted: today their refresh tokens
 * (every family, on every client). Whatever else a user holds (browser sessions) ends here too,
 * so that every caller that blocks or deletes a user calls this one function.
 */
export async function revokeUserGrants(context: BackendContext, userId: string): Promise<void> {
  const families = await context.store.revokeUserRefreshTokens(userId, context.clock.now());
  context.logger.info('user_grants_revoked', { user_id: userId, refresh_token_families: families });
}
