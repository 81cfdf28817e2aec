import { LANGUAGES } from './load-translation.js';
import type { LanguageCode } from './translation.js';

// Tags that mean one of our languages under another name (old codes, scripts, regions).
const aliases: Record<string, LanguageCode> = {
  iw: 'he',
  in: 'id',
  no: 'nb',
  tl: 'fil',
  zh: 'zh-CN',
  'zh-hant': 'zh-TW',
  'zh-hk': 'zh-TW',
  'zh-mo': 'zh-TW',
};

// Spanish of the Americas reads Latin American Spanish before Spain's (CLDR's parent locales).
const LATIN_AMERICAN_SPANISH =
  /^es-(ar|bo|br|bz|cl|co|cr|cu|do|ec|gt|hn|mx|ni|pa|pe|pr|py|sv|us|uy|ve)$/;

/**
 * The best translation for a list of requested language tags, most preferred first: the exact tag,
 * then its shorter forms (`pt-BR` → `pt`), then the next request; English when nothing matches.
 */
export function negotiateLanguage(requested: readonly (string | undefined | null)[]): LanguageCode {
  const byLowerCase = new Map(LANGUAGES.map((code) => [code.toLowerCase(), code]));
  for (const tag of requested) {
    if (!tag) continue;
    const parts = tag.replace(/_/g, '-').toLowerCase().split('-');
    for (let length = parts.length; length > 0; length--) {
      const candidate = parts.slice(0, length).join('-');
      const match =
        byLowerCase.get(candidate) ??
        aliases[candidate] ??
        (LATIN_AMERICAN_SPANISH.test(candidate) ? 'es-419' : undefined);
      if (match) return match;
    }
  }
  return 'en';
}

/** The language asked of the element: its attribute, else the nearest `lang`, else the browser's. */
export function requestedLanguages(element: Element, attribute: string | undefined): string[] {
  if (attribute) return [attribute];
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) {
      const lang = node.getAttribute('lang');
      if (lang) return [lang];
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return [...(globalThis.navigator?.languages ?? []), 'en'];
}
