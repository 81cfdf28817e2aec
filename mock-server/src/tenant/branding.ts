import type { Branding } from '../config/branding.ts';
import type { BrandingTheme } from '../config/branding-theme.ts';
import type { Store } from '../store/types.ts';

/** Where the branding documents live in the store's `branding` collection. */
export const BRANDING_SETTINGS_ID = 'settings';
export const UNIVERSAL_LOGIN_TEMPLATE_ID = 'universal_login';
/** A tenant has one theme at most, as in Auth0. */
export const THEME_ID = 'theme';

interface StoredTemplate {
  template: string;
}

/**
 * The hosted login page's look: Auth0's branding settings and Universal Login page template, as
 * the configuration seeded them and the Management API changed them. Checked before they are
 * saved, so the page can use what it reads as it is.
 */
export interface TenantBranding {
  /** `{}` until something is set. */
  branding(): Promise<Branding>;
  saveBranding(branding: Branding): Promise<void>;
  /** The Liquid page template, if the tenant has one. */
  universalLoginTemplate(): Promise<string | undefined>;
  saveUniversalLoginTemplate(template: string): Promise<void>;
  deleteUniversalLoginTemplate(): Promise<boolean>;
  /** The Universal Login theme, if the tenant has one. */
  theme(): Promise<BrandingTheme | undefined>;
  saveTheme(theme: BrandingTheme): Promise<void>;
  /** Deletes the theme if its id is `themeId`; false when there is no such theme. */
  deleteTheme(themeId: string): Promise<boolean>;
}

export function createTenantBranding(store: Store, ready: Promise<void>): TenantBranding {
  return {
    async branding() {
      await ready;
      return (await store.getDocument<Branding>('branding', BRANDING_SETTINGS_ID)) ?? {};
    },
    async saveBranding(branding) {
      await ready;
      await store.putDocument('branding', BRANDING_SETTINGS_ID, branding);
    },
    async universalLoginTemplate() {
      await ready;
      const stored = await store.getDocument<StoredTemplate>(
        'branding',
        UNIVERSAL_LOGIN_TEMPLATE_ID,
      );
      return stored?.template;
    },
    async saveUniversalLoginTemplate(template) {
      await ready;
      await store.putDocument<StoredTemplate>('branding', UNIVERSAL_LOGIN_TEMPLATE_ID, {
        template,
      });
    },
    async deleteUniversalLoginTemplate() {
      await ready;
      return store.deleteDocument('branding', UNIVERSAL_LOGIN_TEMPLATE_ID);
    },
    async theme() {
      await ready;
      return store.getDocument<BrandingTheme>('branding', THEME_ID);
    },
    async saveTheme(theme) {
      await ready;
      await store.putDocument('branding', THEME_ID, theme);
    },
    async deleteTheme(themeId) {
      await ready;
      const current = await store.getDocument<BrandingTheme>('branding', THEME_ID);
      return current?.themeId === themeId && store.deleteDocument('branding', THEME_ID);
    },
  };
}
