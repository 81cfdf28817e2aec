import { expect } from '@open-wc/testing';
import { formatCount, formatWait, isolateLtr } from '../src/i18n/format.js';
import { LANGUAGES, loadTranslation } from '../src/i18n/load-translation.js';
import type { Plural, Translation } from '../src/i18n/translation.js';
import en from '../src/i18n/translations/en.js';

// The widget's languages, as the backend's default messages name them too.
const EXPECTED = (
  'af am ar az bg bn ca cs da de el en es es-419 et fa fi fil fr fr-CA gu ha he hi hr hu id it ja ' +
  'km kn ko lt lv ml mr ms my nb nl nn pa pl pt pt-BR ro ru sk sl sr sv sw ta te th tr uk ur vi yo ' +
  'zh-CN zh-TW'
).split(' ');
const RIGHT_TO_LEFT = ['ar', 'fa', 'he', 'ur'];
const PLURAL_KEYS = [
  'codeHint',
  'resendIn',
  'errorWrongCodeAttemptsLeft',
  'errorIncompleteCode',
] as const;
const CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'];

const left = (t: Translation, n: number) => formatCount(t, t.errorWrongCodeAttemptsLeft, n);

async function all(): Promise<Translation[]> {
  return Promise.all(LANGUAGES.map((code) => loadTranslation(code)));
}

/** A count that `rules` puts in `category` (integers first, then the fractions some rules need). */
function sampleOf(rules: Intl.PluralRules, category: string): number {
  const candidates = [...Array.from({ length: 201 }, (_, i) => i), 1e6, 0.5, 1.5, 2.5, 5.5];
  const found = candidates.find((n) => rules.select(n) === category);
  if (found === undefined) throw new Error(`no sample for ${category}`);
  return found;
}

describe('translations', () => {
  it('are exactly the 62 languages, each its own file', async () => {
    expect([...LANGUAGES].sort()).to.deep.equal([...EXPECTED].sort());
    for (const [index, t] of (await all()).entries()) expect(t.$code).to.equal(LANGUAGES[index]);
  });

  it('have every key in every language, each non-empty', async () => {
    const keys = Object.keys(en).sort();
    for (const t of await all()) {
      const record = t as unknown as Record<string, unknown>;
      expect(Object.keys(record).sort(), t.$code).to.deep.equal(keys);
      for (const key of keys) {
        const value = record[key];
        if (typeof value === 'function') {
          const calls = [[], ['+44 7911 123456'], ['Côte d’Ivoire', '+225'], ['5 minutes']];
          for (const args of calls) {
            const out = (value as (...a: unknown[]) => unknown)(...args);
            expect(out, `${t.$code}.${key}`).to.be.a('string').and.not.equal('');
          }
        } else if (typeof value === 'object') {
          expect(PLURAL_KEYS as readonly string[], `${t.$code}.${key}`).to.include(key);
        } else expect(value, `${t.$code}.${key}`).to.be.a('string').and.not.equal('');
      }
    }
  });

  it('put the values in the sentences', async () => {
    for (const t of await all()) {
      expect(t.codeSentTo('+44 7911 123456'), t.$code).to.contain('+44 7911 123456');
      expect(t.selectedCountry('Ghana', '+233'), t.$code).to.contain('Ghana').and.contain('+233');
      expect(t.errorRateLimited('5 minutes'), t.$code).to.contain('5 minutes');
      expect(t.errorRateLimited(), t.$code).to.not.contain('undefined');
    }
  });

  it('are translated: no language but English keeps the English words', async () => {
    const words = [
      'title',
      'phoneIntro',
      'sendCode',
      'codeTitle',
      'verify',
      'errorUnknown',
    ] as const;
    for (const t of await all()) {
      if (t.$code === 'en') continue;
      for (const key of words) expect(t[key], `${t.$code}.${key}`).to.not.equal(en[key]);
    }
  });

  it('give every count-taking text every plural category of its language', async () => {
    for (const t of await all()) {
      const categories = new Intl.PluralRules(t.$code).resolvedOptions().pluralCategories;
      for (const key of PLURAL_KEYS) {
        const plural: Plural = t[key];
        const where = `${t.$code}.${key}`;
        expect(Object.keys(plural).sort(), where).to.deep.equal([...categories].sort());
        for (const category of Object.keys(plural)) expect(CATEGORIES).to.include(category);
        expect(plural.other, where).to.contain('{count}');
      }
    }
  });

  it('pick the text of the count’s category, with the count in the language’s digits', async () => {
    for (const t of await all()) {
      const rules = new Intl.PluralRules(t.$code);
      const numbers = new Intl.NumberFormat(t.$code);
      for (const key of PLURAL_KEYS) {
        for (const category of rules.resolvedOptions().pluralCategories) {
          const count = sampleOf(rules, category);
          const text = t[key][category]!;
          expect(formatCount(t, t[key], count), `${t.$code}.${key}.${category}`).to.equal(
            text.replace('{count}', numbers.format(count)),
          );
        }
      }
    }
  });

  it('choose plural forms by the language’s rules', async () => {
    const [ru, ar, pl, sl] = [
      await loadTranslation('ru'),
      await loadTranslation('ar'),
      await loadTranslation('pl'),
      await loadTranslation('sl'),
    ];
    expect(left(ru, 1)).to.equal('Неверный код. Осталась 1 попытка.');
    expect(left(ru, 3)).to.equal('Неверный код. Осталось 3 попытки.');
    expect(left(ru, 5)).to.equal('Неверный код. Осталось 5 попыток.');
    expect(left(ru, 21)).to.equal('Неверный код. Осталась 21 попытка.');
    expect(left(pl, 22)).to.equal('Kod jest niepoprawny. Pozostały 22 próby.');
    expect(left(sl, 2)).to.equal('Koda ni pravilna. Preostaneta še 2 poskusa.');
    expect(formatCount(ar, ar.codeHint, 2)).to.equal('رقمان');
    expect(formatCount(ar, ar.codeHint, 11)).to.match(/^(11|١١) رقمًا$/);
    expect(formatCount(en, en.codeHint, 1)).to.equal('1 digit');
    expect(formatCount(en, en.codeHint, 6)).to.equal('6 digits');
  });

  it('write counts with the digits Intl gives the language', async () => {
    const [bn, mr, fa] = [
      await loadTranslation('bn'),
      await loadTranslation('mr'),
      await loadTranslation('fa'),
    ];
    expect(formatCount(bn, bn.codeHint, 6)).to.equal('৬ সংখ্যা');
    expect(formatCount(mr, mr.codeHint, 6)).to.equal('६ अंक');
    expect(formatCount(fa, fa.codeHint, 6)).to.equal('۶ رقم');
  });

  it('write waits through Intl', () => {
    expect(formatWait(300, 'en')).to.equal('5 minutes');
    expect(formatWait(30, 'de')).to.equal('30 Sekunden');
    expect(formatWait(7200, 'fr')).to.match(/^2\sheures$/);
    // French writes "5 minutes" as English does, and is still French.
    expect(formatWait(300, 'fr')).to.match(/^5\sminutes$/);
  });

  it('never put English unit names in another language’s rate-limit sentence', async () => {
    for (const t of await all()) {
      if (t.$code === 'en') continue;
      const sentence = t.errorRateLimited(formatWait(7200, t.$code));
      expect(sentence, t.$code).to.not.match(/\bhours?\b/);
    }
  });

  it('are right to left exactly for Arabic, Persian, Hebrew and Urdu', async () => {
    const rtl = (await all()).filter((t) => t.$dir === 'rtl').map((t) => t.$code);
    expect(rtl).to.deep.equal(RIGHT_TO_LEFT);
  });

  it('isolate a left-to-right value inside a right-to-left sentence only', async () => {
    for (const t of await all()) {
      const sentence = t.codeSentTo(isolateLtr(t, '+44 7911 123456'));
      if (t.$dir === 'rtl') expect(sentence, t.$code).to.contain('\u2066+44 7911 123456\u2069');
      else expect(sentence, t.$code).to.not.match(/[\u2066-\u2069]/);
    }
  });
});
