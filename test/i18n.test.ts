import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import en from '../src/i18n/translations/en.js';
import { loadTranslation } from '../src/i18n/load-translation.js';
import { negotiateLanguage } from '../src/i18n/negotiate.js';
import { LANGUAGES, type Translation } from '../src/i18n/translation.js';
import type { SmsLogin } from '../src/index.js';
import { DOMAIN, startBackend, type TestBackend } from './support/backend.js';
import { $, mount, sendCodeTo, text } from './support/element.js';

describe('<sms-login> languages', () => {
  let backend: TestBackend;
  beforeEach(async () => {
    backend = await startBackend();
  });

  it('has every key in every language, each one a non-empty string or function', async () => {
    expect(LANGUAGES).to.have.length.of.at.least(20);
    const keys = Object.keys(en).sort();
    for (const code of LANGUAGES) {
      const translation = (await loadTranslation(code)) as unknown as Record<string, unknown>;
      expect(translation.$code, code).to.equal(code);
      expect(Object.keys(translation).sort(), code).to.deep.equal(keys);
      for (const key of keys) {
        const value = translation[key];
        if (typeof value === 'function') {
          for (const args of [[], [1], [3], ['+44 7911 123456', '+44'], ['5 minutes']]) {
            const out = (value as (...a: unknown[]) => unknown)(...args);
            expect(out, `${code}.${key}`).to.be.a('string').and.not.equal('');
          }
        } else expect(value, `${code}.${key}`).to.be.a('string').and.not.equal('');
      }
      if (code !== 'en') expect(translation.sendCode, code).to.not.equal(en.sendCode);
    }
  });

  it('only Arabic and Hebrew are right to left', async () => {
    const rtl: string[] = [];
    for (const code of LANGUAGES) if ((await loadTranslation(code)).$dir === 'rtl') rtl.push(code);
    expect(rtl).to.deep.equal(['ar', 'he']);
  });

  it('negotiates the best match with fallback', () => {
    expect(negotiateLanguage(['pt-BR'])).to.equal('pt-BR');
    expect(negotiateLanguage(['pt-PT'])).to.equal('pt');
    expect(negotiateLanguage(['fr-CA'])).to.equal('fr');
    expect(negotiateLanguage(['zh'])).to.equal('zh-CN');
    expect(negotiateLanguage(['zh-Hans-CN'])).to.equal('zh-CN');
    expect(negotiateLanguage(['zh-TW', 'ja'])).to.equal('ja');
    expect(negotiateLanguage(['iw'])).to.equal('he');
    expect(negotiateLanguage(['xx', 'de-AT'])).to.equal('de');
    expect(negotiateLanguage(['xx'])).to.equal('en');
    expect(negotiateLanguage([])).to.equal('en');
  });

  it('speaks the nearest lang attribute when it has no language', async () => {
    const wrapper = await fixture(html`
      <div lang="es-MX"><sms-login domain=${DOMAIN} client-id="demo"></sms-login></div>
    `);
    const el = wrapper.querySelector('sms-login')!;
    await el.updateComplete;
    expect(text(el, '.title')).to.equal('Inicia sesión con tu teléfono');
    expect(text(el, '#country-button .visually-hidden')).to.equal('País: México (+52)');
  });

  it('lets two elements on one page speak two languages', async () => {
    const wrapper = await fixture(html`
      <div>
        <sms-login domain=${DOMAIN} client-id="demo" language="ja"></sms-login>
        <sms-login domain=${DOMAIN} client-id="demo" language="pl"></sms-login>
      </div>
    `);
    const [ja, pl] = [...wrapper.querySelectorAll('sms-login')] as SmsLogin[];
    await ja!.updateComplete;
    await pl!.updateComplete;
    expect(text(ja!, '.title')).to.equal('電話番号でログイン');
    expect(text(pl!, '.title')).to.equal('Zaloguj się telefonem');
  });

  it('re-renders when the language changes', async () => {
    const el = await mount({ language: 'en' });
    expect(text(el, 'button[type="submit"]')).to.equal('Send code');
    el.language = 'sv';
    await el.updateComplete;
    expect(text(el, 'button[type="submit"]')).to.equal('Skicka kod');
    expect($(el, '.base').getAttribute('lang')).to.equal('sv');
  });

  it('says the status in the new language when the language changes on the code step', async () => {
    const el = await mount({ language: 'en', defaultCountry: 'GB' });
    await sendCodeTo(el, '07911 123456');
    const status = () => text(el, '[role="status"]');
    expect(status()).to.equal('We sent a code to +44 7911 123456.');
    el.language = 'fr';
    await el.updateComplete;
    expect(text(el, '#sent-to')).to.equal('Nous avons envoyé un code au +44 7911 123456.');
    expect(status()).to.equal('Nous avons envoyé un code au +44 7911 123456.');
  });

  it('asks the backend for the SMS in its language (x-request-language)', async () => {
    const el = await mount({ language: 'fr-CA' });
    const sent = oneEvent(el, 'sms-login-code-sent');
    await sendCodeTo(el, '514 555 0123');
    expect((await sent).detail).to.deep.equal({ phoneNumber: '+15145550123', language: 'fr-CA' });
    const start = backend.requests.find((r) => r.url.endsWith('/passwordless/start'))!;
    expect(start.headers.get('x-request-language')).to.equal('fr-CA');
    const [message] = await backend.messages('+15145550123');
    expect(message!.language).to.match(/^fr/);
    expect(text(el, '#sent-to')).to.equal('Nous avons envoyé un code au +1 514 555 0123.');
  });

  for (const language of ['ar', 'he']) {
    it(`renders ${language} right to left, with the number left to right, and passes axe`, async () => {
      const el = await mount({ language });
      const t = (await loadTranslation(language as 'ar')) as Translation;
      expect($(el, '.base').getAttribute('dir')).to.equal('rtl');
      expect(getComputedStyle($(el, '.base')).direction).to.equal('rtl');
      expect($(el, '#number').getAttribute('dir')).to.equal('ltr');
      expect(getComputedStyle($(el, '#number')).textAlign).to.equal('right');
      // The country button sits at the start (the right) of the row.
      const button = $(el, '#country-button').getBoundingClientRect();
      const field = $(el, '#number').getBoundingClientRect();
      expect(button.left).to.be.greaterThan(field.left);
      expect(text(el, '.title')).to.equal(t.title);
      await expect(el).to.be.accessible();
      $(el, '#country-button').click();
      await el.updateComplete;
      expect(getComputedStyle($(el, '#country-list')).direction).to.equal('rtl');
      await expect(el).to.be.accessible();
    });
  }
});
