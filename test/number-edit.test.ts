// Formatting the number as it is edited, on its own: the display, the caret and the country.
import { expect } from '@open-wc/testing';
import { loadPhoneSupportFor, type PhoneNumberSupport } from '../src/phone/load-phone-number.js';
import { formatNumberEdit, isInternational, type NumberEdit } from '../src/phone/number-edit.js';

let phone: PhoneNumberSupport;
const offered = new Set(['GB', 'FR', 'GG']);
const isOffered = (iso: string) => offered.has(iso);
const edit = (value: string, changes: Partial<NumberEdit> = {}): NumberEdit => ({
  value,
  caret: value.length,
  inputType: 'insertText',
  before: '',
  ...changes,
});
const format = (value: NumberEdit, country = 'GB') =>
  formatNumberEdit(value, country, phone.interpretPhoneInput, isOffered);

describe('number edit', () => {
  before(async () => {
    phone = await loadPhoneSupportFor('', 'GB');
    await loadPhoneSupportFor('+33', 'GB');
    await loadPhoneSupportFor('+49', 'GB');
  });

  it('formats a national number and keeps the caret after the same digit', () => {
    expect(format(edit('07911223456'))).to.deep.equal({
      display: '07911 223456',
      caret: 12,
      country: 'GB',
    });
    // 07911 1… is in Guernsey's mobile range: the region of the UK's calling code it belongs to.
    expect(format(edit('07911123456'))).to.deep.equal({
      display: '07911 123456',
      caret: 12,
      country: 'GG',
    });
    // A digit typed in the middle: the caret stays after it, past the inserted space.
    expect(format(edit('079112', { caret: 6, before: '07911' }))).to.include({
      display: '07911 2',
      caret: 7,
    });
    expect(format(edit('0791123456', { caret: 3 }))).to.include({ caret: 3 });
  });

  it('deleting the space the formatting put there deletes the digit before it', () => {
    const before = '07911 123456';
    // Backspace just after the space: the browser removed the space only.
    const value = '07911123456';
    expect(
      format(edit(value, { caret: 5, before, inputType: 'deleteContentBackward' })),
    ).to.include({ display: '07911 23456', caret: 4 });
    // Any other deletion is taken as it is.
    expect(
      format(edit('0791 123456', { caret: 4, before, inputType: 'deleteContentBackward' })),
    ).to.include({ display: '07911 23456' });
  });

  it('an international number settles on its own country, shown without its calling code', () => {
    // The calling code moves to the country button; the caret goes to the end.
    expect(format(edit('+33612345678'))).to.deep.equal({
      display: '6 12 34 56 78',
      caret: 13,
      country: 'FR',
    });
    expect(format(edit('+44 1481 256789'))).to.include({ country: 'GG' });
  });

  it('keeps the calling code of a country not offered as typed (no formatting)', () => {
    expect(format(edit('+49 30 1234567'))).to.equal(undefined);
    // Written nationally, the same digits are read in the selected country.
    expect(format(edit('030 1234567'))).to.include({ country: 'GB' });
  });

  it('puts the caret at the end when a typed calling code becomes a national number', () => {
    const result = format(edit('+440', { caret: 4 }))!;
    expect(result.caret).to.equal(result.display.length);
  });

  it('tells international writing from national', () => {
    expect(['+44 20', '0044 20', ' +1'].map(isInternational)).to.deep.equal([true, true, true]);
    expect(['020 7946', '44 20', ''].map(isInternational)).to.deep.equal([false, false, false]);
  });
});
