import { REFRESH_TOKEN_GRANT } from '../config/schema.ts';
import type { BackendContext } from '../context.ts';
import { randomHex } from '../crypto/digest.ts';
import { AuthError } from '../errors.ts';
import type { RefreshTokenFamily, StoredUser } from '../store/types.ts';
import type { Client } from '../tenant/tenant.ts';
import { refreshTokenPolicy } from './refresh-policy.ts';
import { scopeIncludes } from './tokens.ts';

/**
 * Auth0's answers. auth0-spa-js reads them: "invalid refresh token" sends it back to a silent
 * login, "user is blocked" logs the user out.
 */
const invalidRefreshToken = () =>
  new AuthError(403, 'invalid_grant', 'Unknown or invalid refresh token.');
const userIsBlocked = () => new AuthError(403, 'invalid_grant', 'user is blocked');

/** A login that may get a refresh token: what its family keeps for later refreshes. */
export interface RefreshTokenLogin {
  userId: string;
  client: Client;
  scope: string;
  audience: string;
  /** The browser session the login opened, if any. */
  sessionId?: string;
  /** When the user authenticated (ms since the epoch), if it matters for `auth_time`. */
  authTime?: number;
}

/**
 * Starts a login's refresh token family and resolves to its first token, when the login gets
 * one: it asked for `offline_access` and the client may use the refresh grant. The absolute
 * lifetime is fixed here, at the login; only the hash of the token is stored.
 */
export async function issueRefreshToken(
  context: BackendContext,
  login: RefreshTokenLogin,
): Promise<string | undefined> {
  const { client, sessionId, authTime } = login;
  if (!scopeIncludes(login.scope, 'offline_access')) return undefined;
  if (!client.grant_types.includes(REFRESH_TOKEN_GRANT)) return undefined;
  const policy = refreshTokenPolicy(client);
  const now = context.clock.now();
  const token = randomHex(32);
  await context.store.createRefreshTokenFamily({
    familyId: randomHex(16),
    tokenHash: await context.crypto.sha256Hex(token),
    userId: login.userId,
    clientId: client.client_id,
    scope: login.scope,
    audience: login.audience,
    createdAt: now,
    expiresAt: policy.absoluteLifetimeMs === null ? null : now + policy.absoluteLifetimeMs,
    idleExpiresAt: policy.idleLifetimeMs === null ? null : now + policy.idleLifetimeMs,
    ...(sessionId === undefined ? {} : { sessionId }),
    ...(authTime === undefined ? {} : { authTime }),
  });
  return token;
}

/**
 * The scope a refresh asks for, kept to what the login granted: a refresh narrows, never widens.
 * Scopes outside the grant are dropped, as at the login, because auth0-spa-js sends its whole
 * configured scope with every refresh.
 */
export function narrowScope(granted: string, requested: string | undefined): string {
  if (requested === undefined) return granted;
  const asked = new Set(requested.split(' '));
  return granted
    .split(' ')
    .filter((scope) => asked.has(scope))
    .join(' ');
}

export interface RefreshedGrant {
  user: StoredUser;
  family: RefreshTokenFamily;
  /** What the new access token carries: the requested part of the family's scope. */
  scope: string;
  /** The token that replaces the presented one (rotating clients); absent: that one stays valid. */
  refreshToken: string | undefined;
}

/**
 * Exchanges a presented refresh token for the client, rotating it when the client rotates. Every
 * refusal is `403 invalid_grant`: an unknown, revoked, expired or reused token, another client's
 * token, a deleted user, and (with Auth0's own words) a blocked one.
 */
export async function exchangeRefreshToken(
  context: BackendContext,
  client: Client,
  presented: string,
  requestedScope: string | undefined,
): Promise<RefreshedGrant> {
  const tokenHash = await context.crypto.sha256Hex(presented);
  // The family's scope never changes, so this check may read it before the exchange: a request
  // that would get nothing must not spend the client's token.
  if (requestedScope !== undefined) {
    const found = await context.store.findRefreshToken(tokenHash);
    if (
      found?.family.clientId === client.client_id &&
      !narrowScope(found.family.scope, requestedScope)
    )
      throw new AuthError(
        400,
        'invalid_scope',
        'None of the requested scopes was granted to this refresh token.',
      );
  }
  const policy = refreshTokenPolicy(client);
  const successor = policy.rotating ? randomHex(32) : undefined;
  const exchanged = await context.store.exchangeRefreshToken({
    tokenHash,
    clientId: client.client_id,
    now: context.clock.now(),
    ...(successor === undefined
      ? {}
      : { successorHash: await context.crypto.sha256Hex(successor) }),
    leewayMs: policy.leewayMs,
    idleLifetimeMs: policy.idleLifetimeMs,
  });
  if (exchanged.outcome === 'missing') throw invalidRefreshToken();
  const { family } = exchanged;
  if (exchanged.outcome === 'reused')
    context.logger.warn('refresh_token_reused', {
      client_id: client.client_id,
      user_id: family.userId,
    });
  const user = await context.store.findUserById(family.userId);
  if (exchanged.outcome === 'exchanged' && (!user || user.blocked))
    // Blocking and deleting revoke the family too; this covers the moment in between.
    await context.store.revokeRefreshTokenFamily(tokenHash, client.client_id, context.clock.now());
  if (user?.blocked) throw userIsBlocked();
  if (!user || exchanged.outcome !== 'exchanged') throw invalidRefreshToken();
  return {
    user,
    family,
    scope: narrowScope(family.scope, requestedScope),
    refreshToken: successor,
  };
}

/**
 * `/oauth/revoke`: revokes the whole family of a token the client owns. Anything else (an
 * unknown token, another client's, one already revoked) changes nothing and is not an error.
 */
export async function revokeRefreshToken(
  context: BackendContext,
  client: Client,
  presented: string,
): Promise<void> {
  const revoked = await context.store.revokeRefreshTokenFamily(
    await context.crypto.sha256Hex(presented),
    client.client_id,
    context.clock.now(),
  );
  if (revoked) context.logger.info('refresh_token_revoked', { client_id: client.client_id });
}
