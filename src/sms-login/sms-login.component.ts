import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { isolateLtr } from '../i18n/format.js';
import type { Translation } from '../i18n/translation.js';
import { callingCodeOf } from '../phone/countries.js';
import { CountryPickerController, renderCountryPicker } from '../phone/country-picker.js';
import { LanguageController } from './controllers/language-controller.js';
import { LoginFlowController, type Step } from './controllers/login-flow-controller.js';
import { PhoneFieldController } from './controllers/phone-field-controller.js';
import { styles } from './sms-login.styles.js';
import { renderCodeStep } from './steps/code-step.js';
import { renderDoneStep } from './steps/done-step.js';
import { renderMessage, statusText } from './steps/message.js';
import { renderPhoneStep } from './steps/phone-step.js';

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

  // Lit's `properties` rather than decorators: the decorator helpers would ship with the element.
  static override properties = {
    domain: {},
    clientId: { attribute: 'client-id' },
    connection: {},
    language: {},
    defaultCountry: { attribute: 'default-country' },
    countries: {},
    phoneNumber: { attribute: 'phone-number' },
    scope: {},
    audience: {},
    codeLength: { attribute: 'code-length', type: Number },
    resendAfter: { attribute: 'resend-after', type: Number },
  };

  /** The Authentication API: a host (`tenant.example.com`, https implied) or a full URL (`http://localhost:8787`). */
  domain = '';
  /** The application's client ID. */
  clientId = '';
  /** The passwordless SMS connection. */
  connection = 'sms';
  /** The language to speak (BCP 47, e.g. `pt-BR`); by default the nearest `lang` attribute, then the browser's languages. */
  language?: string;
  /** The country selected at first (ISO code, e.g. `GB`); by default the region of the language, then `US`. */
  defaultCountry?: string;
  /** Restricts the countries offered: ISO codes separated by spaces or commas (`"FR BE CH"`). */
  countries?: string;
  /** A number to start with, in E.164 (`+447911123456`), such as an app's `login_hint`; the visitor may change it. */
  phoneNumber?: string;
  /** The scope asked for the tokens. */
  scope = 'openid profile phone';
  /** The API the access token is for (Auth0 `audience`). */
  audience?: string;
  /** Digits in a code; the code is submitted as soon as this many are typed. */
  codeLength = 6;
  /** Seconds before "Send a new code" is enabled. */
  resendAfter = 30;

  /** The step the visitor is on. */
  get step(): Step {
    return this.#flow.state.step;
  }

  readonly #i18n = new LanguageController(this);

  readonly #field = new PhoneFieldController(
    this,
    this.#i18n,
    () => this.#flow.state.step === 'phone' && !this.#flow.state.busy,
  );

  readonly #flow = new LoginFlowController(
    this,
    this.#i18n,
    (selector, select) => void this.#moveFocus(selector, select),
  );

  readonly #picker = new CountryPickerController(this, {
    countries: () => this.#field.countries,
    selected: () => this.#field.country,
    onSelect: (iso) => {
      this.#flow.dismissError((shown) => shown.kind === 'invalid-number');
      void this.#moveFocus('#number');
      this.#field.selectCountry(iso);
    },
    root: () => this.shadowRoot,
  });

  /** Back to an empty phone step (after a success, or to start over). */
  reset(): void {
    this.#flow.reset();
    this.#field.clear();
  }

  /**
   * Puts a code in the code field as if the visitor had typed it (a companion screen, a demo's
   * phone): non-digits are dropped, and a code of `codeLength` digits is submitted. Does nothing
   * outside the code step.
   */
  fillCode(code: string): void {
    this.#flow.fillCode(code);
  }

  /** Focuses the field of the current step (the number, or the code). */
  override focus(options?: FocusOptions): void {
    const field = this.shadowRoot?.querySelector<HTMLElement>('#number, #code, #done-title');
    if (field) field.focus(options);
    else super.focus(options);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('language')) this.#i18n.resolve();
    this.#field.updateDefaultCountry(
      changed.has('countries') || changed.has('defaultCountry') || changed.has('language'),
    );
    if (changed.has('phoneNumber') && this.phoneNumber) this.#field.prefill(this.phoneNumber);
  }

  /** Also waits for a translation or phone metadata that is loading. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (this.#i18n.pending || this.#field.pending) {
      await Promise.all([this.#i18n.pending, this.#field.pending]);
      result = await super.getUpdateComplete();
    }
    return result;
  }

  async #moveFocus(selector: string, select = false): Promise<void> {
    // The render only: focus does not wait for a translation or phone metadata to arrive.
    await super.getUpdateComplete();
    const target = this.shadowRoot?.querySelector<HTMLElement>(selector);
    target?.focus();
    if (select && target instanceof HTMLInputElement) target.select();
  }

  readonly #onNumberInput = (event: InputEvent): void => {
    this.#flow.dismissError((shown) => shown.step === 'phone');
    void this.#field.input(event.target as HTMLInputElement, event.inputType);
  };

  readonly #onNumberKeyDown = (event: KeyboardEvent): void => {
    // Let the browser's form submission handle Enter; nothing else to intercept.
    if (event.key === 'Enter' && this.#flow.state.busy) event.preventDefault();
  };

  readonly #onPhoneSubmit = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    if (this.#flow.state.busy) return;
    const input = this.shadowRoot?.getElementById('number') as HTMLInputElement | null;
    this.#flow.setBusy('send');
    const checked = await this.#field.check(input?.value ?? this.#field.number);
    if ('e164' in checked) {
      await this.#flow.send(checked.e164, 'send');
      return;
    }
    this.#flow.setBusy(false);
    this.#flow.fail({
      step: 'phone',
      ...checked,
      retry: checked.offline
        ? () => this.shadowRoot?.querySelector('form')?.requestSubmit()
        : undefined,
    });
  };

  readonly #onCodeInput = (event: InputEvent): void =>
    this.#flow.inputCode(event.target as HTMLInputElement);

  readonly #onCodeSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    void this.#flow.verify();
  };

  #renderBody(t: Translation) {
    const { step, busy, shownError } = this.#flow.state;
    if (step === 'done') return renderDoneStep(t);
    if (step === 'code')
      return renderCodeStep({
        t,
        sentTo: this.#flow.state.sentToDisplay,
        code: this.#flow.state.code,
        codeLength: this.codeLength,
        invalid: this.#flow.codeIsInvalid,
        busy: busy === 'verify' || busy === 'resend' ? busy : false,
        resendIn: this.#flow.resendIn,
        onCodeInput: this.#onCodeInput,
        onSubmit: this.#onCodeSubmit,
        onResend: () => this.#flow.resend(),
        onChangeNumber: () => this.#flow.changeNumber(),
      });
    const country = this.#field.country;
    const selected = this.#field.countries.find((c) => c.iso === country);
    return renderPhoneStep({
      t,
      picker: renderCountryPicker(
        this.#picker,
        selected,
        t,
        t.selectedCountry(
          selected?.name ?? country,
          isolateLtr(t, `+${callingCodeOf(country) ?? ''}`),
        ),
        !!busy,
      ),
      number: this.#field.number,
      invalid: shownError?.kind === 'invalid-number' || shownError?.kind === 'country-not-allowed',
      busy: busy === 'send',
      onNumberInput: this.#onNumberInput,
      onNumberKeyDown: this.#onNumberKeyDown,
      onSubmit: this.#onPhoneSubmit,
    });
  }

  protected override render() {
    const t = this.#i18n.translation;
    const { step, status, sentToDisplay } = this.#flow.state;
    return html`
      <div class="base" part="base" lang=${t.$code} dir=${t.$dir} data-step=${step}>
        <slot name="header"
          ><div class="title" part="title">${step === 'code' ? t.codeTitle : t.title}</div></slot
        >
        ${this.#renderBody(t)}
        ${
          step === 'done'
            ? nothing
            : renderMessage({
                t,
                shown: this.#flow.state.shownError,
                codeLength: this.codeLength,
                locale: this.#i18n.locale,
                onRetry: (retry) => {
                  this.#flow.dismissError();
                  retry();
                },
              })
        }
        <div class="visually-hidden" role="status">${statusText(t, status, sentToDisplay)}</div>
        <slot name="footer"></slot>
      </div>
    `;
  }
}
