// The element's language on its own, in a bare host element.
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { LanguageController } from '../src/sms-login/controllers/language-controller.js';

class LanguageHost extends LitElement {
  language: string | undefined;
  readonly i18n = new LanguageController(this);
  protected override render() {
    return html`${this.i18n.translation.sendCode}`;
  }
}
customElements.define('language-host', LanguageHost);

/** Mounts a host inside an element with `lang`, and waits for its translation. */
async function mountIn(lang: string | undefined, language?: string): Promise<LanguageHost> {
  const wrapper = await fixture<HTMLElement>(html`<div lang=${lang ?? ''}></div>`);
  if (!lang) wrapper.removeAttribute('lang');
  const host = document.createElement('language-host') as LanguageHost;
  host.language = language;
  wrapper.append(host);
  await host.i18n.pending;
  await host.updateComplete;
  return host;
}

describe('LanguageController', () => {
  it('speaks the language of the attribute, loading its words, then renders in it', async () => {
    const host = await mountIn('en', 'pt-BR');
    expect(host.i18n.locale).to.equal('pt-BR');
    expect(host.i18n.translation.$code).to.equal('pt-BR');
    expect(host.i18n.pending).to.equal(undefined);
    expect(host.shadowRoot!.textContent).to.equal(host.i18n.translation.sendCode);
  });

  it('without the attribute, speaks the nearest lang', async () => {
    const host = await mountIn('de-AT');
    expect(host.i18n.locale).to.equal('de-AT');
    expect(host.i18n.translation.$code).to.equal('de');
  });

  it('keeps the locale asked for, canonicalised, and falls back to English words', async () => {
    expect((await mountIn('en', 'EN-gb')).i18n.locale).to.equal('en-GB');
    const unknown = await mountIn('en', 'xx-YY');
    expect(unknown.i18n.translation.$code).to.equal('en');
    expect(unknown.i18n.locale).to.equal('en');
  });

  it('is pending while a translation loads, and keeps the latest language asked for', async () => {
    const host = await mountIn('en', 'en');
    expect(host.i18n.pending).to.equal(undefined);
    host.language = 'ja';
    host.i18n.resolve();
    const loading = host.i18n.pending;
    expect(loading).to.be.instanceOf(Promise);
    expect(host.i18n.locale).to.equal('ja');
    host.language = 'en';
    host.i18n.resolve();
    expect(host.i18n.translation.$code).to.equal('en');
    await loading;
    expect(host.i18n.translation.$code, 'the later language wins').to.equal('en');
  });
});
