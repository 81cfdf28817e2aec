// The country and number of the phone step on their own, in a bare host element with one field.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement } from 'lit';
import { live } from 'lit/directives/live.js';
import { PhoneFieldController } from '../src/sms-login/controllers/phone-field-controller.js';
import { loadPhoneNumberSupport } from '../src/phone/load-phone-number.js';
import { hasMetadataFor } from '../src/phone/phone-metadata.js';

class PhoneFieldHost extends LitElement {
  locale = 'en';
  countries: string | undefined;
  defaultCountry: string | undefined;
  editable = true;
  readonly field = new PhoneFieldController(this, this, () => this.editable);
  protected override willUpdate(): void {
    this.field.updateDefaultCountry(false);
  }
  protected override render() {
    return html`<input
      id="number"
      .value=${live(this.field.number)}
      @input=${(event: InputEvent) =>
        this.field.input(event.target as HTMLInputElement, event.inputType)}
    />`;
  }
}
customElements.define('phone-field-host', PhoneFieldHost);

async function mountHost(setup: Partial<PhoneFieldHost> = {}): Promise<PhoneFieldHost> {
  await loadPhoneNumberSupport();
  const host = document.createElement('phone-field-host') as PhoneFieldHost;
  Object.assign(host, setup);
  (await fixture<HTMLElement>(html`<div></div>`)).append(host);
  await host.updateComplete;
  return host;
}
/** Waits for what formatting waits for, then the render (as the element's updateComplete does). */
async function settle(host: PhoneFieldHost): Promise<void> {
  while (host.field.pending) await host.field.pending;
  await host.updateComplete;
}
const input = (host: PhoneFieldHost) =>
  host.shadowRoot!.getElementById('number') as HTMLInputElement;

describe('PhoneFieldController', () => {
  it('picks the default country: the attribute, else the region of the language', async () => {
    expect((await mountHost({ defaultCountry: 'FR' })).field.country).to.equal('FR');
    expect((await mountHost({ locale: 'de-AT' })).field.country).to.equal('AT');
    expect((await mountHost({ countries: 'BE CH', locale: 'en-GB' })).field.country).to.equal('BE');
  });

  it('offers the countries of the attribute, named in the language', async () => {
    const host = await mountHost({ countries: 'FR, DE', locale: 'de' });
    expect(host.field.countries.map((c) => [c.iso, c.name])).to.deep.equal([
      ['DE', 'Deutschland'],
      ['FR', 'Frankreich'],
    ]);
  });

  it('formats what is typed, and switches the country for an international number', async () => {
    const host = await mountHost({ defaultCountry: 'GB' });
    input(host).focus();
    await sendKeys({ type: '07911123456' });
    await settle(host);
    expect(input(host).value).to.equal('07911 123456');
    expect(host.field.number).to.equal('07911 123456');

    input(host).value = '';
    input(host).dispatchEvent(new InputEvent('input', { inputType: 'deleteContent' }));
    await sendKeys({ type: '+33612345678' });
    await settle(host);
    expect(host.field.country).to.equal('FR');
    expect(input(host).value).to.equal('6 12 34 56 78');
  });

  it('a country the visitor chose stays when the settings change, if still offered', async () => {
    const host = await mountHost({ defaultCountry: 'GB' });
    host.field.selectCountry('FR');
    host.field.updateDefaultCountry(true);
    expect(host.field.country).to.equal('FR');
    host.countries = 'DE GB';
    host.defaultCountry = 'GB';
    host.field.updateDefaultCountry(true);
    expect(host.field.country).to.equal('GB');
  });

  it('reformats the number for a newly selected country, once its metadata is there', async () => {
    const host = await mountHost({ defaultCountry: 'GB' });
    input(host).focus();
    await sendKeys({ type: '0470123456' });
    await settle(host);
    expect(hasMetadataFor('32')).to.equal(false);
    host.field.selectCountry('BE');
    expect(host.field.pending, 'waits for the metadata of +32').to.be.instanceOf(Promise);
    await settle(host);
    expect(host.field.number).to.equal('0470 12 34 56');
  });

  it('checks a number for sending: E.164, or why not', async () => {
    const host = await mountHost({ defaultCountry: 'GB', countries: 'GB FR' });
    expect(await host.field.check('07911 123456')).to.deep.equal({ e164: '+447911123456' });
    expect(await host.field.check('07911')).to.deep.equal({
      error: 'invalid_phone_number',
      errorDescription: 'Not a valid phone number: +447911',
    });
    expect(await host.field.check('')).to.deep.include({ error: 'invalid_phone_number' });
    expect(await host.field.check('+49 30 1234567')).to.deep.equal({
      error: 'country_not_allowed',
      errorDescription: 'Numbers from DE are not accepted: +49301234567',
    });
    // A number of a country not offered keeps its calling code, as typed.
    expect(host.field.number).to.equal('+49 30 1234567');
    expect(await host.field.check('+33 6 12 34 56 78')).to.deep.equal({ e164: '+33612345678' });
    expect(host.field.country).to.equal('FR');
  });

  it('leaves the field alone once it is no longer editable', async () => {
    const host = await mountHost({ defaultCountry: 'GB' });
    input(host).focus();
    await sendKeys({ type: '0612345678' });
    await settle(host);
    const typed = host.field.number;
    expect(hasMetadataFor('31')).to.equal(false);
    host.editable = false;
    host.field.selectCountry('NL');
    await settle(host);
    expect(host.field.country).to.equal('NL');
    expect(host.field.number).to.equal(typed);
  });

  it("loads libphonenumber-js and the country's metadata on the first focus", async () => {
    const host = await mountHost({ defaultCountry: 'SE' });
    expect(hasMetadataFor('46')).to.equal(false);
    host.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    await waitUntil(() => hasMetadataFor('46'), 'the metadata of +46 never loaded');
  });
});
