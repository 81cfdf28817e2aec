// The login flow on its own, in a bare host element, against the backend in the page.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { LitElement } from 'lit';
import {
  LoginFlowController,
  type LoginFlowHost,
} from '../src/sms-login/controllers/login-flow-controller.js';
import {
  DOMAIN,
  TENANT,
  overrideTenant,
  startBackend,
  type TestBackend,
} from './support/backend.js';

class LoginFlowTestHost extends LitElement implements LoginFlowHost {
  domain = DOMAIN;
  clientId = 'demo';
  connection = 'sms';
  scope = 'openid profile phone';
  audience: string | undefined;
  codeLength = 6;
  resendAfter = 30;
  focused: string[] = [];
  readonly flow = new LoginFlowController(this, { locale: 'fr-FR' }, (selector, select) => {
    this.focused.push(select ? `${selector} (selected)` : selector);
  });
}
customElements.define('login-flow-test-host', LoginFlowTestHost);

const UK = '+447911123456';
const errorsOf = (host: HTMLElement) => {
  const seen: unknown[] = [];
  host.addEventListener('sms-login-error', (event) => seen.push(event.detail));
  return seen;
};
/** A code of the right length that is not `code`. */
const wrong = (code: string) => code.replace(/\d/g, (digit) => String((Number(digit) + 1) % 10));

describe('LoginFlowController', () => {
  let backend: TestBackend;
  let host: LoginFlowTestHost;
  beforeEach(async () => {
    backend = await startBackend();
    host = await fixture<LoginFlowTestHost>(html`<login-flow-test-host></login-flow-test-host>`);
  });

  /** Sends a code to UK and returns it. */
  async function sendCode(): Promise<string> {
    const sent = oneEvent(host, 'sms-login-code-sent');
    await host.flow.send(UK, 'send');
    expect((await sent).detail).to.deep.equal({ phoneNumber: UK, language: 'fr-FR' });
    return backend.lastCode(UK);
  }

  it('sends a code in the language of the host and moves to the code step', async () => {
    expect(host.flow.state.step).to.equal('phone');
    await sendCode();
    expect(host.flow.state).to.include({
      step: 'code',
      busy: false,
      sentTo: UK,
      sentToDisplay: '+44\u00a07911\u00a0123456',
      status: 'code-sent',
    });
    expect(host.flow.resendIn).to.equal(30);
    expect(host.focused).to.deep.equal(['#code']);
    expect((await backend.messages(UK))[0]!.language).to.equal('fr-FR');
  });

  it('signs in with the whole code as soon as it is there', async () => {
    const code = await sendCode();
    const success = oneEvent(host, 'sms-login-success');
    host.flow.fillCode(`${code.slice(0, 3)}-${code.slice(3)}`);
    expect(host.flow.state.busy).to.equal('verify');
    const { detail } = await success;
    expect(detail.tokenType).to.equal('Bearer');
    expect(detail.idToken).to.be.a('string');
    expect(host.flow.state).to.include({ step: 'done', status: 'signed-in', busy: false });
    expect(host.focused.at(-1)).to.equal('#done-title');
  });

  it('asks for the whole code, without an error event, when it is incomplete', async () => {
    await sendCode();
    const errors = errorsOf(host);
    host.flow.fillCode('12');
    expect(host.flow.state.code).to.equal('12');
    await host.flow.verify();
    expect(host.flow.state.shownError).to.deep.equal({ kind: 'incomplete-code', step: 'code' });
    expect(host.flow.codeIsInvalid).to.equal(true);
    expect(host.focused.at(-1)).to.equal('#code (selected)');
    expect(errors).to.deep.equal([]);
    host.flow.fillCode('123');
    expect(host.flow.state.shownError, 'typing clears the message').to.equal(undefined);
  });

  it('counts wrong codes; after the third only a new code helps', async () => {
    const code = await sendCode();
    const errors = errorsOf(host);
    for (const left of [2, 1]) {
      host.flow.fillCode(wrong(code));
      await waitUntil(() => host.flow.state.shownError, 'no message');
      expect(host.flow.state.shownError).to.include({ kind: 'wrong-code', attemptsLeft: left });
      expect(host.flow.state.code).to.equal('');
      expect(host.focused.at(-1)).to.equal('#code');
      host.flow.dismissError();
    }
    host.flow.fillCode(wrong(code));
    await waitUntil(() => host.flow.state.shownError, 'no message');
    expect(host.flow.state.shownError?.kind).to.equal('too-many-attempts');
    expect(host.flow.resendIn, 'a new code may be asked at once').to.equal(0);
    expect(host.focused.at(-1)).to.equal('#resend');
    expect(errors).to.have.length(3);

    const requests = backend.requests.length;
    await host.flow.verify();
    expect(backend.requests.length, 'a dead code is not sent').to.equal(requests);
    expect(host.focused.at(-1)).to.equal('#resend');
  });

  it('resends only once the countdown allows it, as a resend', async () => {
    host.resendAfter = 0;
    await sendCode();
    const sent = oneEvent(host, 'sms-login-code-sent');
    host.flow.resend();
    expect(host.flow.state.busy).to.equal('resend');
    await sent;
    await waitUntil(() => host.flow.state.status === 'code-resent', 'never resent');
    expect(await backend.messages(UK)).to.have.length(2);

    host.resendAfter = 30;
    await host.flow.send(UK, 'resend');
    const requests = backend.requests.length;
    host.flow.resend();
    expect(backend.requests.length).to.equal(requests);
    expect(host.flow.state.busy).to.equal(false);
  });

  it('a network failure of the start is a phone-step failure with "Try again"', async () => {
    overrideTenant(
      http.post(`${TENANT}/passwordless/start`, () => HttpResponse.error(), { once: true }),
    );
    const failed = oneEvent(host, 'sms-login-error');
    await host.flow.send(UK, 'send');
    expect((await failed).detail).to.include({ error: 'network_error', step: 'phone' });
    expect(host.flow.state.shownError?.kind).to.equal('network');
    expect(host.focused.at(-1)).to.equal('#retry');
    const sent = oneEvent(host, 'sms-login-code-sent');
    host.flow.state.shownError!.retry!();
    await sent;
    expect(host.flow.state.step).to.equal('code');
  });

  it('"use another number" and reset go back to the phone step', async () => {
    await sendCode();
    host.flow.changeNumber();
    expect(host.flow.state).to.include({ step: 'phone', status: '', code: '' });
    expect(host.focused.at(-1)).to.equal('#number');
    await sendCode();
    host.flow.reset();
    expect(host.flow.state).to.include({ step: 'phone', sentTo: '', busy: false });
    host.flow.fillCode('123456');
    expect(host.flow.state.code, 'no code outside the code step').to.equal('');
  });
});
