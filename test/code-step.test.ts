import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { startBackend, type TestBackend } from './support/backend.js';
import {
  $,
  activeId,
  mount,
  paste,
  sendCodeTo,
  text,
  typeInto,
  untilStep,
} from './support/element.js';

const UK = '+447911123456';

/** The browser's own WebOTP interface (Chromium has one), as it was before any test ran. */
const nativeOtpCredential = Object.getOwnPropertyDescriptor(window, 'OTPCredential');

describe('<sms-login> code step', () => {
  let backend: TestBackend;
  beforeEach(async () => {
    backend = await startBackend();
  });

  it('has one one-time-code field for digits', async () => {
    const el = await mount({ defaultCountry: 'GB' });
    await sendCodeTo(el, '07911 123456');
    const code = $<HTMLInputElement>(el, '#code');
    expect(code.getAttribute('autocomplete')).to.equal('one-time-code');
    expect(code.getAttribute('inputmode')).to.equal('numeric');
    expect(el.shadowRoot!.querySelectorAll('input')).to.have.length(1);
    await typeInto(el, '#code', 'a1b2');
    expect(code.value).to.equal('12');
  });

  it('strips what is not a digit from a pasted code and submits it', async () => {
    const el = await mount({ defaultCountry: 'GB' });
    await sendCodeTo(el, '07911 123456');
    const digits = await backend.lastCode(UK);
    const success = oneEvent(el, 'sms-login-success');
    await paste(el, '#code', ` ${digits.slice(0, 3)}-${digits.slice(3)} `);
    await success;
  });

  for (const separator of [' ', '-']) {
    it(`fills in and submits a code pasted with "${separator}" in the middle`, async () => {
      const el = await mount({ defaultCountry: 'GB' });
      await sendCodeTo(el, '07911 123456');
      const digits = await backend.lastCode(UK);
      const success = oneEvent(el, 'sms-login-success');
      await paste(el, '#code', `${digits.slice(0, 3)}${separator}${digits.slice(3)}`);
      expect($<HTMLInputElement>(el, '#code').value).to.equal(digits);
      await success;
    });
  }

  it('honours code-length for the auto-submit', async () => {
    backend = await startBackend({ sms: { totp: { length: 8, time_step: 180 } } });
    const el = await mount({ defaultCountry: 'GB', codeLength: 8 });
    await sendCodeTo(el, '07911 123456');
    const code = await backend.lastCode(UK);
    expect(code).to.have.length(8);
    expect(text(el, '#code-hint')).to.equal('8 digits');
    const success = oneEvent(el, 'sms-login-success');
    await typeInto(el, '#code', code.slice(0, 6));
    expect(el.step).to.equal('code');
    await typeInto(el, '#code', code.slice(6));
    await success;
  });

  it('counts down before a new code may be asked, then sends one', async () => {
    const el = await mount({ defaultCountry: 'GB', resendAfter: 2 });
    await sendCodeTo(el, '07911 123456');
    const resend = $<HTMLButtonElement>(el, '#resend');
    expect(resend.disabled).to.equal(true);
    expect(text(el, '#resend')).to.equal('Send a new code in 2 s');
    await waitUntil(() => text(el, '#resend') === 'Send a new code in 1 s', 'did not count down', {
      timeout: 2000,
    });
    await waitUntil(() => !resend.disabled, 'never enabled', { timeout: 2000 });
    expect(text(el, '#resend')).to.equal('Send a new code');

    const first = await backend.lastCode(UK);
    const sent = oneEvent(el, 'sms-login-code-sent');
    resend.click();
    expect((await sent).detail).to.deep.equal({ phoneNumber: UK, language: 'en' });
    await el.updateComplete;
    expect(text(el, '.visually-hidden[role="status"]')).to.equal('A new code is on its way.');
    expect((await backend.messages(UK)).length).to.equal(2);
    expect(activeId(el)).to.equal('code');
    expect($<HTMLButtonElement>(el, '#resend').disabled).to.equal(true);

    // Only the newest code works.
    const second = await backend.lastCode(UK);
    if (first !== second) {
      await typeInto(el, '#code', first);
      await waitUntil(() => text(el, '#message').startsWith('That code is not right.'));
    }
    const success = oneEvent(el, 'sms-login-success');
    await typeInto(el, '#code', second);
    await success;
  });

  it('goes back to the number with "use another number"', async () => {
    const el = await mount({ defaultCountry: 'GB' });
    await sendCodeTo(el, '07911 123456');
    $(el, '#change-number').click();
    await untilStep(el, 'phone');
    expect(activeId(el)).to.equal('number');
    expect($<HTMLInputElement>(el, '#number').value).to.equal('07911 123456');
  });

  describe('with the WebOTP API', () => {
    const original = Object.getOwnPropertyDescriptor(CredentialsContainer.prototype, 'get')!;
    let signals: AbortSignal[];
    let answer: (code: string) => void;
    let otpCredential: PropertyDescriptor | undefined;
    beforeEach(() => {
      signals = [];
      // Chromium has OTPCredential; elsewhere a stand-in makes the element use WebOTP.
      otpCredential = Object.getOwnPropertyDescriptor(window, 'OTPCredential');
      if (!otpCredential) {
        Object.defineProperty(window, 'OTPCredential', { value: Credential, configurable: true });
      }
      CredentialsContainer.prototype.get = function (options?: CredentialRequestOptions) {
        signals.push(options!.signal!);
        expect((options as { otp?: unknown }).otp).to.deep.equal({ transport: ['sms'] });
        return new Promise((resolve) => {
          answer = (code) => resolve({ code, type: 'otp', id: '' } as unknown as Credential);
        });
      };
    });
    afterEach(() => {
      Object.defineProperty(CredentialsContainer.prototype, 'get', original);
      if (otpCredential) Object.defineProperty(window, 'OTPCredential', otpCredential);
      else delete (window as unknown as Record<string, unknown>).OTPCredential;
    });

    it('fills in the code the browser reads from the SMS and submits it', async () => {
      const el = await mount({ defaultCountry: 'GB' });
      await sendCodeTo(el, '07911 123456');
      expect(signals).to.have.length(1);
      const success = oneEvent(el, 'sms-login-success');
      answer(await backend.lastCode(UK));
      await success;
    });

    it('cancels the request when the visitor leaves the step', async () => {
      const el = await mount({ defaultCountry: 'GB' });
      await sendCodeTo(el, '07911 123456');
      expect(signals[0]!.aborted).to.equal(false);
      $(el, '#change-number').click();
      await untilStep(el, 'phone');
      expect(signals[0]!.aborted).to.equal(true);
    });
  });

  describe('after the WebOTP tests', () => {
    it('leaves the browser its own OTPCredential', () => {
      const now = Object.getOwnPropertyDescriptor(window, 'OTPCredential');
      expect(now?.value === nativeOtpCredential?.value, 'the same OTPCredential').to.equal(true);
      expect(now?.configurable).to.equal(nativeOtpCredential?.configurable);
    });
  });
});
