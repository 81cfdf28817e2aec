import { noteExpiringWrite } from '../tokens/expiry-sweep.ts';
import type { CustomClaims } from '../tokens/tokens.ts';
import type { BackendContext } from '../context.ts';
import { sha256Base64Url } from './pkce.ts';
import { newSecret, secretId } from './secrets.ts';

/** Long enough for an app to exchange it, short enough to be worthless later (Auth0: 10 min at most). */
export const AUTHORIZATION_CODE_LIFETIME_MS = 60_000;

export interface AuthorizationCode {
  clientId: string;
  redirectUri: string;
  codeChallenge?: string;
  userId: string;
  scope: string;
  audience?: string;
  nonce?: string;
  sid: string;
  authTime: number;
  /** What the post-login Actions added, for the tokens the code is exchanged for. */
  customClaims?: CustomClaims;
  expiresAt: number;
  /** Set when redeemed; a second redemption finds it and revokes what the first issued. */
  redeemedAt?: number;
  /** The refresh token family the redemption issued, if any, to revoke on reuse. */
  /** Hashes of what the redemption issued, to revoke on reuse. */
  issued?: { opaqueAccessToken?: string; refreshTokenHash?: string };
}

export async function issueAuthorizationCode(
  context: BackendContext,
  code: Omit<AuthorizationCode, 'expiresAt'>,
): Promise<string> {
  const { secret, id } = await newSecret();
  await context.store.putDocument<AuthorizationCode>('authorization_codes', id, {
    ...code,
    expiresAt: context.clock.now() + AUTHORIZATION_CODE_LIFETIME_MS,
  });
  await noteExpiringWrite(context);
  return secret;
}

export type Redemption =
  | { outcome: 'redeemed'; code: AuthorizationCode; id: string }
  | { outcome: 'reused'; code: AuthorizationCode }
  | { outcome: 'invalid' };

/**
 * Marks the code redeemed in one store step, so two concurrent exchanges cannot both win, then
 * checks what it is bound to. Any failed check still spends the code.
 */
export async function redeemAuthorizationCode(
  context: BackendContext,
  secret: string,
  expect: { clientId: string; redirectUri: string | undefined; codeVerifier: string | undefined },
): Promise<Redemption> {
  if (!/^[0-9a-f]{64}$/.test(secret)) return { outcome: 'invalid' };
  const id = await secretId(secret);
  const now = context.clock.now();
  let before: AuthorizationCode | undefined;
  await context.store.updateDocument<AuthorizationCode>('authorization_codes', id, (code) => {
    before = code;
    return code.redeemedAt === undefined ? { ...code, redeemedAt: now } : code;
  });
  if (!before) return { outcome: 'invalid' };
  if (before.redeemedAt !== undefined) return { outcome: 'reused', code: before };
  const code = before;
  if (code.expiresAt <= now || code.clientId !== expect.clientId) return { outcome: 'invalid' };
  if (expect.redirectUri !== code.redirectUri) return { outcome: 'invalid' };
  if (code.codeChallenge) {
    if (!expect.codeVerifier || !/^[A-Za-z0-9._~-]{43,128}$/.test(expect.codeVerifier))
      return { outcome: 'invalid' };
    if ((await sha256Base64Url(expect.codeVerifier)) !== code.codeChallenge)
      return { outcome: 'invalid' };
  }
  return { outcome: 'redeemed', code, id };
}

/** Records what a redeemed code issued, so that its reuse can revoke it. */
export async function recordIssued(
  context: BackendContext,
  id: string,
  issued: NonNullable<AuthorizationCode['issued']>,
): Promise<void> {
  await context.store.updateDocument<AuthorizationCode>('authorization_codes', id, (code) => ({
    ...code,
    issued,
  }));
}
