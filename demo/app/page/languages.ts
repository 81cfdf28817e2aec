// The widget's shipped languages, named in their own words.
import { LANGUAGES } from '../../../src/index.js';

export const RTL_LANGUAGES = new Set(['ar', 'fa', 'he', 'ur']);

export function nativeName(code: string): string {
  try {
    const name = new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
    return name.charAt(0).toLocaleUpperCase(code) + name.slice(1);
  } catch {
    return code;
  }
}

export const WIDGET_LANGUAGES = [...LANGUAGES]
  .map((code) => ({ code, name: nativeName(code), rtl: RTL_LANGUAGES.has(code) }))
  .sort((a, b) => a.name.localeCompare(b.name, 'en'));
