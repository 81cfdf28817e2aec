// The phone metadata arrives per calling code: the field keeps what is typed until the chunk it
// needs is there, then formats (and switches the country) as if it had been there all along.
import { expect, nextFrame, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { startBackend } from './support/backend.js';
import { $, mount, press, text, untilStep } from './support/element.js';
import { METADATA_CHUNKS } from '../src/generated/phone-metadata/metadata-chunks.js';
import { hasMetadataFor } from '../src/phone/phone-metadata.js';
import type { SmsLogin } from '../src/index.js';

const numberField = (el: SmsLogin) => $<HTMLInputElement>(el, '#number');
const countryName = (el: SmsLogin) => text(el, '#country-button .visually-hidden');

const originals = { ...METADATA_CHUNKS };

/** Holds back the chunk of `code` until the returned function is called. */
function hold(code: string): () => void {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  METADATA_CHUNKS[code] = () => gate.then(originals[code]!);
  return release;
}

/** Lets pending input events and renders run without waiting for the held chunks. */
async function settle(el: SmsLogin): Promise<void> {
  await nextFrame();
  await nextFrame();
  expect(el.isConnected).to.equal(true);
}

describe('<sms-login> phone metadata loading', () => {
  beforeEach(async () => {
    await startBackend();
  });

  afterEach(() => {
    Object.assign(METADATA_CHUNKS, originals);
  });

  it('loads nothing but the selected country’s calling code on first focus', async () => {
    const el = await mount({ defaultCountry: 'SE' });
    expect(hasMetadataFor('46')).to.equal(false);
    numberField(el).focus();
    await waitUntil(() => hasMetadataFor('46'), 'Sweden’s metadata never loaded');
    expect(hasMetadataFor('47')).to.equal(false);
    expect(hasMetadataFor('81')).to.equal(false);
  });

  it('formats a number typed before its country’s metadata arrives, keeping the caret', async () => {
    const release = hold('64');
    const el = await mount({ defaultCountry: 'NZ' });
    numberField(el).focus();
    await sendKeys({ type: '211234567' });
    await settle(el);
    expect(hasMetadataFor('64')).to.equal(false);
    expect(numberField(el).value).to.equal('211234567');
    numberField(el).setSelectionRange(3, 3); // after "211"
    release();
    await el.updateComplete;
    expect(numberField(el).value).to.equal('21 123 4567');
    expect(numberField(el).selectionStart).to.equal(4); // still after "211"
    const sent = oneEvent(el, 'sms-login-code-sent');
    await press('Enter');
    expect((await sent).detail.phoneNumber).to.equal('+64211234567');
  });

  it('loads Japan’s metadata for a typed +81 and switches the country', async () => {
    const release = hold('81');
    const el = await mount({ defaultCountry: 'GB' });
    numberField(el).focus();
    await sendKeys({ type: '+819012345678' });
    await settle(el);
    expect(countryName(el)).to.equal('Country: United Kingdom (+44)');
    expect(numberField(el).value).to.equal('+819012345678');
    release();
    await el.updateComplete;
    expect(countryName(el)).to.equal('Country: Japan (+81)');
    expect(numberField(el).value).to.equal('90 1234 5678');
    expect(numberField(el).selectionStart).to.equal('90 1234 5678'.length);
  });

  it('reformats for a picked country once its metadata arrives', async () => {
    const el = await mount({ defaultCountry: 'FR' });
    numberField(el).focus();
    await sendKeys({ type: '612345678' });
    await el.updateComplete;
    expect(numberField(el).value).to.equal('6 12 34 56 78');
    const release = hold('49');
    $(el, '#country-button').click();
    await el.updateComplete;
    await sendKeys({ type: 'germany' });
    await el.updateComplete;
    await press('Enter');
    await settle(el);
    expect(countryName(el)).to.equal('Country: Germany (+49)');
    expect(numberField(el).value).to.equal('6 12 34 56 78');
    release();
    await el.updateComplete;
    expect(numberField(el).value).to.equal('6123 45678');
  });

  it('sends once the metadata arrives when submitted while it loads', async () => {
    const release = hold('27');
    const el = await mount({ defaultCountry: 'ZA' });
    numberField(el).focus();
    await sendKeys({ type: '0711234567' });
    const sent = oneEvent(el, 'sms-login-code-sent');
    await press('Enter');
    await settle(el);
    expect(el.step).to.equal('phone');
    release();
    expect((await sent).detail.phoneNumber).to.equal('+27711234567');
    await untilStep(el, 'code');
  });

  it('keeps the digits when the metadata cannot be loaded, and says so on submit', async () => {
    METADATA_CHUNKS['353'] = () => Promise.reject(new TypeError('Failed to fetch'));
    const el = await mount({ defaultCountry: 'IE' });
    numberField(el).focus();
    await sendKeys({ type: '0851234567' });
    await el.updateComplete;
    expect(numberField(el).value).to.equal('0851234567');
    const failed = oneEvent(el, 'sms-login-error');
    await press('Enter');
    expect((await failed).detail.error).to.equal('network_error');
    await el.updateComplete;
    expect($(el, '#retry')).to.not.equal(null);
    // Back online: retrying loads the metadata and sends.
    Object.assign(METADATA_CHUNKS, originals);
    const sent = oneEvent(el, 'sms-login-code-sent');
    $(el, '#retry').click();
    expect((await sent).detail.phoneNumber).to.equal('+353851234567');
  });
});
