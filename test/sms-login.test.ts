import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { SmsLogin } from '../src/index.js';
import { http, HttpResponse } from 'msw';
import { TENANT, overrideTenant, startBackend, type TestBackend } from './support/backend.js';
import {
  $,
  activeId,
  mount,
  press,
  sendCodeTo,
  text,
  typeInto,
  untilStep,
} from './support/element.js';

/** Focuses the submit button with the keyboard (so that it shows its focus ring). */
async function focusSubmit(el: SmsLogin): Promise<CSSStyleDeclaration> {
  $(el, '#number').focus();
  await press('Tab');
  const submit = $(el, '[part~="submit"]');
  expect(el.shadowRoot!.activeElement).to.equal(submit);
  return getComputedStyle(submit);
}

/** Adds every `part` name rendered in the element's shadow root to `into`. */
function partsIn(el: SmsLogin, into: Set<string>): void {
  for (const node of el.shadowRoot!.querySelectorAll('[part]'))
    for (const part of node.getAttribute('part')!.split(/\s+/)) into.add(part);
}

describe('<sms-login>', () => {
  let backend: TestBackend;
  beforeEach(async () => {
    backend = await startBackend();
  });

  describe('accessibility', () => {
    it('passes axe on the phone step', async () => {
      const el = await mount();
      await expect(el).to.be.accessible();
    });

    it('passes axe with the country list open', async () => {
      const el = await mount();
      $(el, '#country-button').click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });

    it('passes axe on the code step and the success state', async () => {
      const el = await mount({ defaultCountry: 'GB' });
      await sendCodeTo(el, '07911 123456');
      await expect(el).to.be.accessible();
      await typeInto(el, '#code', await backend.lastCode('+447911123456'));
      await untilStep(el, 'done');
      await expect(el).to.be.accessible();
    });
  });

  describe('defaults', () => {
    it('starts on the phone step with the documented defaults', async () => {
      const el = await mount();
      expect(el.step).to.equal('phone');
      expect(el.connection).to.equal('sms');
      expect(el.scope).to.equal('openid profile phone');
      expect(el.codeLength).to.equal(6);
      expect(el.resendAfter).to.equal(30);
      expect(text(el, '.title')).to.equal('Sign in with your phone');
      expect($(el, '#number').getAttribute('type')).to.equal('tel');
    });
  });

  describe('theming', () => {
    it('draws the focus ring in the primary colour by default, light and dark', async () => {
      const el = await mount();
      const submit = await focusSubmit(el);
      try {
        await emulateMedia({ colorScheme: 'light' });
        expect(submit.outlineColor).to.equal('rgb(36, 86, 214)');
        await emulateMedia({ colorScheme: 'dark' });
        expect(submit.outlineColor).to.equal('rgb(143, 176, 255)');
        el.style.setProperty('--sms-login-primary-color', 'rgb(124, 58, 237)');
        expect(submit.outlineColor).to.equal('rgb(124, 58, 237)');
      } finally {
        await emulateMedia({ colorScheme: 'no-preference' });
      }
      expect(submit.outlineColor).to.equal('rgb(124, 58, 237)');
    });

    it('draws it in the focus ring colour when that is set', async () => {
      const el = await mount();
      el.style.setProperty('--sms-login-primary-color', 'rgb(124, 58, 237)');
      el.style.setProperty('--sms-login-focus-ring-color', 'rgb(200, 30, 90)');
      expect((await focusSubmit(el)).outlineColor).to.equal('rgb(200, 30, 90)');
    });
  });

  describe('CSS parts', () => {
    it('documents every part it renders, in the manifest and in docs/widget.md', async () => {
      const rendered = new Set<string>();
      overrideTenant(
        http.post(`${TENANT}/passwordless/start`, () => HttpResponse.error(), { once: true }),
      );
      const el = await mount({ defaultCountry: 'GB' });
      $(el, '#country-button').click();
      await el.updateComplete;
      partsIn(el, rendered);
      await typeInto(el, '#number', '07911 123456');
      await press('Enter');
      await waitUntil(() => $(el, '#retry'), 'no "Try again"');
      partsIn(el, rendered);
      $(el, '#retry').click();
      await untilStep(el, 'code');
      partsIn(el, rendered);
      await typeInto(el, '#code', await backend.lastCode('+447911123456'));
      await untilStep(el, 'done');
      partsIn(el, rendered);

      const manifest = (await (await fetch('/custom-elements.json')).json()) as {
        modules: { declarations?: { tagName?: string; cssParts?: { name: string }[] }[] }[];
      };
      const declaration = manifest.modules
        .flatMap((m) => m.declarations ?? [])
        .find((d) => d.tagName === 'sms-login')!;
      const inManifest = declaration.cssParts!.map((p) => p.name);
      const docs = await (await fetch('/docs/widget.md')).text();
      const partsSection = docs.slice(docs.indexOf('### Parts'), docs.indexOf('### Slots'));
      for (const part of rendered) {
        expect(inManifest, 'custom-elements.json').to.include(part);
        expect(partsSection, 'docs/widget.md').to.include(`\`${part}\``);
      }
    });
  });

  describe('the happy path, typed', () => {
    it('sends the code, takes it, and hands the tokens to the page', async () => {
      const el = await mount({ defaultCountry: 'GB' });
      const codeSent = oneEvent(el, 'sms-login-code-sent');
      await typeInto(el, '#number', '07911 123456');
      expect($<HTMLInputElement>(el, '#number').value).to.equal('07911 123456');
      await press('Enter');
      const sent = await codeSent;
      expect(sent.detail).to.deep.equal({ phoneNumber: '+447911123456', language: 'en' });
      await untilStep(el, 'code');
      expect(text(el, '#sent-to')).to.equal('We sent a code to +44 7911 123456.');
      expect(activeId(el)).to.equal('code');

      const start = backend.requests.find((r) => r.url.endsWith('/passwordless/start'))!;
      expect(start.headers.get('x-request-language')).to.equal('en');
      expect(await start.json()).to.deep.include({
        client_id: 'demo',
        connection: 'sms',
        phone_number: '+447911123456',
        send: 'code',
      });

      const code = await backend.lastCode('+447911123456');
      const success = oneEvent(el, 'sms-login-success');
      await typeInto(el, '#code', code); // no Enter: the last digit submits
      const { detail } = await success;
      expect(detail.tokenType).to.equal('Bearer');
      expect(detail.accessToken).to.be.a('string').with.length.greaterThan(10);
      expect(detail.idToken!.split('.')).to.have.length(3);
      expect(detail.expiresIn).to.equal(86400);
      await untilStep(el, 'done');
      expect(text(el, '.done-title')).to.equal('You are signed in');

      const token = backend.requests.find((r) => r.url.endsWith('/oauth/token'))!;
      expect(await token.json()).to.deep.include({
        grant_type: 'http://auth0.com/oauth/grant-type/passwordless/otp',
        client_id: 'demo',
        username: '+447911123456',
        otp: code,
        realm: 'sms',
        scope: 'openid profile phone',
      });

      el.reset();
      await el.updateComplete;
      expect(el.step).to.equal('phone');
      expect($<HTMLInputElement>(el, '#number').value).to.equal('');
    });
  });

  it('does not send twice when the visitor presses Enter twice', async () => {
    const el = await mount({ defaultCountry: 'GB' });
    await typeInto(el, '#number', '07911 123456');
    await press('Enter');
    await press('Enter');
    await untilStep(el, 'code');
    await waitUntil(() => backend.requests.length >= 1);
    expect(backend.requests.filter((r) => r.url.endsWith('/passwordless/start'))).to.have.length(1);
  });
});
