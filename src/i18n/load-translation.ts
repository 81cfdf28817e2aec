import en from './translations/en.js';
import type { LanguageCode, Translation } from './translation.js';

type Loader = () => Promise<{ default: Translation }>;

// One chunk per language: only English ships with the element.
const loaders: Record<Exclude<LanguageCode, 'en'>, Loader> = {
  ar: () => import('./translations/ar.js'),
  de: () => import('./translations/de.js'),
  es: () => import('./translations/es.js'),
  fr: () => import('./translations/fr.js'),
  he: () => import('./translations/he.js'),
  hi: () => import('./translations/hi.js'),
  id: () => import('./translations/id.js'),
  it: () => import('./translations/it.js'),
  ja: () => import('./translations/ja.js'),
  ko: () => import('./translations/ko.js'),
  nl: () => import('./translations/nl.js'),
  pl: () => import('./translations/pl.js'),
  pt: () => import('./translations/pt.js'),
  'pt-BR': () => import('./translations/pt-BR.js'),
  ru: () => import('./translations/ru.js'),
  sv: () => import('./translations/sv.js'),
  tr: () => import('./translations/tr.js'),
  uk: () => import('./translations/uk.js'),
  'zh-CN': () => import('./translations/zh-CN.js'),
};

const loaded = new Map<LanguageCode, Translation>([['en', en]]);

/** The translation if it is already loaded (English always is). */
export function loadedTranslation(code: LanguageCode): Translation | undefined {
  return loaded.get(code);
}

/** Loads a language's translation once; English when the file cannot be loaded. */
export async function loadTranslation(code: LanguageCode): Promise<Translation> {
  const ready = loaded.get(code);
  if (ready) return ready;
  try {
    const translation = (await loaders[code as Exclude<LanguageCode, 'en'>]()).default;
    loaded.set(code, translation);
    return translation;
  } catch {
    return en;
  }
}
