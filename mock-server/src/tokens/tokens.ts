import { createLocalJWKSet, jwtVerify, type JWTPayload } from 'jose';
import type { BackendCrypto } from '../crypto/backend-crypto.ts';
import type { StoredUser } from '../store/types.ts';
import type { SigningKey } from './signing-key.ts';

export interface TokenSettings {
  issuer: string;
  accessTokenLifetime: number;
  idTokenLifetime: number;
}

export interface IssueTokensRequest {
  user: StoredUser;
  clientId: string;
  scope: string;
  audience: string;
  nowSeconds: number;
  /** Claims of a browser sign-in for the id token: `nonce`, `auth_time`, `sid`. */
  idTokenClaims?: Record<string, unknown>;
  /** What post-login Actions set (`api.idToken` / `api.accessToken`); never over a standard claim. */
  customClaims?: CustomClaims;
}

export interface CustomClaims {
  idToken: Record<string, unknown>;
  accessToken: Record<string, unknown>;
}

export const scopeIncludes = (scope: string, wanted: string): boolean =>
  scope.split(' ').includes(wanted);

/** The profile claims a user's tokens and `/userinfo` carry, by scope. */
export function profileClaims(user: StoredUser, scope: string): Record<string, unknown> {
  const claims: Record<string, unknown> = {};
  if (scopeIncludes(scope, 'profile')) {
    claims.name = user.name;
    claims.nickname = user.name;
    claims.updated_at = user.updated_at;
  }
  if (scopeIncludes(scope, 'phone') || scopeIncludes(scope, 'openid')) {
    claims.phone_number = user.phone_number;
    claims.phone_number_verified = user.phone_verified;
  }
  return claims;
}

/** The tenant's key and the door's crypto, which signs with it. */
export interface TokenSigner {
  key: SigningKey;
  crypto: BackendCrypto;
}

/** Signs the `id_token` for the client. */
export async function signIdToken(
  { key, crypto }: TokenSigner,
  settings: TokenSettings,
  request: IssueTokensRequest,
): Promise<string> {
  const { user, clientId, scope, nowSeconds, idTokenClaims, customClaims } = request;
  return crypto.signJwt(key, {
    ...customClaims?.idToken,
    ...profileClaims(user, scope),
    ...idTokenClaims,
    iss: settings.issuer,
    sub: user.user_id,
    aud: clientId,
    iat: nowSeconds,
    exp: nowSeconds + settings.idTokenLifetime,
  });
}

/** Signs the `id_token` (for the client) and the `access_token` (for the API named by `audience`). */
export async function signTokens(
  signer: TokenSigner,
  settings: TokenSettings,
  request: IssueTokensRequest,
): Promise<{ accessToken: string; idToken: string | undefined }> {
  const { user, clientId, scope, audience, nowSeconds, customClaims } = request;
  const userinfoAudience = `${settings.issuer}userinfo`;
  const accessAudience = audience === userinfoAudience ? audience : [audience, userinfoAudience];
  const accessToken = await signer.crypto.signJwt(signer.key, {
    ...customClaims?.accessToken,
    iss: settings.issuer,
    sub: user.user_id,
    aud: accessAudience,
    iat: nowSeconds,
    exp: nowSeconds + settings.accessTokenLifetime,
    scope,
    azp: clientId,
    gty: 'passwordless',
  });
  const idToken = scopeIncludes(scope, 'openid')
    ? await signIdToken(signer, settings, request)
    : undefined;
  return { accessToken, idToken };
}

/** Verifies an access token of ours for `audience`; throws when it is not one. */
export async function verifyAccessToken(
  key: SigningKey,
  settings: TokenSettings,
  token: string,
  audience: string,
  nowSeconds: number,
): Promise<JWTPayload> {
  const jwks = createLocalJWKSet({ keys: [key.publicJwk] });
  const { payload } = await jwtVerify(token, jwks, {
    issuer: settings.issuer,
    audience,
    algorithms: ['RS256'],
    currentDate: new Date(nowSeconds * 1000),
  });
  return payload;
}

/**
 * `at_hash` of an id token issued with `access_token` (OpenID Connect Core §3.2.2.9): the left
 * half of its SHA-256 (RS256), base64url.
 */
export async function accessTokenHash(accessToken: string): Promise<string> {
  const digest = new Uint8Array(
    await crypto.subtle.digest('SHA-256', new TextEncoder().encode(accessToken)),
  );
  return base64url(digest.slice(0, digest.length / 2));
}

function base64url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
