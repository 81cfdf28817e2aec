import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { startBackend } from './support/backend.js';
import {
  $,
  activeId,
  mount,
  paste,
  press,
  text,
  typeInto,
  untilMessage,
  untilStep,
} from './support/element.js';
import type { SmsLogin } from '../src/index.js';

/** Ctrl+A, then the next typing replaces the search. */
async function clearSearch() {
  await sendKeys({ down: 'Control' });
  await sendKeys({ press: 'KeyA' });
  await sendKeys({ up: 'Control' });
}

const numberField = (el: SmsLogin) => $<HTMLInputElement>(el, '#number');
const countryName = (el: SmsLogin) => text(el, '#country-button .visually-hidden');
const options = (el: SmsLogin) =>
  [...el.shadowRoot!.querySelectorAll('[role="option"]')].map((o) => o.id.replace('country-', ''));

describe('<sms-login> phone number', () => {
  beforeEach(async () => {
    await startBackend();
  });

  describe('default country', () => {
    it('takes the default-country attribute first', async () => {
      const el = await mount({ language: 'de', defaultCountry: 'jp' });
      expect(countryName(el)).to.equal('Land: Japan (+81)');
    });

    it('takes the region of the language next (de → DE, fr-CA → CA)', async () => {
      expect(countryName(await mount({ language: 'de' }))).to.equal('Land: Deutschland (+49)');
      expect(countryName(await mount({ language: 'fr-CA' }))).to.equal('Pays : Canada (+1)');
    });

    it('falls back to the United States, or to the first allowed country', async () => {
      expect(countryName(await mount({ language: 'xx' }))).to.equal('Country: United States (+1)');
      expect(countryName(await mount({ language: 'de', countries: 'fr ch be' }))).to.equal(
        'Land: Belgien (+32)',
      );
    });
  });

  describe('phone-number (a number to start with)', () => {
    it('shows the number formatted, with its country selected', async () => {
      const el = await mount({ defaultCountry: 'US' });
      el.phoneNumber = '+442079460958';
      await el.updateComplete;
      expect(countryName(el)).to.equal('Country: United Kingdom (+44)');
      expect(numberField(el).value.replace(/\D/g, '')).to.equal('2079460958');
    });

    it('sends that number when the visitor submits it as it is', async () => {
      const el = await mount({ defaultCountry: 'US' });
      el.phoneNumber = '+442079460958';
      await el.updateComplete;
      const sent = oneEvent(el, 'sms-login-code-sent');
      $<HTMLButtonElement>(el, '[part~="submit"]').click();
      expect((await sent).detail.phoneNumber).to.equal('+442079460958');
    });
  });

  describe('the country picker', () => {
    it('opens from the keyboard as a listbox with an active option', async () => {
      const el = await mount({ defaultCountry: 'FR' });
      $(el, '#country-button').focus();
      await press('ArrowDown');
      await el.updateComplete;
      expect($(el, '#country-button').getAttribute('aria-expanded')).to.equal('true');
      expect(activeId(el)).to.equal('country-search');
      const search = $(el, '#country-search');
      expect(search.getAttribute('role')).to.equal('combobox');
      expect(search.getAttribute('aria-controls')).to.equal('country-list');
      expect($(el, '#country-list').getAttribute('role')).to.equal('listbox');
      expect(search.getAttribute('aria-activedescendant')).to.equal('country-FR');
      expect($(el, '#country-FR').getAttribute('aria-selected')).to.equal('true');
      expect(options(el).length).to.be.greaterThan(240);
      await press('ArrowDown');
      await el.updateComplete;
      const next = search.getAttribute('aria-activedescendant');
      expect(next).to.not.equal('country-FR');
      expect($(el, `#${next}`).getAttribute('aria-selected')).to.equal('true');
      expect($(el, '#country-FR').getAttribute('aria-selected')).to.equal('false');
    });

    it('searches by name, ISO code and calling code, and Enter picks', async () => {
      const el = await mount({ defaultCountry: 'US' });
      $(el, '#country-button').focus();
      await press('Enter');
      await sendKeys({ type: 'germ' });
      await el.updateComplete;
      expect(options(el)).to.deep.equal(['DE']);
      await press('Enter');
      await el.updateComplete;
      expect(countryName(el)).to.equal('Country: Germany (+49)');
      expect($(el, '#country-popup')).to.equal(null);
      expect(activeId(el)).to.equal('number');

      $(el, '#country-button').focus();
      await press('Enter');
      await sendKeys({ type: 'gb' });
      await el.updateComplete;
      expect(options(el)[0]).to.equal('GB');

      await clearSearch();
      await sendKeys({ type: '+44' });
      await el.updateComplete;
      expect(options(el)[0]).to.equal('GB');
      expect(options(el)).to.include.members(['GG', 'IM', 'JE']);

      await clearSearch();
      await sendKeys({ type: 'réunion' });
      await el.updateComplete;
      expect(options(el)).to.deep.equal(['RE']);
      await clearSearch();
      await sendKeys({ type: 'reunion' });
      await el.updateComplete;
      expect(options(el)).to.deep.equal(['RE']);

      await clearSearch();
      await sendKeys({ type: 'zzzz' });
      await el.updateComplete;
      expect(options(el)).to.deep.equal([]);
      expect(text(el, '.empty')).to.equal('No country found');
    });

    it('jumps by typing on the closed button, and Escape closes without picking', async () => {
      const el = await mount({ defaultCountry: 'US' });
      $(el, '#country-button').focus();
      await sendKeys({ type: 'j' });
      await el.updateComplete;
      expect($<HTMLInputElement>(el, '#country-search').value).to.equal('j');
      expect($(el, '#country-search').getAttribute('aria-activedescendant')).to.equal(
        `country-${options(el)[0]}`,
      );
      expect(options(el)[0]).to.be.oneOf(['JP', 'JM', 'JE', 'JO']);
      await press('Escape');
      await el.updateComplete;
      expect($(el, '#country-popup')).to.equal(null);
      expect(activeId(el)).to.equal('country-button');
      expect(countryName(el)).to.equal('Country: United States (+1)');
    });

    it('names countries in the widget language and restricts them with `countries`', async () => {
      const el = await mount({ language: 'fr', countries: 'FR, BE CH xx' });
      $(el, '#country-button').click();
      await el.updateComplete;
      expect(options(el)).to.deep.equal(['BE', 'FR', 'CH']);
      expect(text(el, '#country-CH .name')).to.equal('Suisse');
      expect(text(el, '#country-CH .dial-code')).to.equal('+41');
    });
  });

  describe('typing and pasting', () => {
    it('formats as the visitor types, in the country format', async () => {
      const el = await mount({ defaultCountry: 'US' });
      await typeInto(el, '#number', '2015550123');
      expect(numberField(el).value).to.equal('(201) 555-0123');
    });

    it('deletes the digit before a formatting character on Backspace', async () => {
      const el = await mount({ defaultCountry: 'US' });
      await typeInto(el, '#number', '201555');
      expect(numberField(el).value).to.equal('(201) 555');
      numberField(el).setSelectionRange(5, 5); // just after ")"
      await press('Backspace');
      await el.updateComplete;
      expect(numberField(el).value.replace(/\D/g, '')).to.equal('20555');
    });

    it('switches the country for a typed international number', async () => {
      const el = await mount({ defaultCountry: 'US' });
      await typeInto(el, '#number', '+33612345678');
      expect(countryName(el)).to.equal('Country: France (+33)');
      expect(numberField(el).value).to.equal('6 12 34 56 78');
    });

    for (const [pasted, iso, shown, e164] of [
      ['+44 20 7946 0958', 'United Kingdom (+44)', '20 7946 0958', '+442079460958'],
      ['0044 20 7946 0958', 'United Kingdom (+44)', '20 7946 0958', '+442079460958'],
      ['+61 0431 234 567', 'Australia (+61)', '431 234 567', '+61431234567'],
      ['tel:+1 (416) 555-0123', 'Canada (+1)', '(416) 555-0123', '+14165550123'],
    ] as const) {
      it(`understands a pasted "${pasted}"`, async () => {
        const el = await mount({ defaultCountry: 'DE' });
        await paste(el, '#number', pasted);
        await new Promise((resolve) => setTimeout(resolve, 50));
        expect(countryName(el)).to.equal(`Country: ${iso}`);
        expect(numberField(el).value).to.equal(shown);
        const sent = oneEvent(el, 'sms-login-code-sent');
        numberField(el).focus();
        await press('Enter');
        expect((await sent).detail.phoneNumber).to.equal(e164);
        await untilStep(el, 'code');
      });
    }

    it('keeps a pasted number of a country not offered, and says it is not accepted', async () => {
      const el = await mount({ language: 'en', countries: 'FR BE', defaultCountry: 'FR' });
      const errors: unknown[] = [];
      el.addEventListener('sms-login-error', (event) => errors.push(event.detail));
      await paste(el, '#number', '+44 20 7946 0958');
      await new Promise((resolve) => setTimeout(resolve, 50));
      await el.updateComplete;
      expect(countryName(el)).to.equal('Country: France (+33)');
      expect(numberField(el).value).to.equal('+44 20 7946 0958');
      await press('Enter');
      expect(await untilMessage(el)).to.equal(
        'Phone numbers from this country are not accepted here.',
      );
      expect(numberField(el).value).to.equal('+44 20 7946 0958');
      expect(numberField(el).getAttribute('aria-invalid')).to.equal('true');
      expect(activeId(el)).to.equal('number');
      expect(el.step).to.equal('phone');
      expect(errors).to.deep.equal([
        {
          error: 'country_not_allowed',
          errorDescription: 'Numbers from GB are not accepted: +442079460958',
          step: 'phone',
        },
      ]);
      // Typed, the calling code stays too; choosing an offered country does not drop it.
      numberField(el).value = '';
      await typeInto(el, '#number', '+32470123456');
      expect(countryName(el)).to.equal('Country: Belgium (+32)');
      expect(numberField(el).value).to.equal('470 12 34 56');
      await paste(el, '#number', '0044 20 7946 0958');
      await new Promise((resolve) => setTimeout(resolve, 50));
      $(el, '#country-button').click();
      await el.updateComplete;
      $(el, '#country-FR').click();
      await el.updateComplete;
      expect(numberField(el).value).to.equal('0044 20 7946 0958');
    });

    it('keeps a trunk prefix typed nationally but sends without it', async () => {
      const el = await mount({ defaultCountry: 'AU' });
      await typeInto(el, '#number', '0431234567');
      expect(numberField(el).value).to.equal('0431 234 567');
      const sent = oneEvent(el, 'sms-login-code-sent');
      await press('Enter');
      expect((await sent).detail.phoneNumber).to.equal('+61431234567');
    });
  });
});
