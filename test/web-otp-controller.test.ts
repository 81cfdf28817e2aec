// WebOTP on its own, in a bare host element, with the browser's credential request stubbed.
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { WebOtpController } from '../src/sms-login/controllers/web-otp-controller.js';

class WebOtpHost extends LitElement {
  readonly webOtp = new WebOtpController(this);
}
customElements.define('web-otp-host', WebOtpHost);

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('WebOtpController', () => {
  const originalGet = Object.getOwnPropertyDescriptor(CredentialsContainer.prototype, 'get')!;
  let otpCredential: PropertyDescriptor | undefined;
  let requests: { options: CredentialRequestOptions; answer: (code: string) => void }[];

  beforeEach(() => {
    requests = [];
    otpCredential = Object.getOwnPropertyDescriptor(window, 'OTPCredential');
    if (!otpCredential)
      Object.defineProperty(window, 'OTPCredential', { value: Credential, configurable: true });
    CredentialsContainer.prototype.get = function (options?: CredentialRequestOptions) {
      return new Promise((resolve) => {
        requests.push({
          options: options!,
          answer: (code) => resolve({ code, type: 'otp', id: '' } as unknown as Credential),
        });
      });
    };
  });
  afterEach(() => {
    Object.defineProperty(CredentialsContainer.prototype, 'get', originalGet);
    if (otpCredential) Object.defineProperty(window, 'OTPCredential', otpCredential);
    else delete (window as unknown as Record<string, unknown>).OTPCredential;
  });

  it('asks for the code of an SMS and hands over its digits', async () => {
    const host = await fixture<WebOtpHost>(html`<web-otp-host></web-otp-host>`);
    const codes: string[] = [];
    host.webOtp.listen((code) => codes.push(code));
    expect(requests).to.have.length(1);
    expect((requests[0]!.options as { otp?: unknown }).otp).to.deep.equal({ transport: ['sms'] });
    requests[0]!.answer('12-34 56');
    await settle();
    expect(codes).to.deep.equal(['123456']);
  });

  it('one wait at a time: listening again cancels the earlier wait', async () => {
    const host = await fixture<WebOtpHost>(html`<web-otp-host></web-otp-host>`);
    const codes: string[] = [];
    host.webOtp.listen((code) => codes.push(`first ${code}`));
    host.webOtp.listen((code) => codes.push(`second ${code}`));
    expect(requests[0]!.options.signal!.aborted).to.equal(true);
    expect(requests[1]!.options.signal!.aborted).to.equal(false);
    requests[0]!.answer('111111');
    requests[1]!.answer('222222');
    await settle();
    expect(codes).to.deep.equal(['second 222222']);
  });

  it('cancels on request and when the host leaves the page', async () => {
    const host = await fixture<WebOtpHost>(html`<web-otp-host></web-otp-host>`);
    const codes: string[] = [];
    host.webOtp.listen((code) => codes.push(code));
    host.webOtp.cancel();
    expect(requests[0]!.options.signal!.aborted).to.equal(true);
    host.webOtp.listen((code) => codes.push(code));
    host.remove();
    expect(requests[1]!.options.signal!.aborted).to.equal(true);
    requests[1]!.answer('333333');
    await settle();
    expect(codes).to.deep.equal([]);
  });

  it('does nothing where the browser has no WebOTP', async () => {
    const host = await fixture<WebOtpHost>(html`<web-otp-host></web-otp-host>`);
    const descriptor = Object.getOwnPropertyDescriptor(window, 'OTPCredential')!;
    delete (window as unknown as Record<string, unknown>).OTPCredential;
    try {
      host.webOtp.listen(() => {});
      expect(requests).to.have.length(0);
    } finally {
      Object.defineProperty(window, 'OTPCredential', descriptor);
    }
  });
});
