import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { loadTranslation, loadedTranslation } from '../../i18n/load-translation.js';
import { negotiateLanguage, requestedLanguages } from '../../i18n/negotiate.js';
import type { LanguageCode, Translation } from '../../i18n/translation.js';

/** An element with a `language` attribute. */
export interface LanguageHost extends ReactiveControllerHost, Element {
  language?: string | undefined;
}

/**
 * The language an element speaks: its `language` attribute, else the nearest `lang` attribute,
 * else the browser's languages. `translation` stays on the previous language (English at first)
 * until the new one's file has loaded; `locale` is the tag asked for, canonicalised, for country
 * names, waits and the `x-request-language` header.
 */
export class LanguageController implements ReactiveController {
  translation: Translation = loadedTranslation('en')!;
  locale = 'en';
  /** While a translation loads: settles when it is there. */
  pending: Promise<unknown> | undefined;
  #code: LanguageCode = 'en';

  readonly #host: LanguageHost;

  constructor(host: LanguageHost) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.resolve();
  }

  /** Reads the requested language again (on connection, and when the attribute changes). */
  resolve(): void {
    const requested = requestedLanguages(this.#host, this.#host.language);
    const code = negotiateLanguage(requested);
    const matching = requested.find((tag) => negotiateLanguage([tag]) === code && code !== 'en');
    let locale = matching ?? requested.find((tag) => /^en\b/i.test(tag)) ?? code;
    try {
      locale = Intl.getCanonicalLocales(locale)[0] ?? code;
    } catch {
      locale = code;
    }
    this.locale = locale;
    this.#code = code;
    this.#host.requestUpdate();
    const ready = loadedTranslation(code);
    if (ready) {
      this.translation = ready;
      this.pending = undefined;
      return;
    }
    const loading = loadTranslation(code).then((translation) => {
      if (this.#code === code) {
        this.translation = translation;
        this.#host.requestUpdate();
      }
      if (this.pending === loading) this.pending = undefined;
    });
    this.pending = loading;
  }
}
