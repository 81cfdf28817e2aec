import { CALLING_CODES, MAIN_REGIONS } from '../generated/phone-metadata/calling-codes.js';

/** A region a phone number can belong to, as the picker shows it. */
export interface Country {
  /** ISO 3166-1 alpha-2 code, upper case (`GB`). */
  iso: string;
  /** Calling code without the plus (`44`). */
  callingCode: string;
  /** Name in the widget's language (`Royaume-Uni`). */
  name: string;
  /** Regional indicator emoji (`🇬🇧`). */
  flag: string;
}

const callingCodes = new Map<string, string>(
  CALLING_CODES.split(' ').map((entry) => [entry.slice(0, 2), entry.slice(2)]),
);

const mainRegions = new Set(MAIN_REGIONS.split(' '));

const knownCallingCodes = new Set(callingCodes.values());

/** The calling code of a region (`GB` → `44`), or undefined when libphonenumber-js does not know it. */
export function callingCodeOf(iso: string): string | undefined {
  return callingCodes.get(iso.toUpperCase());
}

/** Whether `digits` is the calling code of some region (`44`; not `4`, not `800`). */
export function isCallingCode(digits: string): boolean {
  return knownCallingCodes.has(digits);
}

/** Every region code known to the phone metadata, sorted. */
export function allRegions(): string[] {
  return [...callingCodes.keys()];
}

/** The flag of a region as two regional indicator symbols. */
export function flagOf(iso: string): string {
  return String.fromCodePoint(...[...iso.toUpperCase()].map((c) => 0x1f1a5 + c.charCodeAt(0)));
}

let flagSupport: boolean | undefined;

/**
 * Whether the system draws regional indicator pairs as flags: a flag is one glyph, about as wide
 * as one letter in a box would be, where systems without flags draw two.
 */
export function supportsFlagEmoji(): boolean {
  if (flagSupport === undefined) {
    try {
      const context = document.createElement('canvas').getContext('2d')!;
      context.font = '32px "Noto Color Emoji", "Apple Color Emoji", "Segoe UI Emoji", sans-serif';
      flagSupport =
        context.measureText(flagOf('GB')).width < 1.5 * context.measureText(flagOf('G')).width;
    } catch {
      flagSupport = true;
    }
  }
  return flagSupport;
}

/** Parses the `countries` attribute ("fr be, CH") into known region codes. */
export function parseCountryList(value: string | undefined | null): string[] | undefined {
  if (!value) return undefined;
  const list = value
    .split(/[\s,;]+/)
    .map((code) => code.toUpperCase())
    .filter((code) => callingCodes.has(code));
  return list.length ? [...new Set(list)] : undefined;
}

/** The countries to offer, named and sorted in `locale`. */
export function listCountries(locale: string, only?: string[]): Country[] {
  let names: Intl.DisplayNames | undefined;
  try {
    names = new Intl.DisplayNames([locale, 'en'], { type: 'region' }); // falls back to the code
  } catch {
    names = undefined;
  }
  const collator = new Intl.Collator(locale);
  return (only ?? allRegions())
    .map((iso) => ({
      iso,
      callingCode: callingCodes.get(iso) ?? '',
      name: names?.of(iso) ?? iso,
      flag: flagOf(iso),
    }))
    .sort((a, b) => collator.compare(a.name, b.name));
}

const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();

/**
 * The countries matching a search by name, ISO code or calling code, best matches first:
 * exact ISO or calling code, then names that start with the query, then names that contain it.
 */
export function searchCountries(countries: Country[], query: string): Country[] {
  const q = fold(query.trim());
  if (!q) return countries;
  const digits = q.replace(/^(\+|00)/, '');
  const isCode = /^\d+$/.test(digits);
  const ranked: [number, Country][] = [];
  for (const country of countries) {
    const name = fold(country.name);
    let rank = -1;
    if (isCode) {
      if (country.callingCode === digits) rank = mainRegions.has(country.iso) ? 0 : 0.5;
      else if (country.callingCode.startsWith(digits)) rank = 1;
    } else if (country.iso.toLowerCase() === q) rank = 0;
    else if (name.startsWith(q)) rank = 1;
    else if (name.split(/[\s\-(),.]+/).some((word) => word.startsWith(q))) rank = 2;
    else if (name.includes(q)) rank = 3;
    if (rank >= 0) ranked.push([rank, country]);
  }
  return ranked.sort((a, b) => a[0] - b[0]).map(([, country]) => country);
}

/**
 * The country to start with: the page's choice, else the region of the visitor's language
 * (`fr-CA` → CA, `de` → DE), else US; always one of `available`.
 */
export function defaultCountry(
  available: string[],
  preferred: string | undefined,
  locale: string,
): string {
  const candidates = [preferred?.toUpperCase()];
  try {
    const parsed = new Intl.Locale(locale);
    candidates.push(parsed.region, parsed.maximize().region);
  } catch {
    // an invalid language tag: skip to the fallbacks
  }
  candidates.push('US');
  return candidates.find((code) => code && available.includes(code)) ?? available[0] ?? 'US';
}
