// The picker follows the number: a number of another region of the selected calling code (+1, +44,
// +7) selects that region, and an international number of any country selects its country.
import { expect } from '@open-wc/testing';
import { startBackend } from './support/backend.js';
import { $, mount, paste, text, typeInto } from './support/element.js';
import type { SmsLogin } from '../src/index.js';

const numberField = (el: SmsLogin) => $<HTMLInputElement>(el, '#number');
const countryName = (el: SmsLogin) => text(el, '#country-button .visually-hidden');

/** Pastes `number`; the element's update waits for the metadata of its calling code. */
async function pasted(el: SmsLogin, number: string): Promise<void> {
  await paste(el, '#number', number);
  await el.updateComplete;
}

describe('<sms-login> country following the number', () => {
  beforeEach(async () => {
    await startBackend();
  });

  it('shows Canada for a Canadian number typed nationally while the United States is selected', async () => {
    const el = await mount({ defaultCountry: 'US' });
    expect(countryName(el)).to.equal('Country: United States (+1)');
    await typeInto(el, '#number', '416 555 0123');
    expect(countryName(el)).to.equal('Country: Canada (+1)');
    expect(numberField(el).value).to.equal('(416) 555-0123');
  });

  it('shows Canada for a Canadian number typed with +1 while the United States is selected', async () => {
    const el = await mount({ defaultCountry: 'US' });
    await typeInto(el, '#number', '+1 416 555 0123');
    expect(countryName(el)).to.equal('Country: Canada (+1)');
  });

  it('goes back to the United States for a US number typed while Canada is selected', async () => {
    const el = await mount({ defaultCountry: 'CA' });
    await typeInto(el, '#number', '212 555 0123');
    expect(countryName(el)).to.equal('Country: United States (+1)');
  });

  for (const [selected, typed, country] of [
    ['US', '876 555 0123', 'Jamaica (+1)'],
    ['RU', '701 234 5678', 'Kazakhstan (+7)'],
    ['GB', '07797 123456', 'Jersey (+44)'],
  ] as const)
    it(`shows ${country} for ${typed} typed with ${selected} selected`, async () => {
      const el = await mount({ defaultCountry: selected });
      await typeInto(el, '#number', typed);
      expect(countryName(el)).to.equal(`Country: ${country}`);
    });

  it('keeps the selected country while the area code is not typed yet', async () => {
    const el = await mount({ defaultCountry: 'US' });
    await typeInto(el, '#number', '41');
    expect(countryName(el)).to.equal('Country: United States (+1)');
  });

  it('keeps the United Kingdom for a UK number typed nationally', async () => {
    const el = await mount({ defaultCountry: 'GB' });
    await typeInto(el, '#number', '07911 223456');
    expect(countryName(el)).to.equal('Country: United Kingdom (+44)');
  });

  for (const selected of ['US', 'CA', 'FR', 'JP', 'GB'])
    it(`switches to the United Kingdom for a pasted +44 7911 223456 with ${selected} selected`, async () => {
      const el = await mount({ defaultCountry: selected });
      await pasted(el, '+44 7911 223456');
      expect(countryName(el)).to.equal('Country: United Kingdom (+44)');
      expect(numberField(el).value).to.equal('7911 223456');
    });

  it('switches to Guernsey for a pasted +44 7911 123456, which is in Guernsey’s mobile range', async () => {
    const el = await mount({ defaultCountry: 'US' });
    await pasted(el, '+44 7911 123456');
    expect(countryName(el)).to.equal('Country: Guernsey (+44)');
  });

  for (const [number, country] of [
    ['+81 90-1234-5678', 'Japan (+81)'],
    ['+7 701 234 5678', 'Kazakhstan (+7)'],
    ['+49 1512 3456789', 'Germany (+49)'],
  ] as const)
    it(`switches to ${country} for a pasted ${number}`, async () => {
      const el = await mount({ defaultCountry: 'US' });
      await pasted(el, number);
      expect(countryName(el)).to.equal(`Country: ${country}`);
    });
});
