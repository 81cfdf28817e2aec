import type { RefreshTokenFamily, StoredRefreshToken } from './types.ts';

// The rows of the refresh token tables (the SQLite store's schema version 3, the PostgreSQL
// store's) and the records they hold.

export interface FamilyRow {
  family_id: string;
  user_id: string;
  client_id: string;
  scope: string;
  audience: string;
  session_id: string | null;
  auth_time: number | null;
  created_at: number;
  expires_at: number | null;
  idle_expires_at: number | null;
  last_used_at: number;
  last_spent_token_hash: string | null;
  revoked_at: number | null;
}

export const toFamily = (row: FamilyRow): RefreshTokenFamily => ({
  familyId: row.family_id,
  userId: row.user_id,
  clientId: row.client_id,
  scope: row.scope,
  audience: row.audience,
  sessionId: row.session_id,
  authTime: row.auth_time,
  createdAt: row.created_at,
  expiresAt: row.expires_at,
  idleExpiresAt: row.idle_expires_at,
  lastUsedAt: row.last_used_at,
  lastSpentTokenHash: row.last_spent_token_hash,
  revokedAt: row.revoked_at,
});

export const fromFamily = (family: RefreshTokenFamily): FamilyRow => ({
  family_id: family.familyId,
  user_id: family.userId,
  client_id: family.clientId,
  scope: family.scope,
  audience: family.audience,
  session_id: family.sessionId,
  auth_time: family.authTime,
  created_at: family.createdAt,
  expires_at: family.expiresAt,
  idle_expires_at: family.idleExpiresAt,
  last_used_at: family.lastUsedAt,
  last_spent_token_hash: family.lastSpentTokenHash,
  revoked_at: family.revokedAt,
});

export interface RefreshTokenRow {
  token_hash: string;
  family_id: string;
  issued_at: number;
  spent_at: number | null;
}

export const toRefreshToken = (row: RefreshTokenRow): StoredRefreshToken => ({
  tokenHash: row.token_hash,
  familyId: row.family_id,
  issuedAt: row.issued_at,
  spentAt: row.spent_at,
});

export const fromRefreshToken = (token: StoredRefreshToken): RefreshTokenRow => ({
  token_hash: token.tokenHash,
  family_id: token.familyId,
  issued_at: token.issuedAt,
  spent_at: token.spentAt,
});
