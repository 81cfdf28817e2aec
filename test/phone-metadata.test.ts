import { expect } from '@open-wc/testing';
import metadata from 'libphonenumber-js/min/metadata';
import { CALLING_CODES, MAIN_REGIONS } from '../src/phone/calling-codes.js';
import { callingCodeOf, flagOf, listCountries } from '../src/phone/countries.js';

describe('country table', () => {
  const { countries, country_calling_codes } = metadata as unknown as {
    countries: Record<string, [string]>;
    country_calling_codes: Record<string, string[]>;
  };

  it('matches libphonenumber-js (rerun scripts/generate-calling-codes.mjs when it does not)', () => {
    const table = Object.fromEntries(
      CALLING_CODES.split(' ').map((e) => [e.slice(0, 2), e.slice(2)]),
    );
    expect(table).to.deep.equal(
      Object.fromEntries(Object.entries(countries).map(([iso, plan]) => [iso, plan[0]])),
    );
    for (const main of MAIN_REGIONS.split(' '))
      expect(country_calling_codes[callingCodeOf(main)!]![0]).to.equal(main);
  });

  it('lists every region with a localized name and a flag', () => {
    const list = listCountries('de');
    expect(list).to.have.length(Object.keys(countries).length);
    const de = list.find((c) => c.iso === 'DE')!;
    expect(de).to.deep.equal({ iso: 'DE', callingCode: '49', name: 'Deutschland', flag: '🇩🇪' });
    expect(flagOf('gb')).to.equal('🇬🇧');
  });
});
