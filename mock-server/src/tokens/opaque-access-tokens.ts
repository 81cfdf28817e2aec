import { noteExpiringWrite } from './expiry-sweep.ts';
import type { BackendContext } from '../context.ts';
import { randomHex } from '../crypto/digest.ts';

/**
 * Without an `audience`, Auth0 gives a browser sign-in an opaque access token that only
 * `/userinfo` accepts. Kept under its hash, with what `/userinfo` needs.
 */
export interface OpaqueAccessToken {
  userId: string;
  clientId: string;
  scope: string;
  /** The id token's custom claims (from post-login Actions), which `/userinfo` shows too. */
  claims?: Record<string, unknown>;
  expiresAt: number;
}

export async function issueOpaqueAccessToken(
  context: BackendContext,
  token: Omit<OpaqueAccessToken, 'expiresAt'>,
): Promise<{ secret: string; id: string }> {
  const secret = randomHex(32);
  const id = await context.crypto.sha256Hex(secret);
  await context.store.putDocument<OpaqueAccessToken>('opaque_access_tokens', id, {
    ...token,
    expiresAt: context.clock.now() + context.tokenSettings.accessTokenLifetime * 1000,
  });
  await noteExpiringWrite(context);
  return { secret, id };
}

export async function findOpaqueAccessToken(
  context: BackendContext,
  secret: string,
): Promise<OpaqueAccessToken | undefined> {
  if (!/^[0-9a-f]{64}$/.test(secret)) return undefined;
  const token = await context.store.getDocument<OpaqueAccessToken>(
    'opaque_access_tokens',
    await context.crypto.sha256Hex(secret),
  );
  return token && token.expiresAt > context.clock.now() ? token : undefined;
}

/** Revokes by the id (hash) `issueOpaqueAccessToken` returned. */
export async function revokeOpaqueAccessToken(context: BackendContext, id: string) {
  await context.store.deleteDocument('opaque_access_tokens', id);
}
