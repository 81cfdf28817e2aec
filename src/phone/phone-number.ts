// Number parsing and formatting: libphonenumber-js's core, which the element loads on demand (see
// load-phone-number.ts). It works with the metadata loaded so far (phone-metadata.ts): the caller
// loads the calling code an input needs (`loadMetadataForInput`) before asking about it, and a
// region whose metadata is not there yet is left as typed rather than failing.
import { AsYouType, type CountryCode, type MetadataJson } from 'libphonenumber-js/core';
import type { callingCodeOf as CallingCodeOf } from './countries.js';
import type { phoneMetadata as PhoneMetadata } from './phone-metadata.js';

export { formatNumberEdit } from './number-edit.js';

// The element's metadata and calling codes, lent by `loadPhoneNumberSupport` as it loads this
// module: importing them here would move them to a chunk of their own, a second file up front.
let metadata: MetadataJson;
let callingCodeOf: typeof CallingCodeOf;

/** Gives this module the metadata loaded so far (kept up to date) and the calling codes. */
export function lend(phoneMetadata: typeof PhoneMetadata, codeOf: typeof CallingCodeOf): void {
  metadata = phoneMetadata as unknown as MetadataJson;
  callingCodeOf = codeOf;
}

/** What the number field holds, understood. */
export interface PhoneInput {
  /** The region the number belongs to (may differ from the one passed in after a paste). */
  country: string;
  /** What the field should show. */
  display: string;
  /** The number in E.164 (`+447911123456`), or '' while there is no national number yet. */
  e164: string;
  /** True while the visitor is still typing a calling code (`+4`): the field shows it as typed. */
  international: boolean;
}

function mainRegionOf(callingCode: string): string | undefined {
  const region: string | undefined = metadata.country_calling_codes[callingCode]?.[0];
  return region && region !== '001' ? region : undefined;
}

const hasFormatting = (text: string) => /[^\d]/.test(text);

function fromNationalDigits(digits: string, region: string): PhoneInput {
  const callingCode = callingCodeOf(region) ?? '';
  const national = new AsYouType(region as CountryCode, metadata);
  const nationalFormat = national.input(digits);
  const significant = national.getNumber()?.nationalNumber ?? digits;
  const internationalFormat = new AsYouType(undefined, metadata).input(
    `+${callingCode}${significant}`,
  );
  // Regions that share a calling code (+1, +44, +7): once the number is complete, the region its
  // digits belong to (416 is Canada's, even with the United States selected).
  const numberRegion = national.getNumber()?.country;
  const country =
    numberRegion && numberRegion !== region && callingCodeOf(numberRegion) === callingCode
      ? numberRegion
      : region;
  const withoutCode = internationalFormat.replace(`+${callingCode}`, '').trim();
  // Keep a trunk prefix the visitor typed (0431 in Australia); otherwise prefer whichever
  // format actually groups the digits.
  let display = digits;
  if (significant !== digits || hasFormatting(nationalFormat)) display = nationalFormat;
  else if (hasFormatting(withoutCode)) display = withoutCode;
  return {
    country,
    display,
    e164: significant ? `+${callingCode}${significant}` : '',
    international: false,
  };
}

/**
 * Understands what was typed or pasted into the number field for `country`: a national number
 * (formatted as typed), or an international one (`+44 20…`, `0044 20…`) which switches the
 * country and drops a trunk prefix written after the calling code (`+61 0431…`).
 */
export function interpretPhoneInput(raw: string, country: string): PhoneInput {
  const compact = raw.replace(/[^\d+]/g, '');
  let internationalDigits: string | undefined;
  if (compact.startsWith('+')) internationalDigits = compact.slice(1).replace(/\D/g, '');
  else if (compact.startsWith('00')) internationalDigits = compact.slice(2);
  if (internationalDigits === undefined) {
    return fromNationalDigits(compact.replace(/\D/g, '').slice(0, 17), country);
  }
  const digits = internationalDigits.slice(0, 17);
  const typed = new AsYouType(undefined, metadata);
  typed.input(`+${digits}`);
  const callingCode = typed.getCallingCode();
  const region = callingCode
    ? (typed.getCountry() ??
      (callingCodeOf(country) === callingCode ? country : mainRegionOf(callingCode)))
    : undefined;
  if (!callingCode || !region) {
    return { country, display: `+${digits}`, e164: '', international: true };
  }
  const significant = typed.getNumber()?.nationalNumber ?? digits.slice(callingCode.length);
  return fromNationalDigits(significant, region);
}

/** Whether an E.164 number is a valid number (for any region). */
export function isValidNumber(e164: string): boolean {
  const typed = new AsYouType(undefined, metadata);
  typed.input(e164);
  return typed.isValid();
}

/** `+447911123456` → `+44 7911 123456`. */
export function formatInternational(e164: string): string {
  return new AsYouType(undefined, metadata).input(e164);
}
