import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { LANGUAGES, loadTranslation } from '../src/i18n/load-translation.js';
import { negotiateLanguage } from '../src/i18n/negotiate.js';
import type { LanguageCode } from '../src/i18n/translation.js';
import type { SmsLogin } from '../src/index.js';
import { DOMAIN, startBackend, type TestBackend } from './support/backend.js';
import { $, mount, sendCodeTo, text } from './support/element.js';

describe('<sms-login> languages', () => {
  let backend: TestBackend;
  beforeEach(async () => {
    backend = await startBackend();
  });

  it('negotiates the best match with fallback', () => {
    const cases: [string[], string][] = [
      [['pt-BR'], 'pt-BR'],
      [['pt-PT'], 'pt'],
      [['fr-CA'], 'fr-CA'],
      [['fr-BE'], 'fr'],
      [['es-419'], 'es-419'],
      [['es-MX'], 'es-419'],
      [['es-ES'], 'es'],
      [['zh'], 'zh-CN'],
      [['zh-Hans'], 'zh-CN'],
      [['zh-Hans-CN'], 'zh-CN'],
      [['zh-SG'], 'zh-CN'],
      [['zh-TW'], 'zh-TW'],
      [['zh-HK'], 'zh-TW'],
      [['zh-Hant-HK'], 'zh-TW'],
      [['no'], 'nb'],
      [['nb-NO'], 'nb'],
      [['nn-NO'], 'nn'],
      [['tl'], 'fil'],
      [['fil-PH'], 'fil'],
      [['iw'], 'he'],
      [['in'], 'id'],
      [['sr-Cyrl-RS'], 'sr'],
      [['ur-PK'], 'ur'],
      [['xx', 'de-AT'], 'de'],
      [['xx'], 'en'],
      [[], 'en'],
    ];
    for (const [requested, expected] of cases)
      expect(negotiateLanguage(requested), requested.join(',')).to.equal(expected);
    for (const code of LANGUAGES) expect(negotiateLanguage([code]), code).to.equal(code);
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

  it('speaks every language, in its direction, with its own words', async () => {
    const el = await mount({ language: 'en' });
    for (const code of LANGUAGES) {
      const t = await loadTranslation(code);
      el.language = code;
      await waitUntil(() => $(el, '.base').getAttribute('lang') === code, code);
      expect(text(el, '.title'), code).to.equal(t.title);
      expect(text(el, 'button[type="submit"]'), code).to.equal(t.sendCode);
      expect($(el, '.base').getAttribute('dir'), code).to.equal(t.$dir);
    }
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

  for (const language of ['ar', 'fa', 'he', 'ur']) {
    it(`renders ${language} right to left, with the number left to right, and passes axe`, async () => {
      const el = await mount({ language, defaultCountry: 'GB' });
      const t = await loadTranslation(language as LanguageCode);
      await waitUntil(() => text(el, '.title') === t.title, 'the translation did not load');
      expect($(el, '.base').getAttribute('dir')).to.equal('rtl');
      expect(getComputedStyle($(el, '.base')).direction).to.equal('rtl');
      expect($(el, '#number').getAttribute('dir')).to.equal('ltr');
      expect(getComputedStyle($(el, '#number')).textAlign).to.equal('right');
      // The country button sits at the start (the right) of the row.
      const button = $(el, '#country-button').getBoundingClientRect();
      const field = $(el, '#number').getBoundingClientRect();
      expect(button.left).to.be.greaterThan(field.left);
      // The calling code keeps its order inside the sentence: "(+44)", never "(44+)".
      expect(text(el, '#country-button .visually-hidden')).to.contain('\u2066+44\u2069');
      await expect(el).to.be.accessible();
      $(el, '#country-button').click();
      await el.updateComplete;
      expect(getComputedStyle($(el, '#country-list')).direction).to.equal('rtl');
      await expect(el).to.be.accessible();
    });

    it(`isolates the number in ${language}'s "code sent" sentence`, async () => {
      const el = await mount({ language, defaultCountry: 'GB' });
      const t = await loadTranslation(language as LanguageCode);
      await waitUntil(() => text(el, '.title') === t.title, 'the translation did not load');
      await sendCodeTo(el, '07911 123456');
      const sentence = t.codeSentTo('\u2066+44 7911 123456\u2069');
      expect(text(el, '#sent-to')).to.equal(sentence);
      expect(text(el, '[role="status"]')).to.equal(sentence);
    });
  }
});
