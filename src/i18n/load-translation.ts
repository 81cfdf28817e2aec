import en from './translations/en.js';
import type { LanguageCode, Translation } from './translation.js';

type Loader = () => Promise<{ default: Translation }>;

// One chunk per language: only English ships with the element. The type makes the table list
// every language, and the table is the list at run time.
const loaders: Record<LanguageCode, Loader> = {
  af: () => import('./translations/af.js'),
  am: () => import('./translations/am.js'),
  ar: () => import('./translations/ar.js'),
  az: () => import('./translations/az.js'),
  bg: () => import('./translations/bg.js'),
  bn: () => import('./translations/bn.js'),
  ca: () => import('./translations/ca.js'),
  cs: () => import('./translations/cs.js'),
  da: () => import('./translations/da.js'),
  de: () => import('./translations/de.js'),
  el: () => import('./translations/el.js'),
  en: async () => ({ default: en }),
  es: () => import('./translations/es.js'),
  'es-419': () => import('./translations/es-419.js'),
  et: () => import('./translations/et.js'),
  fa: () => import('./translations/fa.js'),
  fi: () => import('./translations/fi.js'),
  fil: () => import('./translations/fil.js'),
  fr: () => import('./translations/fr.js'),
  'fr-CA': () => import('./translations/fr-CA.js'),
  gu: () => import('./translations/gu.js'),
  ha: () => import('./translations/ha.js'),
  he: () => import('./translations/he.js'),
  hi: () => import('./translations/hi.js'),
  hr: () => import('./translations/hr.js'),
  hu: () => import('./translations/hu.js'),
  id: () => import('./translations/id.js'),
  it: () => import('./translations/it.js'),
  ja: () => import('./translations/ja.js'),
  km: () => import('./translations/km.js'),
  kn: () => import('./translations/kn.js'),
  ko: () => import('./translations/ko.js'),
  lt: () => import('./translations/lt.js'),
  lv: () => import('./translations/lv.js'),
  ml: () => import('./translations/ml.js'),
  mr: () => import('./translations/mr.js'),
  ms: () => import('./translations/ms.js'),
  my: () => import('./translations/my.js'),
  nb: () => import('./translations/nb.js'),
  nl: () => import('./translations/nl.js'),
  nn: () => import('./translations/nn.js'),
  pa: () => import('./translations/pa.js'),
  pl: () => import('./translations/pl.js'),
  pt: () => import('./translations/pt.js'),
  'pt-BR': () => import('./translations/pt-BR.js'),
  ro: () => import('./translations/ro.js'),
  ru: () => import('./translations/ru.js'),
  sk: () => import('./translations/sk.js'),
  sl: () => import('./translations/sl.js'),
  sr: () => import('./translations/sr.js'),
  sv: () => import('./translations/sv.js'),
  sw: () => import('./translations/sw.js'),
  ta: () => import('./translations/ta.js'),
  te: () => import('./translations/te.js'),
  th: () => import('./translations/th.js'),
  tr: () => import('./translations/tr.js'),
  uk: () => import('./translations/uk.js'),
  ur: () => import('./translations/ur.js'),
  vi: () => import('./translations/vi.js'),
  yo: () => import('./translations/yo.js'),
  'zh-CN': () => import('./translations/zh-CN.js'),
  'zh-TW': () => import('./translations/zh-TW.js'),
};

/** The language codes that have a translation file. */
export const LANGUAGES = Object.keys(loaders) as readonly LanguageCode[];

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
    const translation = (await loaders[code]()).default;
    loaded.set(code, translation);
    return translation;
  } catch {
    return en;
  }
}
