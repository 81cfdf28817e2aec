// The phone metadata the page has loaded so far. libphonenumber-js's metadata is split per country
// calling code (src/generated/phone-metadata/, written by scripts/generate-calling-codes.mjs):
// the element loads the chunk of the selected country, and the chunk of a calling code typed or
// pasted after `+` or `00`, and formats once it is there.
import { METADATA_VERSION } from '../generated/phone-metadata/calling-codes.js';
import { callingCodeOf, isCallingCode } from './countries.js';

/**
 * libphonenumber-js metadata holding the chunks loaded so far; `libphonenumber-js/core` functions
 * take it as their metadata. It only ever knows calling codes whose regions are all loaded, so a
 * number with another calling code is simply not recognised (calling codes are prefix-free, so no
 * number is mistaken for a loaded code's).
 */
export const phoneMetadata = {
  version: METADATA_VERSION,
  country_calling_codes: {} as Record<string, string[]>,
  countries: {} as Record<string, unknown[]>,
  nonGeographic: {},
};

const loading = new Map<string, Promise<void>>();
let chunkTable:
  Promise<typeof import('../generated/phone-metadata/metadata-chunks.js')> | undefined;

/** Whether the metadata of `callingCode` is loaded (true for codes that have no metadata). */
export function hasMetadataFor(callingCode: string): boolean {
  return callingCode in phoneMetadata.country_calling_codes || !isCallingCode(callingCode);
}

/** Loads the metadata of `callingCode` (once per page; resolves at once when it is there). */
export function loadMetadataFor(callingCode: string): Promise<void> {
  if (hasMetadataFor(callingCode)) return Promise.resolve();
  let promise = loading.get(callingCode);
  if (!promise) {
    chunkTable ??= import('../generated/phone-metadata/metadata-chunks.js').catch(
      (error: unknown) => {
        chunkTable = undefined;
        throw error;
      },
    );
    promise = chunkTable
      .then(({ METADATA_CHUNKS }) => METADATA_CHUNKS[callingCode]!())
      .then(
        ({ default: chunk }) => {
          Object.assign(phoneMetadata.countries, chunk.countries);
          Object.assign(phoneMetadata.country_calling_codes, chunk.country_calling_codes);
        },
        (error: unknown) => {
          loading.delete(callingCode); // let a later attempt retry
          throw error;
        },
      );
    loading.set(callingCode, promise);
  }
  return promise;
}

// caret.ts has the same two for the chunk loaded on demand, which imports nothing of the element.

/** What is kept of a typed number: its digits and plus signs. */
export const digitsOf = (text: string) => text.replace(/[^\d+]/g, '');

/** Whether a number is written with its calling code (`+44 …`, `0044 …`). */
export const isInternational = (text: string) => /^(\+|00)/.test(digitsOf(text));

/**
 * The calling code whose metadata understanding `raw` in `country` takes: the code after a
 * leading `+` or `00` when it is complete (`+8` is not yet), else the country's.
 */
export function callingCodeNeeded(raw: string, country: string): string | undefined {
  const compact = digitsOf(raw);
  let international: string | undefined;
  if (compact.startsWith('+')) international = compact.slice(1).replace(/\D/g, '');
  else if (compact.startsWith('00')) international = compact.slice(2);
  if (international === undefined) return callingCodeOf(country);
  for (let length = 1; length <= 3 && length <= international.length; length++) {
    const prefix = international.slice(0, length);
    if (isCallingCode(prefix)) return prefix;
  }
  return undefined;
}

/** Whether everything needed to understand `raw` in `country` is loaded. */
export function hasMetadataForInput(raw: string, country: string): boolean {
  const code = callingCodeNeeded(raw, country);
  return code === undefined || hasMetadataFor(code);
}

/** Loads what understanding `raw` in `country` takes. */
export function loadMetadataForInput(raw: string, country: string): Promise<void> {
  const code = callingCodeNeeded(raw, country);
  return code === undefined ? Promise.resolve() : loadMetadataFor(code);
}
