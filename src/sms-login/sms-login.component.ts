import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { exchangeCode, startPasswordless, type AuthClientOptions } from '../api/auth-client.js';
import { AuthApiError } from '../api/auth-api-error.js';
import { emit } from '../events/emit.js';
import { formatWait } from '../i18n/format.js';
import { loadTranslation, loadedTranslation } from '../i18n/load-translation.js';
import { negotiateLanguage, requestedLanguages } from '../i18n/negotiate.js';
import type { LanguageCode, Translation } from '../i18n/translation.js';
import { positionAfterKeptChars, keptCharsBefore } from '../phone/caret.js';
import {
  callingCodeOf,
  defaultCountry,
  listCountries,
  parseCountryList,
  type Country,
} from '../phone/countries.js';
import { CountryPickerController, renderCountryPicker } from '../phone/country-picker.js';
import {
  loadPhoneNumberSupport,
  loadedPhoneNumberSupport,
  type PhoneNumberSupport,
} from '../phone/load-phone-number.js';
import { hasMetadataForInput, loadMetadataForInput } from '../phone/phone-metadata.js';
import { classifyError, errorMessage, type ErrorKind } from './error-kinds.js';
import { styles } from './sms-login.styles.js';
import { renderCodeStep } from './steps/code-step.js';
import { renderDoneStep } from './steps/done-step.js';
import { renderPhoneStep } from './steps/phone-step.js';

const digitsOf = (text: string) => text.replace(/[^\d+]/g, '');

/** Whether a number is written with its calling code (`+44 …`, `0044 …`). */
const isInternational = (text: string) => /^(\+|00)/.test(digitsOf(text));

/** Failed attempts a code survives (the backend's rule, counted here to say how many are left). */
const ATTEMPTS_PER_CODE = 3;

type Step = 'phone' | 'code' | 'done';
type Busy = 'send' | 'verify' | 'resend' | false;

interface ShownError {
  kind: ErrorKind;
  step: 'phone' | 'code';
  attemptsLeft?: number;
  /** Seconds, for rate limits. */
  retryAfter?: number;
  /** What "Try again" does, for network failures. */
  retry?: () => void;
}

interface OtpCredential extends Credential {
  code: string;
}

/**
 * Passwordless login by SMS: the visitor picks a country, types a phone number, receives a
 * one-time code, types it, and the page gets tokens. Talks to any Auth0-compatible
 * Authentication API (`/passwordless/start`, then `/oauth/token` with the passwordless OTP grant).
 *
 * @summary Passwordless login by SMS, against an Auth0-compatible backend.
 *
 * @event {SmsLoginCodeSentEvent} sms-login-code-sent - A code was sent. `detail`: `{phoneNumber, language}`.
 * @event {SmsLoginSuccessEvent} sms-login-success - The code was right. `detail`: `{accessToken, idToken, expiresIn, tokenType, scope}`.
 * @event {SmsLoginErrorEvent} sms-login-error - Something failed; the element shows a message. `detail`: `{error, errorDescription, step}`.
 *
 * @slot header - Replaces the title above the form.
 * @slot footer - Below the form (terms, help links).
 *
 * @csspart base - The card around everything.
 * @csspart title - The default title.
 * @csspart form - The form of the current step.
 * @csspart intro - The line of text under the title ("We sent a code to …").
 * @csspart phone-field - The row with the country button and the number field.
 * @csspart country-button - The button that opens the country list.
 * @csspart country-popup - The country popup (search field and list).
 * @csspart country-search - The search field of the country popup.
 * @csspart country-list - The list of countries.
 * @csspart country-option - One country in the list.
 * @csspart number-input - The phone number field.
 * @csspart code-input - The one-time code field.
 * @csspart button - Every button.
 * @csspart submit - The main button of a step ("Send code", "Verify").
 * @csspart resend - The "Send a new code" button.
 * @csspart change-number - The "Use another number" button.
 * @csspart actions - The row under "Verify" holding "Use another number" and "Send a new code".
 * @csspart message - The error message.
 * @csspart retry - The "Try again" button in the message after a network failure.
 * @csspart success - The success state.
 *
 * @cssproperty --sms-login-font-family - Font of the whole element. Default: the system UI font.
 * @cssproperty --sms-login-font-size - Base font size. Default: `1rem`.
 * @cssproperty --sms-login-text-color - Text colour.
 * @cssproperty --sms-login-muted-text-color - Secondary text (intro, hints, countdown).
 * @cssproperty --sms-login-background-color - Card background.
 * @cssproperty --sms-login-field-background-color - Background of fields and the popup.
 * @cssproperty --sms-login-border-color - Borders of the card and fields.
 * @cssproperty --sms-login-primary-color - Main button and accents.
 * @cssproperty --sms-login-primary-text-color - Text on the main button.
 * @cssproperty --sms-login-error-color - Error text and invalid field borders.
 * @cssproperty --sms-login-success-color - The success mark.
 * @cssproperty --sms-login-radius - Corner radius of fields and buttons (the card uses twice it).
 * @cssproperty --sms-login-spacing - Base spacing unit. Default: `1rem`.
 * @cssproperty --sms-login-focus-ring-color - Focus outline colour.
 * @cssproperty --sms-login-focus-ring-width - Focus outline width. Default: `2px`.
 * @cssproperty --sms-login-max-width - Widest the card grows. Default: `24rem`.
 */
export class SmsLogin extends LitElement {
  static override styles = styles;

  /** The Authentication API: a host (`tenant.example.com`, https implied) or a full URL (`http://localhost:8787`). */
  @property() domain = '';

  /** The application's client ID. */
  @property({ attribute: 'client-id' }) clientId = '';

  /** The passwordless SMS connection. */
  @property() connection = 'sms';

  /** The language to speak (BCP 47, e.g. `pt-BR`); by default the nearest `lang` attribute, then the browser's languages. */
  @property() language?: string;

  /** The country selected at first (ISO code, e.g. `GB`); by default the region of the language, then `US`. */
  @property({ attribute: 'default-country' }) defaultCountry?: string;

  /** Restricts the countries offered: ISO codes separated by spaces or commas (`"FR BE CH"`). */
  @property() countries?: string;

  /** The scope asked for the tokens. */
  @property() scope = 'openid profile phone';

  /** The API the access token is for (Auth0 `audience`). */
  @property() audience?: string;

  /** Digits in a code; the code is submitted as soon as this many are typed. */
  @property({ attribute: 'code-length', type: Number }) codeLength = 6;

  /** Seconds before "Send a new code" is enabled. */
  @property({ attribute: 'resend-after', type: Number }) resendAfter = 30;

  /** The step the visitor is on. */
  get step(): Step {
    return this.currentStep;
  }

  @state() private currentStep: Step = 'phone';
  @state() private busy: Busy = false;
  @state() private shownError: ShownError | undefined;
  @state() private translation: Translation = loadedTranslation('en')!;
  @state() private locale = 'en';
  @state() private country = '';
  @state() private numberText = '';
  @state() private sentTo = '';
  @state() private sentToDisplay = '';
  @state() private code = '';
  @state() private resendAt = 0;
  @state() private now = Date.now();
  /** What the status region announces, said in the current language when rendered. */
  @state() private status: 'code-sent' | 'code-resent' | 'signed-in' | '' = '';

  private languageCode: LanguageCode = 'en';
  private translationLoading: Promise<unknown> | undefined;
  /** Number formatting waiting for libphonenumber-js or a calling code's metadata. */
  private readonly phoneLoading = new Set<Promise<unknown>>();
  private countryChosen = false;
  private countryCache: { key: string; list: Country[] } | undefined;
  private phone: PhoneNumberSupport | undefined = loadedPhoneNumberSupport();
  private failures = 0;
  private codeDead = false;
  private ticker: ReturnType<typeof setInterval> | undefined;
  private otpAbort: AbortController | undefined;
  private requestAbort: AbortController | undefined;

  private readonly picker = new CountryPickerController(this, {
    countries: () => this.availableCountries,
    selected: () => this.country,
    onSelect: (iso) => this.selectCountry(iso),
    root: () => this.shadowRoot,
  });

  override connectedCallback(): void {
    super.connectedCallback();
    this.resolveLanguage();
    this.addEventListener('focusin', this.preloadPhoneSupport);
    this.addEventListener('pointerdown', this.preloadPhoneSupport);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopTicker();
    this.otpAbort?.abort();
    this.requestAbort?.abort();
    this.removeEventListener('focusin', this.preloadPhoneSupport);
    this.removeEventListener('pointerdown', this.preloadPhoneSupport);
  }

  /** Back to an empty phone step (after a success, or to start over). */
  reset(): void {
    this.otpAbort?.abort();
    this.requestAbort?.abort();
    this.stopTicker();
    this.currentStep = 'phone';
    this.busy = false;
    this.shownError = undefined;
    this.numberText = '';
    this.code = '';
    this.sentTo = '';
    this.status = '';
    this.failures = 0;
    this.codeDead = false;
  }

  /**
   * Puts a code in the code field as if the visitor had typed it (a companion screen, a demo's
   * phone): non-digits are dropped, and a code of `codeLength` digits is submitted. Does nothing
   * outside the code step.
   */
  fillCode(code: string): void {
    if (this.currentStep !== 'code' || this.busy) return;
    this.code = code.replace(/\D/g, '').slice(0, this.codeLength);
    if (this.codeIsInvalid) this.shownError = undefined;
    if (this.code.length === this.codeLength) void this.verify();
  }

  /** Focuses the field of the current step (the number, or the code). */
  override focus(options?: FocusOptions): void {
    const field = this.shadowRoot?.querySelector<HTMLElement>('#number, #code, #done-title');
    if (field) field.focus(options);
    else super.focus(options);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('language')) this.resolveLanguage();
    if (
      changed.has('countries') ||
      changed.has('defaultCountry') ||
      changed.has('language') ||
      !this.country
    ) {
      const available = this.availableCountries.map((c) => c.iso);
      if (!this.countryChosen || !available.includes(this.country)) {
        this.country = defaultCountry(available, this.defaultCountry, this.locale);
      }
    }
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (this.translationLoading || this.phoneLoading.size) {
      await Promise.all([this.translationLoading, ...this.phoneLoading]);
      result = await super.getUpdateComplete();
    }
    return result;
  }

  private resolveLanguage(): void {
    const requested = requestedLanguages(this, this.language);
    const code = negotiateLanguage(requested);
    const matching = requested.find((tag) => negotiateLanguage([tag]) === code && code !== 'en');
    this.locale = matching ?? requested.find((tag) => /^en\b/i.test(tag)) ?? code;
    try {
      this.locale = Intl.getCanonicalLocales(this.locale)[0] ?? code;
    } catch {
      this.locale = code;
    }
    this.languageCode = code;
    const ready = loadedTranslation(code);
    if (ready) {
      this.translation = ready;
      this.translationLoading = undefined;
      return;
    }
    const loading = loadTranslation(code).then((translation) => {
      if (this.languageCode === code) this.translation = translation;
      if (this.translationLoading === loading) this.translationLoading = undefined;
    });
    this.translationLoading = loading;
  }

  private get availableCountries(): Country[] {
    const key = `${this.locale}|${this.countries ?? ''}`;
    if (this.countryCache?.key !== key) {
      this.countryCache = {
        key,
        list: listCountries(this.locale, parseCountryList(this.countries)),
      };
    }
    return this.countryCache.list;
  }

  /** On first focus or touch: libphonenumber-js and the selected country's metadata. */
  private readonly preloadPhoneSupport = (): void => {
    this.loadPhoneFor('', this.country).catch(() => {
      // offline: typing keeps the digits as typed, and submitting says so
    });
  };

  private async phoneSupport(): Promise<PhoneNumberSupport> {
    this.phone ??= await loadPhoneNumberSupport();
    return this.phone;
  }

  /** Number support, if it is ready to understand `raw` typed in `country` without waiting. */
  private phoneReadyFor(raw: string, country: string): PhoneNumberSupport | undefined {
    return this.phone && hasMetadataForInput(raw, country) ? this.phone : undefined;
  }

  /** Loads number support and the metadata of the calling code `raw` in `country` needs. */
  private async loadPhoneFor(raw: string, country: string): Promise<PhoneNumberSupport> {
    const [phone] = await Promise.all([this.phoneSupport(), loadMetadataForInput(raw, country)]);
    return phone;
  }

  /** Waits for `loading`, and makes `updateComplete` wait for it too. */
  private async whilePhoneLoads<T>(loading: Promise<T>): Promise<T> {
    const tracked = loading.catch(() => undefined);
    this.phoneLoading.add(tracked);
    try {
      return await loading;
    } finally {
      this.phoneLoading.delete(tracked);
    }
  }

  private get authOptions(): AuthClientOptions {
    return { domain: this.domain, clientId: this.clientId, connection: this.connection };
  }

  private async moveFocus(selector: string, select = false): Promise<void> {
    // The render only: focus does not wait for a translation or phone metadata to arrive.
    await super.getUpdateComplete();
    const target = this.shadowRoot?.querySelector<HTMLElement>(selector);
    target?.focus();
    if (select && target instanceof HTMLInputElement) target.select();
  }

  // ---- phone step -------------------------------------------------------------------------

  private selectCountry(iso: string): void {
    this.country = iso;
    this.countryChosen = true;
    if (this.shownError?.kind === 'invalid-number') this.shownError = undefined;
    void this.moveFocus('#number');
    // Reformat what is there for the new country, once its metadata is there.
    const text = this.numberText;
    const reformat = text && !isInternational(text);
    const phone = this.phoneReadyFor(text, iso);
    if (reformat && phone) {
      this.numberText = phone.interpretPhoneInput(text, iso).display;
      return;
    }
    const loading = this.loadPhoneFor(text, iso);
    if (!reformat) {
      loading.catch(() => {});
      return;
    }
    this.whilePhoneLoads(loading).then(
      (loaded) => {
        if (this.country === iso && this.numberText === text && this.currentStep === 'phone')
          this.numberText = loaded.interpretPhoneInput(text, iso).display;
      },
      () => {
        // offline: the digits stay as typed
      },
    );
  }

  private readonly onNumberInput = async (event: InputEvent): Promise<void> => {
    const input = event.target as HTMLInputElement;
    if (this.shownError?.step === 'phone') this.shownError = undefined;
    const phone = this.phoneReadyFor(input.value, this.country);
    if (phone) {
      this.formatNumberField(phone, input, event.inputType);
      return;
    }
    // Formatting, or the metadata of this number's calling code, is still loading: keep what is
    // typed, then format whatever the field holds once it is there.
    this.numberText = input.value;
    try {
      await this.whilePhoneLoads(this.loadPhoneFor(input.value, this.country));
    } catch {
      return; // offline: the digits stay as typed
    }
    if (this.currentStep !== 'phone' || !input.isConnected || this.busy) return;
    const ready = this.phoneReadyFor(input.value, this.country);
    // Otherwise the field has changed meanwhile, and the later input event formats it.
    if (ready) this.formatNumberField(ready, input, '');
  };

  private formatNumberField(
    phone: PhoneNumberSupport,
    input: HTMLInputElement,
    inputType: string,
  ): void {
    let raw = input.value;
    let kept = keptCharsBefore(raw, input.selectionStart ?? raw.length);
    // Deleting a space or bracket the formatting put there deletes the digit before it instead.
    if (
      inputType === 'deleteContentBackward' &&
      digitsOf(raw) === digitsOf(this.numberText) &&
      raw.length < this.numberText.length &&
      kept > 0
    ) {
      const position = positionAfterKeptChars(raw, kept);
      raw = raw.slice(0, position - 1) + raw.slice(position);
      kept -= 1;
    }
    const wasInternational = /^\s*(\+|00)/.test(raw);
    const result = phone.interpretPhoneInput(raw, this.country);
    const allowed = this.availableCountries.some((c) => c.iso === result.country);
    if (!allowed && isInternational(raw)) {
      // The calling code of a country not offered stays as typed: submitting says so.
      this.numberText = input.value;
      return;
    }
    if (result.country !== this.country && allowed) {
      this.country = result.country;
      this.countryChosen = true;
    }
    this.numberText = result.display;
    input.value = result.display;
    const caret =
      wasInternational && !result.international
        ? result.display.length
        : positionAfterKeptChars(result.display, kept);
    if (this.shadowRoot?.activeElement === input) input.setSelectionRange(caret, caret);
  }

  private readonly onNumberKeyDown = (event: KeyboardEvent): void => {
    // Let the browser's form submission handle Enter; nothing else to intercept.
    if (event.key === 'Enter' && this.busy) event.preventDefault();
  };

  private readonly onPhoneSubmit = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    if (this.busy) return;
    const input = this.shadowRoot?.getElementById('number') as HTMLInputElement | null;
    const raw = input?.value ?? this.numberText;
    this.numberText = raw;
    this.busy = 'send';
    let phone: PhoneNumberSupport;
    try {
      phone = await this.loadPhoneFor(raw, this.country);
    } catch (error) {
      this.busy = false;
      const reason = error instanceof Error ? error.message : String(error);
      this.fail(
        'phone',
        'network_error',
        `Could not load phone number support: ${reason}`,
        undefined,
        () => this.shadowRoot?.querySelector('form')?.requestSubmit(),
      );
      return;
    }
    const result = phone.interpretPhoneInput(raw, this.country);
    const allowed = this.availableCountries.some((c) => c.iso === result.country);
    // A number of a country not offered keeps its calling code, as typed.
    if (allowed || !isInternational(raw)) this.numberText = result.display;
    if (!result.e164 || !phone.isValidNumber(result.e164)) {
      this.busy = false;
      this.fail(
        'phone',
        'invalid_phone_number',
        `Not a valid phone number: ${result.e164 || '(empty)'}`,
      );
      return;
    }
    if (!allowed) {
      this.busy = false;
      this.fail(
        'phone',
        'country_not_allowed',
        `Numbers from ${result.country} are not accepted: ${result.e164}`,
      );
      return;
    }
    if (result.country !== this.country) this.country = result.country;
    await this.sendCode(result.e164, 'send');
  };

  private async sendCode(e164: string, mode: 'send' | 'resend'): Promise<void> {
    this.busy = mode;
    this.shownError = undefined;
    this.requestAbort = new AbortController();
    const language = this.locale;
    try {
      await startPasswordless(
        this.authOptions,
        e164,
        language,
        this.authParams,
        this.requestAbort.signal,
      );
    } catch (error) {
      this.busy = false;
      if (this.requestAbort.signal.aborted) return;
      this.failWith(
        error,
        mode === 'send' ? 'phone' : 'code',
        () => void this.sendCode(e164, mode),
      );
      return;
    }
    this.busy = false;
    const phone = await this.phoneSupport();
    this.sentTo = e164;
    // No-break spaces: the number never wraps across lines.
    this.sentToDisplay = phone.formatInternational(e164).replace(/ /g, '\u00a0');
    this.failures = 0;
    this.codeDead = false;
    this.code = '';
    this.currentStep = 'code';
    this.startCountdown();
    this.status = mode === 'send' ? 'code-sent' : 'code-resent';
    emit(this, 'sms-login-code-sent', { phoneNumber: e164, language });
    this.listenForSmsCode();
    void this.moveFocus('#code');
  }

  private get authParams(): Record<string, string> | undefined {
    const params: Record<string, string> = {};
    if (this.scope) params.scope = this.scope;
    if (this.audience) params.audience = this.audience;
    return Object.keys(params).length ? params : undefined;
  }

  // ---- code step --------------------------------------------------------------------------

  private startCountdown(): void {
    this.now = Date.now();
    this.resendAt = this.now + Math.max(0, this.resendAfter) * 1000;
    this.stopTicker();
    this.ticker = setInterval(() => {
      this.now = Date.now();
      if (this.now >= this.resendAt) this.stopTicker();
    }, 250);
  }

  private stopTicker(): void {
    if (this.ticker !== undefined) clearInterval(this.ticker);
    this.ticker = undefined;
  }

  private get resendIn(): number {
    if (this.codeDead) return 0;
    return Math.max(0, Math.ceil((this.resendAt - this.now) / 1000));
  }

  /** Whether the message is about the code in the field (cleared as soon as it changes). */
  private get codeIsInvalid(): boolean {
    const kind = this.shownError?.kind;
    return kind === 'wrong-code' || kind === 'incomplete-code';
  }

  private readonly onCodeInput = (event: InputEvent): void => {
    const input = event.target as HTMLInputElement;
    const digits = input.value.replace(/\D/g, '').slice(0, this.codeLength);
    input.value = digits;
    this.code = digits;
    if (this.codeIsInvalid) this.shownError = undefined;
    if (digits.length === this.codeLength) void this.verify();
  };

  private readonly onCodeSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    void this.verify();
  };

  private async verify(): Promise<void> {
    if (this.busy) return;
    if (this.codeDead) {
      void this.moveFocus('#resend');
      return;
    }
    if (this.code.length !== this.codeLength) {
      // Nothing was checked: no error event, just what to type.
      this.shownError = { kind: 'incomplete-code', step: 'code' };
      void this.moveFocus('#code', true);
      return;
    }
    this.busy = 'verify';
    this.shownError = undefined;
    this.requestAbort = new AbortController();
    let tokens;
    try {
      tokens = await exchangeCode(
        this.authOptions,
        { phoneNumber: this.sentTo, code: this.code, scope: this.scope, audience: this.audience },
        this.requestAbort.signal,
      );
    } catch (error) {
      this.busy = false;
      if (this.requestAbort.signal.aborted) return;
      this.failWith(error, 'code', () => void this.verify());
      return;
    }
    this.busy = false;
    this.otpAbort?.abort();
    this.stopTicker();
    this.currentStep = 'done';
    this.status = 'signed-in';
    emit(this, 'sms-login-success', {
      accessToken: tokens.access_token,
      idToken: tokens.id_token,
      expiresIn: tokens.expires_in,
      tokenType: tokens.token_type,
      scope: tokens.scope,
    });
    void this.moveFocus('#done-title');
  }

  private readonly onResend = (): void => {
    if (this.busy || this.resendIn > 0) return;
    void this.sendCode(this.sentTo, 'resend');
  };

  private readonly onChangeNumber = (): void => {
    this.otpAbort?.abort();
    this.stopTicker();
    this.shownError = undefined;
    this.status = '';
    this.code = '';
    this.currentStep = 'phone';
    void this.moveFocus('#number');
  };

  /** Web OTP: let the browser read the code from the SMS; cancelled when the step is left. */
  private listenForSmsCode(): void {
    this.otpAbort?.abort();
    if (!('OTPCredential' in window) || !navigator.credentials?.get) return;
    const abort = new AbortController();
    this.otpAbort = abort;
    navigator.credentials
      .get({ otp: { transport: ['sms'] }, signal: abort.signal } as CredentialRequestOptions)
      .then((credential) => {
        const code = (credential as OtpCredential | null)?.code?.replace(/\D/g, '');
        if (!code || abort.signal.aborted || this.currentStep !== 'code') return;
        this.code = code.slice(0, this.codeLength);
        void this.verify();
      })
      .catch(() => {
        // no permission, no SMS, or aborted: the visitor types the code
      });
  }

  // ---- errors -----------------------------------------------------------------------------

  private failWith(error: unknown, step: 'phone' | 'code', retry: () => void): void {
    if (error instanceof AuthApiError) {
      this.fail(step, error.error, error.errorDescription, error.retryAfter, retry);
    } else {
      this.fail(step, 'unknown_error', error instanceof Error ? error.message : String(error));
    }
  }

  private fail(
    step: 'phone' | 'code',
    error: string,
    errorDescription: string,
    retryAfter?: number,
    retry?: () => void,
  ): void {
    const kind = classifyError(error, errorDescription);
    const shown: ShownError = { kind, step };
    if (kind === 'wrong-code') {
      this.failures += 1;
      shown.attemptsLeft = Math.max(0, ATTEMPTS_PER_CODE - this.failures);
      if (shown.attemptsLeft === 0) shown.kind = 'too-many-attempts';
    }
    if (shown.kind === 'too-many-attempts' || kind === 'expired') {
      this.codeDead = true;
      this.stopTicker();
    }
    if (kind === 'rate-limited' && retryAfter !== undefined) shown.retryAfter = retryAfter;
    if (kind === 'network' && retry) shown.retry = retry;
    this.shownError = shown;
    emit(this, 'sms-login-error', { error, errorDescription, step });

    if (kind === 'network') void this.moveFocus('#retry');
    else if (step === 'phone')
      void this.moveFocus('#number', kind === 'invalid-number' || kind === 'country-not-allowed');
    else if (shown.kind === 'too-many-attempts' || kind === 'expired') {
      this.code = '';
      void this.moveFocus('#resend');
    } else if (kind === 'wrong-code') {
      this.code = '';
      void this.moveFocus('#code');
    } else void this.moveFocus('#code');
  }

  private renderMessage() {
    const shown = this.shownError;
    const t = this.translation;
    const text = shown
      ? errorMessage(t, shown.kind, {
          attemptsLeft: shown.attemptsLeft,
          codeLength: this.codeLength,
          wait:
            shown.retryAfter !== undefined ? formatWait(shown.retryAfter, this.locale) : undefined,
        })
      : '';
    return html`
      <div id="message" class=${shown ? 'message shown' : 'message'} part="message" role="alert">
        ${
          shown
            ? html`<svg aria-hidden="true" viewBox="0 0 20 20" width="18" height="18">
                  <circle
                    cx="10"
                    cy="10"
                    r="9"
                    fill="none"
                    stroke="currentColor"
                    stroke-width="1.6"
                  />
                  <path d="M10 5.5v5.5M10 13.5v1" stroke="currentColor" stroke-width="1.8" />
                </svg>
                <span class="message-text">${text}</span>
                ${
                  shown.retry
                    ? html`<button
                        id="retry"
                        class="button link"
                        part="button retry"
                        type="button"
                        @click=${() => {
                          const retry = shown.retry!;
                          this.shownError = undefined;
                          retry();
                        }}
                      >
                        ${t.retry}
                      </button>`
                    : nothing
                }`
            : nothing
        }
      </div>
    `;
  }

  // ---- render -----------------------------------------------------------------------------

  private statusText(t: Translation): string {
    switch (this.status) {
      case 'code-sent':
        return t.codeSentTo(this.sentToDisplay);
      case 'code-resent':
        return t.codeResent;
      case 'signed-in':
        return t.successTitle;
      default:
        return '';
    }
  }

  protected override render() {
    const t = this.translation;
    const selected = this.availableCountries.find((c) => c.iso === this.country);
    let body;
    if (this.currentStep === 'phone') {
      body = renderPhoneStep({
        t,
        picker: renderCountryPicker(
          this.picker,
          selected,
          {
            countryLabel: t.countryLabel,
            buttonLabel: t.selectedCountry(
              selected?.name ?? this.country,
              `+${callingCodeOf(this.country) ?? ''}`,
            ),
            searchLabel: t.searchCountries,
            noResult: t.noCountryFound,
          },
          !!this.busy,
        ),
        number: this.numberText,
        invalid:
          this.shownError?.kind === 'invalid-number' ||
          this.shownError?.kind === 'country-not-allowed',
        busy: this.busy === 'send',
        onNumberInput: this.onNumberInput,
        onNumberKeyDown: this.onNumberKeyDown,
        onSubmit: this.onPhoneSubmit,
      });
    } else if (this.currentStep === 'code') {
      body = renderCodeStep({
        t,
        sentTo: this.sentToDisplay,
        code: this.code,
        codeLength: this.codeLength,
        invalid: this.codeIsInvalid,
        busy: this.busy === 'verify' || this.busy === 'resend' ? this.busy : false,
        resendIn: this.resendIn,
        onCodeInput: this.onCodeInput,
        onSubmit: this.onCodeSubmit,
        onResend: this.onResend,
        onChangeNumber: this.onChangeNumber,
      });
    } else {
      body = renderDoneStep(t);
    }
    return html`
      <div class="base" part="base" lang=${t.$code} dir=${t.$dir} data-step=${this.currentStep}>
        <slot name="header"
          ><div class="title" part="title">
            ${this.currentStep === 'code' ? t.codeTitle : t.title}
          </div></slot
        >
        ${body} ${this.currentStep === 'done' ? nothing : this.renderMessage()}
        <div class="visually-hidden" role="status">${this.statusText(t)}</div>
        <slot name="footer"></slot>
      </div>
    `;
  }
}
