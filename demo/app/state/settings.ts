// The workbench's settings: one object, saved in localStorage, with a reset.
import { DEFAULT_TEMPLATE } from '../../../mock-server/src/index.ts';
import { emptyTheme, type Scheme, type ThemeOverrides } from '../theme/tokens.js';

export interface Settings {
  theme: ThemeOverrides;
  scheme: Scheme;
  viewport: 'desktop' | 'phone';
  /** The sign-in on the stage: the widget in the product's page, or the server's hosted page. */
  surface: 'embedded' | 'hosted';
  /** The widget's `language` attribute; empty: automatic (the page's `lang`, then the browser). */
  language: string;
  /** The `accept-language` the in-page backend sees, as a browser would send it. */
  browserLanguages: string;
  /** The connection's message template (Liquid). */
  template: string;
  /** `application.name` in the template: the client's name. */
  applicationName: string;
  /** The number the workbench types for scenarios and uses in the preview. */
  phoneNumber: string;
  /** The language the preview renders for. */
  previewLanguage: string;
  otpLength: number;
  /** Seconds a code stays valid (`totp.time_step`). */
  otpExpiry: number;
  disableSignup: boolean;
  /**
   * The connection's test numbers (`options.test_phone_numbers`): E.164 → its fixed code. Those
   * whose code has another length than `otpLength` stay off the connection until it matches.
   */
  testNumbers: Record<string, string>;
}

export const DEFAULT_SETTINGS: Settings = {
  theme: emptyTheme(),
  scheme: 'light',
  viewport: 'desktop',
  surface: 'embedded',
  language: '',
  browserLanguages: 'en-GB,en;q=0.9',
  template: DEFAULT_TEMPLATE,
  applicationName: 'Tandem',
  phoneNumber: '+447911123456',
  previewLanguage: 'en',
  otpLength: 6,
  otpExpiry: 180,
  disableSignup: false,
  testNumbers: {},
};

const STORAGE_KEY = 'sms-login-workbench';

/** Settings from localStorage, each field checked against the default's type. */
export function loadSettings(storage: Storage = localStorage): Settings {
  let saved: Record<string, unknown> = {};
  try {
    saved = JSON.parse(storage.getItem(STORAGE_KEY) ?? '{}') as Record<string, unknown>;
  } catch {
    saved = {};
  }
  return mergeSettings(DEFAULT_SETTINGS, saved);
}

export function mergeSettings(base: Settings, patch: Record<string, unknown>): Settings {
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(patch)) {
    const fallback = (base as unknown as Record<string, unknown>)[key];
    if (fallback === undefined || typeof value !== typeof fallback) continue;
    if (key === 'testNumbers' && !isTestNumbers(value)) continue;
    merged[key] = key === 'theme' ? { ...emptyTheme(), ...(value as object) } : value;
  }
  return merged as unknown as Settings;
}

const isTestNumbers = (value: unknown): value is Record<string, string> =>
  !!value &&
  !Array.isArray(value) &&
  Object.values(value as object).every((code) => typeof code === 'string');

export function saveSettings(settings: Settings, storage: Storage = localStorage): void {
  storage.setItem(STORAGE_KEY, JSON.stringify(settings));
}

export function clearSettings(storage: Storage = localStorage): void {
  storage.removeItem(STORAGE_KEY);
}

/** Holds the settings; panels change them through `update`, the workbench listens. */
export class SettingsStore extends EventTarget {
  #settings: Settings;

  constructor(initial: Settings) {
    super();
    this.#settings = initial;
  }

  get value(): Settings {
    return this.#settings;
  }

  update(patch: Partial<Settings>): void {
    this.#settings = { ...this.#settings, ...patch };
    saveSettings(this.#settings);
    this.dispatchEvent(new Event('change'));
  }

  reset(): void {
    clearSettings();
    this.#settings = structuredClone(DEFAULT_SETTINGS);
    this.dispatchEvent(new Event('change'));
  }
}
