// The share link: theme, language and template in the URL's fragment, readable by eye.
import { emptyTheme, isColorToken, type ThemeOverrides } from '../theme/tokens.js';
import type { Settings } from './settings.js';

/** `#lang=ar&scheme=dark&template=…&--sms-login-radius=1rem&dark:--sms-login-primary-color=%23…` */
export function shareFragment(settings: Settings): string {
  const params = new URLSearchParams();
  if (settings.language) params.set('lang', settings.language);
  params.set('scheme', settings.scheme);
  params.set('template', settings.template);
  const { shared, light, dark } = settings.theme;
  for (const [name, value] of Object.entries(shared)) params.set(name, value);
  for (const [name, value] of Object.entries(light)) params.set(name, value);
  for (const [name, value] of Object.entries(dark)) params.set(`dark:${name}`, value);
  return `#${params.toString()}`;
}

export function shareUrl(settings: Settings, location: Location = window.location): string {
  return `${location.origin}${location.pathname}${location.search}${shareFragment(settings)}`;
}

/** What a share fragment sets; `undefined` when the fragment is not one. */
export function readShareFragment(hash: string): Partial<Settings> | undefined {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  if (!params.has('template') && !params.has('lang') && !params.has('scheme')) return undefined;
  const patch: Partial<Settings> = {};
  const language = params.get('lang');
  if (language !== null) patch.language = language;
  const scheme = params.get('scheme');
  if (scheme === 'light' || scheme === 'dark') patch.scheme = scheme;
  const template = params.get('template');
  if (template) patch.template = template;
  const theme: ThemeOverrides = emptyTheme();
  for (const [key, value] of params) {
    const dark = key.startsWith('dark:');
    const name = dark ? key.slice(5) : key;
    if (!name.startsWith('--sms-login-')) continue;
    if (!isColorToken(name)) theme.shared[name] = value;
    else theme[dark ? 'dark' : 'light'][name] = value;
  }
  patch.theme = theme;
  return patch;
}
