import type { Client } from '../tenant/tenant.ts';

/** How a client's refresh tokens behave, in milliseconds; `null` lifetimes never end. */
export interface RefreshTokenPolicy {
  rotating: boolean;
  leewayMs: number;
  absoluteLifetimeMs: number | null;
  idleLifetimeMs: number | null;
}

/** Auth0's defaults for a client's `refresh_token` settings, in seconds. */
const DEFAULT_TOKEN_LIFETIME = 2_592_000;
const DEFAULT_IDLE_TOKEN_LIFETIME = 1_296_000;

const seconds = (value: unknown, fallback: number): number =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : fallback;

/**
 * Reads the client's `refresh_token` settings. They are read field by field and a missing or
 * odd one takes Auth0's default, because a client stored before the setting existed (or changed
 * through another schema version) may lack any of them.
 */
export function refreshTokenPolicy(client: Client): RefreshTokenPolicy {
  const raw: unknown = (client as { refresh_token?: unknown }).refresh_token;
  const settings = (raw !== null && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const rotating = settings.rotation_type === 'rotating';
  // Auth0 lets only expiring tokens rotate, so a rotating client without the field expires.
  const expiring =
    settings.expiration_type === undefined ? rotating : settings.expiration_type === 'expiring';
  const lifetime = (infinite: unknown, value: unknown, fallback: number): number | null =>
    expiring && infinite !== true ? seconds(value, fallback) * 1000 : null;
  return {
    rotating,
    leewayMs: seconds(settings.leeway, 0) * 1000,
    absoluteLifetimeMs: lifetime(
      settings.infinite_token_lifetime,
      settings.token_lifetime,
      DEFAULT_TOKEN_LIFETIME,
    ),
    idleLifetimeMs: lifetime(
      settings.infinite_idle_token_lifetime,
      settings.idle_token_lifetime,
      DEFAULT_IDLE_TOKEN_LIFETIME,
    ),
  };
}
