import { expect } from '@open-wc/testing';
import {
  AsYouType,
  getCountryCallingCode,
  isValidPhoneNumber,
  parsePhoneNumber,
  parsePhoneNumberFromString,
  type MetadataJson,
} from 'libphonenumber-js/core';
import metadata from 'libphonenumber-js/min/metadata';
import {
  CALLING_CODES,
  MAIN_REGIONS,
  METADATA_VERSION,
} from '../src/generated/phone-metadata/calling-codes.js';
import { callingCodeOf, flagOf, listCountries } from '../src/phone/countries.js';
import { METADATA_CHUNKS } from '../src/generated/phone-metadata/metadata-chunks.js';
import type { MetadataChunk } from '../src/generated/phone-metadata/types.js';

const { countries, country_calling_codes, version } = metadata as unknown as {
  countries: Record<string, [string]>;
  country_calling_codes: Record<string, string[]>;
  version: number;
};

describe('country table', () => {
  it('matches libphonenumber-js (rerun scripts/generate-calling-codes.mjs when it does not)', () => {
    const table = Object.fromEntries(
      CALLING_CODES.split(' ').map((e) => [e.slice(0, 2), e.slice(2)]),
    );
    expect(table).to.deep.equal(
      Object.fromEntries(Object.entries(countries).map(([iso, plan]) => [iso, plan[0]])),
    );
    for (const main of MAIN_REGIONS.split(' '))
      expect(country_calling_codes[callingCodeOf(main)!]![0]).to.equal(main);
    expect(METADATA_VERSION).to.equal(version);
  });

  it('lists every region with a localized name and a flag', () => {
    const list = listCountries('de');
    expect(list).to.have.length(Object.keys(countries).length);
    const de = list.find((c) => c.iso === 'DE')!;
    expect(de).to.deep.equal({ iso: 'DE', callingCode: '49', name: 'Deutschland', flag: '🇩🇪' });
    expect(flagOf('gb')).to.equal('🇬🇧');
  });
});

const load = async (code: string): Promise<MetadataChunk> =>
  (await METADATA_CHUNKS[code]!()).default;

/** Metadata holding only the chunks of `codes`, as the element builds it. */
async function partial(...codes: string[]): Promise<MetadataJson> {
  const merged = { version, country_calling_codes: {}, countries: {}, nonGeographic: {} };
  for (const code of codes) {
    const chunk = await load(code);
    Object.assign(merged.countries, chunk.countries);
    Object.assign(merged.country_calling_codes, chunk.country_calling_codes);
  }
  return merged as unknown as MetadataJson;
}

describe('metadata chunks', () => {
  it('match libphonenumber-js: one per calling code, with exactly its regions', async () => {
    expect(Object.keys(METADATA_CHUNKS).sort()).to.deep.equal(
      Object.keys(country_calling_codes).sort(),
    );
    const merged = { country_calling_codes: {}, countries: {} };
    for (const code of Object.keys(METADATA_CHUNKS)) {
      const chunk = await load(code);
      expect(chunk.country_calling_codes).to.deep.equal({ [code]: country_calling_codes[code] });
      expect(Object.keys(chunk.countries)).to.have.members(country_calling_codes[code]!);
      Object.assign(merged.countries, chunk.countries);
      Object.assign(merged.country_calling_codes, chunk.country_calling_codes);
    }
    expect(merged).to.deep.equal({ country_calling_codes, countries });
  });

  it('are enough for libphonenumber-js core: formatting, parsing, validation', async () => {
    const gbAndAu = await partial('44', '61');
    expect(new AsYouType('GB', gbAndAu).input('02079460958')).to.equal('020 7946 0958');
    const typed = new AsYouType(undefined, gbAndAu);
    expect(typed.input('+442079460958')).to.equal('+44 20 7946 0958');
    expect(typed.getCountry()).to.equal('GB');
    expect(typed.isValid()).to.equal(true);
    // A trunk prefix after the calling code is dropped.
    const au = new AsYouType(undefined, gbAndAu);
    au.input('+610431234567');
    expect(au.getNumber()?.number).to.equal('+61431234567');
    expect(au.getCountry()).to.equal('AU');
    // `00` from a region whose international prefix is 00.
    expect(parsePhoneNumber('0044 20 7946 0958', 'GB', gbAndAu).number).to.equal('+442079460958');
    expect(parsePhoneNumberFromString('+44 7400 123456', gbAndAu)?.country).to.equal('GB');
    expect(parsePhoneNumberFromString('+44 1481 256789', gbAndAu)?.country).to.equal('GG');
    expect(isValidPhoneNumber('+61 431 234 567', gbAndAu)).to.equal(true);
    expect(isValidPhoneNumber('+44 20 7946 095', gbAndAu)).to.equal(false);
    expect(getCountryCallingCode('JE', gbAndAu)).to.equal('44');
  });

  it('leave a calling code that is not loaded unrecognised, without failing', async () => {
    const gb = await partial('44');
    const typed = new AsYouType(undefined, gb);
    expect(typed.input('+819012345678')).to.equal('+819012345678');
    expect(typed.getCallingCode()).to.equal(undefined);
    expect(typed.isValid()).to.equal(false);
    expect(new AsYouType('JP', gb).input('09012345678')).to.equal('09012345678');
    expect(parsePhoneNumberFromString('+81 90 1234 5678', gb)).to.equal(undefined);
    expect(isValidPhoneNumber('+81 90 1234 5678', gb)).to.equal(false);
    expect(() => getCountryCallingCode('JP', gb)).to.throw(/Unknown country/);
    // +1 is one chunk: every NANP region settles on its own country.
    const nanp = await partial('1');
    expect(parsePhoneNumberFromString('+1 416 555 0123', nanp)?.country).to.equal('CA');
    expect(parsePhoneNumberFromString('+1 242 359 1234', nanp)?.country).to.equal('BS');
  });
});
