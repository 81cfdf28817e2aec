import type { Plural, Translation } from './translation.js';

const inUnit = (tag: string, amount: number, unit: string) =>
  new Intl.NumberFormat(tag, { style: 'unit', unit, unitDisplay: 'long' }).format(amount);

/**
 * A wait in seconds as words in `locale` ("5 minutes", "30 seconds"), rounded up; undefined where
 * the browser has no unit names for the language (Chromium's own data lacks some, and writes them
 * in English), so that the sentence leaves the wait out rather than mix in English.
 */
export function formatWait(seconds: number, locale: string): string | undefined {
  const [value, unit] =
    seconds >= 5400
      ? [Math.ceil(seconds / 3600), 'hour']
      : seconds >= 90
        ? [Math.ceil(seconds / 60), 'minute']
        : [Math.max(1, Math.ceil(seconds)), 'second'];
  // "2 hours" is English only: a language that gets it has no unit names of its own here (a
  // probe such as "5 minutes" would not do: French writes it the same).
  const hasUnitNames =
    /^en\b/i.test(locale) || inUnit(locale, 2, 'hour') !== inUnit('en', 2, 'hour');
  return hasUnitNames ? inUnit(locale, value, unit) : undefined;
}

/** A `Plural` of `t` for `count`: the text of its plural category, with the count in its digits. */
export function formatCount(t: Translation, text: Plural, count: number): string {
  const category = new Intl.PluralRules(t.$code).select(count);
  return (text[category] ?? text.other).replace(
    '{count}',
    new Intl.NumberFormat(t.$code).format(count),
  );
}

/**
 * A left-to-right value (a phone number, a calling code) as it goes into a sentence of `t`: in a
 * right-to-left language it is isolated (U+2066 … U+2069), so `+44 7911 123456` keeps its order.
 */
export function isolateLtr(t: Translation, value: string): string {
  return t.$dir === 'rtl' ? `\u2066${value}\u2069` : value;
}
