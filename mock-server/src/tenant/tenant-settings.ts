import type { Store } from '../store/types.ts';

/** Auth0's tenant settings that this backend keeps (`GET/PATCH /api/v2/tenants/settings`). */
export interface TenantSettings {
  friendly_name: string;
  picture_url: string;
  support_email: string;
  support_url: string;
  /** Where `/v2/logout` may send the browser when the request names no client. */
  allowed_logout_urls: string[];
  /** Hours. */
  session_lifetime: number;
  /** Hours. */
  idle_session_lifetime: number;
  default_audience: string;
  default_directory: string;
  enabled_locales: string[];
  flags: Record<string, boolean>;
  session_cookie: { mode: 'persistent' | 'non-persistent' };
}

/** A new Auth0 tenant's settings. */
export const DEFAULT_TENANT_SETTINGS: TenantSettings = {
  friendly_name: '',
  picture_url: '',
  support_email: '',
  support_url: '',
  allowed_logout_urls: [],
  session_lifetime: 72,
  idle_session_lifetime: 72,
  default_audience: '',
  default_directory: '',
  enabled_locales: ['en'],
  flags: {},
  session_cookie: { mode: 'persistent' },
};

export const TENANT_SETTINGS_ID = 'settings';

export interface TenantSettingsStore {
  tenantSettings(): Promise<TenantSettings>;
  /** Changes the settings in one store step. */
  updateTenantSettings(
    update: (current: TenantSettings) => TenantSettings,
  ): Promise<TenantSettings>;
}

/** Settings written by an older version get the defaults of fields added since. */
const withDefaults = (stored: Partial<TenantSettings> | undefined): TenantSettings => ({
  ...DEFAULT_TENANT_SETTINGS,
  ...stored,
});

/** The settings; `ready` has written a new tenant's defaults. */
export function createTenantSettings(store: Store, ready: Promise<void>): TenantSettingsStore {
  return {
    async tenantSettings() {
      await ready;
      return withDefaults(await store.getDocument('tenant_settings', TENANT_SETTINGS_ID));
    },
    async updateTenantSettings(update) {
      await ready;
      const changed = await store.updateDocument<TenantSettings>(
        'tenant_settings',
        TENANT_SETTINGS_ID,
        (current) => update(withDefaults(current)),
      );
      return changed ?? withDefaults(undefined);
    },
  };
}
