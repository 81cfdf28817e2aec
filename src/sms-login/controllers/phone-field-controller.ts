import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  callingCodeOf,
  defaultCountry,
  listCountries,
  parseCountryList,
  type Country,
} from '../../phone/countries.js';
import {
  loadPhoneSupportFor,
  phoneSupportReadyFor,
  type PhoneNumberSupport,
} from '../../phone/load-phone-number.js';
import { isInternational } from '../../phone/phone-metadata.js';

/** An element with the `countries` and `default-country` attributes. */
export interface PhoneFieldHost extends ReactiveControllerHost, HTMLElement {
  /** The countries offered. */
  countries?: string | undefined;
  defaultCountry?: string | undefined;
}

/** A number ready to send, or why not (as the `sms-login-error` event tells it). */
export type CheckedNumber =
  { e164: string } | { error: string; errorDescription: string; offline?: true };

/**
 * The country and the number of the phone step: the countries offered, the default one, and the
 * number formatted as the visitor types, once libphonenumber-js and the metadata of the number's
 * calling code are there (both load on the host's first focus or touch, and on need).
 */
export class PhoneFieldController implements ReactiveController {
  /** The selected country (ISO code). */
  country = '';
  /** What the number field shows. */
  number = '';
  /** Formatting waiting for libphonenumber-js or a calling code's metadata. */
  readonly #loading = new Set<Promise<unknown>>();
  #chosen = false;
  #cache: { key: string; list: Country[] } | undefined;

  readonly #host: PhoneFieldHost;
  readonly #language: { locale: string };
  readonly #editable: () => boolean;

  /**
   * `language` gives the locale for country names and the default country; `editable` says
   * whether the number may be reformatted now (the phone step, nothing being sent).
   */
  constructor(host: PhoneFieldHost, language: { locale: string }, editable: () => boolean) {
    this.#host = host;
    this.#language = language;
    this.#editable = editable;
    host.addController(this);
  }

  hostConnected(): void {
    this.#host.addEventListener('focusin', this.#preload);
    this.#host.addEventListener('pointerdown', this.#preload);
  }

  hostDisconnected(): void {
    this.#host.removeEventListener('focusin', this.#preload);
    this.#host.removeEventListener('pointerdown', this.#preload);
  }

  /** While formatting waits for something to load: settles when it is there. */
  get pending(): Promise<unknown> | undefined {
    return this.#loading.size ? Promise.all(this.#loading) : undefined;
  }

  /** The countries offered, in the element's language. */
  get countries(): Country[] {
    const { locale } = this.#language;
    const { countries } = this.#host;
    const key = `${locale}|${countries ?? ''}`;
    if (this.#cache?.key !== key)
      this.#cache = { key, list: listCountries(locale, parseCountryList(countries)) };
    return this.#cache.list;
  }

  /**
   * Picks the default country when there is none yet, or, after the countries, the default
   * country or the language changed (`settingsChanged`), when the visitor has not chosen one
   * that is still offered.
   */
  updateDefaultCountry(settingsChanged: boolean): void {
    if (!settingsChanged && this.country) return;
    const offered = this.countries.map((c) => c.iso);
    if (!this.#chosen || !offered.includes(this.country))
      this.country = defaultCountry(offered, this.#host.defaultCountry, this.#language.locale);
  }

  /**
   * Starts the field with `text` (a number in E.164, such as an app's `login_hint`): shown as
   * given, then formatted, with its country selected, once number support is there.
   */
  prefill(text: string): void {
    if (!this.#editable()) return;
    const value = text.trim().slice(0, 32);
    this.#set(this.country, value);
    this.#track(loadPhoneSupportFor(value, this.country)).then(
      (phone) => {
        if (this.number !== value || !this.#editable()) return;
        const result = phone.interpretPhoneInput(value, this.country);
        if (!this.#isOffered(result.country)) return;
        this.#chosen = true;
        this.#set(result.country, result.display);
      },
      () => {
        // offline: the number stays as given
      },
    );
  }

  /** Empties the number field. */
  clear(): void {
    this.#set(this.country, '');
  }

  /** The visitor picked a country: reformat the number for it once its metadata is there. */
  selectCountry(iso: string): void {
    this.#chosen = true;
    this.#set(iso, this.number);
    const text = this.number;
    const reformat = text && !isInternational(text);
    const phone = phoneSupportReadyFor(text, iso);
    if (reformat && phone) {
      this.#set(iso, phone.interpretPhoneInput(text, iso).display);
      return;
    }
    const loading = loadPhoneSupportFor(text, iso);
    if (!reformat) {
      loading.catch(() => {});
      return;
    }
    this.#track(loading).then(
      (loaded) => {
        if (this.country === iso && this.number === text && this.#editable())
          this.#set(iso, loaded.interpretPhoneInput(text, iso).display);
      },
      () => {
        // offline: the digits stay as typed
      },
    );
  }

  /** The visitor edited the number field. */
  async input(field: HTMLInputElement, inputType: string): Promise<void> {
    const phone = phoneSupportReadyFor(field.value, this.country);
    if (phone) {
      this.#format(phone, field, inputType);
      return;
    }
    // Formatting, or the metadata of this number's calling code, is still loading: keep what is
    // typed, then format whatever the field holds once it is there.
    this.#set(this.country, field.value);
    try {
      await this.#track(loadPhoneSupportFor(field.value, this.country));
    } catch {
      return; // offline: the digits stay as typed
    }
    if (!this.#editable() || !field.isConnected) return;
    const ready = phoneSupportReadyFor(field.value, this.country);
    // Otherwise the field has changed meanwhile, and the later input event formats it.
    if (ready) this.#format(ready, field, '');
  }

  /** Reads `raw` for sending: its E.164 form, or why it cannot be sent. */
  async check(raw: string): Promise<CheckedNumber> {
    this.#set(this.country, raw);
    let phone: PhoneNumberSupport;
    try {
      phone = await loadPhoneSupportFor(raw, this.country);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return {
        error: 'network_error',
        errorDescription: `Could not load phone number support: ${reason}`,
        offline: true,
      };
    }
    const result = phone.interpretPhoneInput(raw, this.country);
    // A national number of another region of the selected calling code (a Guernsey number with
    // only the United Kingdom offered) is the same E.164 either way: it stays under the selection.
    const region =
      !this.#isOffered(result.country) &&
      !isInternational(raw) &&
      callingCodeOf(result.country) === callingCodeOf(this.country)
        ? this.country
        : result.country;
    const offered = this.#isOffered(region);
    // A number of a country not offered keeps its calling code, as typed.
    if (offered || !isInternational(raw)) this.#set(this.country, result.display);
    if (!result.e164 || !phone.isValidNumber(result.e164))
      return {
        error: 'invalid_phone_number',
        errorDescription: `Not a valid phone number: ${result.e164 || '(empty)'}`,
      };
    if (!offered)
      return {
        error: 'country_not_allowed',
        errorDescription: `Numbers from ${region} are not accepted: ${result.e164}`,
      };
    this.#set(region, this.number);
    return { e164: result.e164 };
  }

  readonly #isOffered = (iso: string) => this.countries.some((c) => c.iso === iso);

  /** On first focus or touch: libphonenumber-js and the selected country's metadata. */
  readonly #preload = (): void => {
    loadPhoneSupportFor('', this.country).catch(() => {
      // offline: typing keeps the digits as typed, and submitting says so
    });
  };

  #format(phone: PhoneNumberSupport, field: HTMLInputElement, inputType: string): void {
    const formatted = phone.formatNumberEdit(
      {
        value: field.value,
        caret: field.selectionStart ?? field.value.length,
        inputType,
        before: this.number,
      },
      this.country,
      phone.interpretPhoneInput,
      this.#isOffered,
    );
    if (!formatted) {
      this.#set(this.country, field.value);
      return;
    }
    if (formatted.country !== this.country) this.#chosen = true;
    this.#set(formatted.country, formatted.display);
    field.value = formatted.display;
    if ((field.getRootNode() as Document | ShadowRoot).activeElement === field)
      field.setSelectionRange(formatted.caret, formatted.caret);
  }

  /** Waits for `loading`, and makes the host's `updateComplete` wait for it too. */
  async #track<T>(loading: Promise<T>): Promise<T> {
    const tracked = loading.catch(() => undefined);
    this.#loading.add(tracked);
    try {
      return await loading;
    } finally {
      this.#loading.delete(tracked);
    }
  }

  #set(country: string, number: string): void {
    this.country = country;
    this.number = number;
    this.#host.requestUpdate();
  }
}
