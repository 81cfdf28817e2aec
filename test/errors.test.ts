import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import type { SmsLoginErrorEvent } from '../src/index.js';
import { TENANT, overrideTenant, startBackend, type TestBackend } from './support/backend.js';
import {
  $,
  activeId,
  mount,
  press,
  sendCodeTo,
  text,
  typeInto,
  untilMessage,
  untilStep,
} from './support/element.js';

const UK = '+447911123456';
const grant = {
  grant_type: 'http://auth0.com/oauth/grant-type/passwordless/otp',
  client_id: 'demo',
  realm: 'sms',
};

/** Collects the element's error events. */
function errorsOf(el: HTMLElement): SmsLoginErrorEvent['detail'][] {
  const seen: SmsLoginErrorEvent['detail'][] = [];
  el.addEventListener('sms-login-error', (event) => seen.push(event.detail));
  return seen;
}

describe('<sms-login> errors', () => {
  describe('on the phone step', () => {
    it('refuses an invalid number before sending, and says so', async () => {
      const backend = await startBackend();
      const el = await mount({ defaultCountry: 'GB' });
      const errors = errorsOf(el);
      await typeInto(el, '#number', '07911');
      await press('Enter');
      expect(await untilMessage(el)).to.equal(
        'This phone number does not look right. Check it and try again.',
      );
      expect($(el, '#message').getAttribute('role')).to.equal('alert');
      expect($(el, '#number').getAttribute('aria-invalid')).to.equal('true');
      expect($(el, '#number').getAttribute('aria-describedby')).to.equal('message');
      expect(activeId(el)).to.equal('number');
      expect(errors).to.deep.equal([
        {
          error: 'invalid_phone_number',
          errorDescription: 'Not a valid phone number: +447911',
          step: 'phone',
        },
      ]);
      expect(backend.requests).to.have.length(0);
      await expect(el).to.be.accessible();
      // Typing again clears the error.
      await typeInto(el, '#number', '1');
      expect(text(el, '#message')).to.equal('');
      expect($(el, '#number').getAttribute('aria-invalid')).to.equal('false');
    });

    it('says when signup is disabled and the number has no account', async () => {
      await startBackend({ sms: { disable_signup: true } });
      const el = await mount({ defaultCountry: 'GB' });
      const errors = errorsOf(el);
      await typeInto(el, '#number', '07911 123456');
      await press('Enter');
      expect(await untilMessage(el)).to.equal('There is no account with this phone number.');
      expect(el.step).to.equal('phone');
      expect(errors[0]).to.deep.equal({
        error: 'signup_disabled',
        errorDescription: 'Public signup is disabled',
        step: 'phone',
      });
      expect(activeId(el)).to.equal('number');
    });

    it('says how long to wait when rate limited', async () => {
      await startBackend({
        rateLimits: { passwordless_start_per_ip: { burst: 1, per_hour: 1 } },
      });
      const el = await mount({ defaultCountry: 'GB' });
      const errors = errorsOf(el);
      await sendCodeTo(el, '07911 123456');
      $(el, '#change-number').click();
      await untilStep(el, 'phone');
      await press('Enter');
      const message = await untilMessage(el);
      expect(message).to.match(/^Too many attempts\. Try again in \d+ (minutes|hour)\.$/);
      expect(errors[0]).to.include({ error: 'too_many_requests', step: 'phone' });
      expect(errors[0]!.errorDescription).to.equal('Rate limit exceeded.');
    });

    it('offers to retry after a network failure, and the retry goes through', async () => {
      await startBackend();
      overrideTenant(
        http.post(`${TENANT}/passwordless/start`, () => HttpResponse.error(), { once: true }),
      );
      const el = await mount({ defaultCountry: 'GB' });
      const errors = errorsOf(el);
      await typeInto(el, '#number', '07911 123456');
      await press('Enter');
      expect(await untilMessage(el)).to.contain(
        'We could not reach the server. Check your connection and try again.',
      );
      expect(errors[0]).to.include({ error: 'network_error', step: 'phone' });
      expect(activeId(el)).to.equal('retry');
      await press('Enter');
      await untilStep(el, 'code');
    });

    it('explains a provider failure (the SMS gateway answers 500)', async () => {
      await startBackend({
        sms: { provider: 'sms_gateway', gateway_url: 'https://gateway.example.com/sms' },
      });
      overrideTenant(
        http.post('https://gateway.example.com/sms', () => new HttpResponse(null, { status: 500 })),
      );
      const el = await mount({ defaultCountry: 'GB' });
      const errors = errorsOf(el);
      await typeInto(el, '#number', '07911 123456');
      await press('Enter');
      expect(await untilMessage(el)).to.equal(
        'We could not send the text message. Try again in a moment.',
      );
      expect(errors[0]).to.deep.equal({
        error: 'sms_provider_error',
        errorDescription: 'Unexpected response while calling the SMS gateway: 500',
        step: 'phone',
      });
      expect(activeId(el)).to.equal('number');
    });

    it('shows a generic message for an unknown error, with the details in the event', async () => {
      await startBackend();
      overrideTenant(
        http.post(`${TENANT}/passwordless/start`, () =>
          HttpResponse.json({ error: 'server_error', error_description: 'Boom' }, { status: 500 }),
        ),
      );
      const el = await mount({ defaultCountry: 'GB' });
      const failed = oneEvent(el, 'sms-login-error');
      await typeInto(el, '#number', '07911 123456');
      await press('Enter');
      expect((await failed).detail).to.deep.equal({
        error: 'server_error',
        errorDescription: 'Boom',
        step: 'phone',
      });
      expect(await untilMessage(el)).to.equal('Something went wrong. Try again.');
    });

    it('never renders what the server says as markup', async () => {
      await startBackend();
      const hostile = '<img src=x onerror="window.__injected=1"><b id="bold">hi</b>';
      overrideTenant(
        http.post(`${TENANT}/passwordless/start`, () =>
          HttpResponse.json(
            { error: '<script>window.__injected=1</script>', error_description: hostile },
            { status: 429, headers: { 'Retry-After': '<i id="wait">9</i>' } },
          ),
        ),
      );
      const el = await mount({ defaultCountry: 'GB' });
      const failed = oneEvent(el, 'sms-login-error');
      await typeInto(el, '#number', '07911 123456');
      await press('Enter');
      expect((await failed).detail.errorDescription).to.equal(hostile);
      const message = await untilMessage(el);
      expect(message).to.not.contain('<');
      const root = el.shadowRoot!;
      expect(root.querySelector('img, b#bold, i#wait, script')).to.equal(null);
      expect(document.querySelector('img[src="x"]')).to.equal(null);
      expect((window as unknown as { __injected?: number }).__injected).to.equal(undefined);
    });
  });

  describe('on the code step', () => {
    let backend: TestBackend;
    beforeEach(async () => {
      backend = await startBackend({ sms: { totp: { length: 6, time_step: 60 } } });
    });

    const wrongCodeFor = async (phoneNumber: string) => {
      const right = await backend.lastCode(phoneNumber);
      return right === '000000' ? '111111' : '000000';
    };

    it('counts wrong codes down, then asks for a new code after the third', async () => {
      const el = await mount({ defaultCountry: 'GB' });
      const errors = errorsOf(el);
      await sendCodeTo(el, '07911 123456');
      const wrong = await wrongCodeFor(UK);

      await typeInto(el, '#code', wrong);
      expect(await untilMessage(el)).to.equal('That code is not right. 2 attempts left.');
      expect($<HTMLInputElement>(el, '#code').value).to.equal('');
      expect($(el, '#code').getAttribute('aria-invalid')).to.equal('true');
      expect(activeId(el)).to.equal('code');
      await expect(el).to.be.accessible();

      await typeInto(el, '#code', wrong);
      await waitUntil(() => text(el, '#message') === 'That code is not right. 1 attempt left.');

      await typeInto(el, '#code', wrong);
      await waitUntil(
        () => text(el, '#message') === 'Too many wrong codes. Ask for a new code.',
        'the third wrong code did not ask for a new code',
      );
      expect(errors.map((e) => e.error)).to.deep.equal([
        'invalid_grant',
        'invalid_grant',
        'invalid_grant',
      ]);
      expect(errors.every((e) => e.step === 'code')).to.equal(true);
      // The new code is offered at once, without waiting for the countdown, and has focus.
      expect($<HTMLButtonElement>(el, '#resend').disabled).to.equal(false);
      expect(text(el, '#resend')).to.equal('Send a new code');
      expect(activeId(el)).to.equal('resend');

      // The backend agrees: the old code is dead even though it was right.
      const right = await backend.lastCode(UK);
      const refused = await fetch(`${TENANT}/oauth/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ ...grant, username: UK, otp: right }),
      });
      expect(refused.status).to.equal(403);

      const sent = oneEvent(el, 'sms-login-code-sent');
      await press('Enter');
      await sent;
      // A fresh code restarts the countdown.
      await waitUntil(
        () => $<HTMLButtonElement>(el, '#resend').disabled,
        'no countdown after a new code',
      );
      const success = oneEvent(el, 'sms-login-success');
      await typeInto(el, '#code', await backend.lastCode(UK));
      await success;
    });

    it('asks for the whole code when Enter is pressed on part of it, without checking it', async () => {
      const el = await mount({ defaultCountry: 'GB', language: 'de' });
      const errors = errorsOf(el);
      await sendCodeTo(el, '07911 123456');
      const before = backend.requests.length;
      await typeInto(el, '#code', '123');
      await press('Enter');
      expect(await untilMessage(el)).to.equal('Geben Sie den 6-stelligen Code ein.');
      expect($(el, '#code').getAttribute('aria-invalid')).to.equal('true');
      expect(activeId(el)).to.equal('code');
      expect($<HTMLInputElement>(el, '#code').value).to.equal('123');
      expect(errors).to.deep.equal([]);
      expect(backend.requests).to.have.length(before);
      // Typing on clears it, and the whole code goes through.
      await typeInto(el, '#code', '4');
      expect(text(el, '#message')).to.equal('');
      el.language = 'en';
      await el.updateComplete;
      $<HTMLInputElement>(el, '#code').value = '';
      await typeInto(el, '#code', '12');
      await press('Enter');
      expect(await untilMessage(el)).to.equal('Enter the 6-digit code.');
    });

    it('maps the backend answer "maximum number of attempts" to the new-code message', async () => {
      const el = await mount({ defaultCountry: 'GB' });
      const errors = errorsOf(el);
      await sendCodeTo(el, '07911 123456');
      const wrong = await wrongCodeFor(UK);
      // Three wrong attempts behind the widget's back, so that its own count does not know.
      for (let i = 0; i < 3; i++) {
        await fetch(`${TENANT}/oauth/token`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ ...grant, username: UK, otp: wrong }),
        });
      }
      await typeInto(el, '#code', await backend.lastCode(UK));
      expect(await untilMessage(el)).to.equal('Too many wrong codes. Ask for a new code.');
      expect(errors[0]!.errorDescription).to.equal(
        "You've reached the maximum number of attempts. Please try to login again.",
      );
      expect(activeId(el)).to.equal('resend');
    });

    it('says the code expired after the configured time step, and offers a new one', async () => {
      const el = await mount({ defaultCountry: 'GB' });
      const errors = errorsOf(el);
      await sendCodeTo(el, '07911 123456');
      const code = await backend.lastCode(UK);
      backend.clock.advance(61_000);
      await typeInto(el, '#code', code);
      expect(await untilMessage(el)).to.equal('This code has expired. Ask for a new code.');
      expect(errors[0]).to.deep.equal({
        error: 'invalid_grant',
        errorDescription: 'The verification code has expired. Please try to login again.',
        step: 'code',
      });
      expect(activeId(el)).to.equal('resend');

      const sent = oneEvent(el, 'sms-login-code-sent');
      await press('Enter');
      await sent;
      await untilStep(el, 'code');
      expect(text(el, '#message')).to.equal('');
      const success = oneEvent(el, 'sms-login-success');
      await typeInto(el, '#code', await backend.lastCode(UK));
      await success;
    });

    it('offers to retry a verification that hit a network failure', async () => {
      const el = await mount({ defaultCountry: 'GB' });
      await sendCodeTo(el, '07911 123456');
      overrideTenant(
        http.post(`${TENANT}/oauth/token`, () => HttpResponse.error(), { once: true }),
      );
      await typeInto(el, '#code', await backend.lastCode(UK));
      expect(await untilMessage(el)).to.contain('We could not reach the server.');
      expect(activeId(el)).to.equal('retry');
      const success = oneEvent(el, 'sms-login-success');
      await press('Enter');
      await success;
    });
  });
});
