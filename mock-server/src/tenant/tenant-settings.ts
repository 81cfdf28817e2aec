import { sha256Hex } from '../crypto/digest.ts';
import type { Store } from '../store/types.ts';
import { readCache } from './read-cache.ts';

/** Auth0's tenant settings that this backend keeps (`GET/PATCH /api/v2/tenants/settings`). */
export interface TenantSettings {
  friendly_name: string;
  picture_url: string;
  support_email: string;
  support_url: string;
  /** Where `/v2/logout` may send the browser when the request names no client. */
  allowed_logout_urls: string[];
  /** How long a browser's sign-in session lasts at most, in hours. */
  session_lifetime: number;
  /** How long a session lasts unused, in hours. */
  idle_session_lifetime: number;
  default_audience: string;
  default_directory: string;
  enabled_locales: string[];
  flags: Record<string, boolean>;
  session_cookie: { mode: 'persistent' | 'non-persistent' };
}

/** A new Auth0 tenant's settings; the session lifetimes come from the configuration. */
const NEW_TENANT: Omit<TenantSettings, 'session_lifetime' | 'idle_session_lifetime'> = {
  friendly_name: '',
  picture_url: '',
  support_email: '',
  support_url: '',
  allowed_logout_urls: [],
  default_audience: '',
  default_directory: '',
  enabled_locales: ['en'],
  flags: {},
  session_cookie: { mode: 'persistent' },
};

/** The configuration's `sessions` (seconds), which the settings' lifetimes start from. */
export interface SessionLifetimes {
  lifetime: number;
  idle_lifetime: number;
}

const TENANT_SETTINGS_ID = 'settings';

export interface TenantSettingsStore {
  tenantSettings(): Promise<TenantSettings>;
  /** Changes the settings in one store step. */
  updateTenantSettings(
    update: (current: TenantSettings) => TenantSettings,
  ): Promise<TenantSettings>;
}

/**
 * Writes the settings of a new tenant, and the configuration's session lifetimes whenever they
 * changed since they were last written (so editing the file still takes effect on restart, as
 * for clients); settings changed through the Management API stay as they are otherwise.
 */
export async function seedTenantSettings(store: Store, sessions: SessionLifetimes): Promise<void> {
  const lifetimes = {
    session_lifetime: sessions.lifetime / 3600,
    idle_session_lifetime: sessions.idle_lifetime / 3600,
  };
  const fingerprint = await sha256Hex(JSON.stringify(lifetimes));
  const seedId = `tenant_settings:${TENANT_SETTINGS_ID}`;
  const seed = await store.getDocument<{ fingerprint: string }>('seeds', seedId);
  const stored = await store.getDocument<TenantSettings>('tenant_settings', TENANT_SETTINGS_ID);
  if (stored && seed?.fingerprint === fingerprint) return;
  await store.putDocument('tenant_settings', TENANT_SETTINGS_ID, {
    ...NEW_TENANT,
    ...stored,
    ...lifetimes,
  });
  await store.putDocument('seeds', seedId, { fingerprint });
}

/**
 * The settings, read once and kept until a change: every sign-in session reads its lifetimes.
 * Settings written by an older version get the defaults of fields added since.
 */
export function createTenantSettings(store: Store, ready: Promise<void>): TenantSettingsStore {
  const settings = readCache(async () => {
    await ready;
    return {
      ...NEW_TENANT,
      ...(await store.getDocument<TenantSettings>('tenant_settings', TENANT_SETTINGS_ID)),
    } as TenantSettings;
  });
  return {
    tenantSettings: () => settings.get(),
    async updateTenantSettings(update) {
      await ready;
      try {
        const changed = await store.updateDocument<TenantSettings>(
          'tenant_settings',
          TENANT_SETTINGS_ID,
          (current) => update({ ...NEW_TENANT, ...current }),
        );
        if (!changed) throw new Error('the tenant settings were not seeded');
        return changed;
      } finally {
        settings.clear();
      }
    },
  };
}
