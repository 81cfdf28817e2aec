// The connection's message: the Liquid template with a preview rendered by the backend's own code,
// and the code rules (length, expiry, sign-ups), applied to the backend as they change.
import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  DEFAULT_TEMPLATE,
  defaultMessage,
  measureSms,
  messageLanguageFor,
  renderMessage,
} from '../../../mock-server/src/index.ts';
import { renderSmsLength } from './sms-length-note.js';
import { WIDGET_LANGUAGES } from '../page/languages.js';
import { StorePanel } from './store-panel.js';

export type ApplyState =
  { state: 'idle' | 'saving' | 'saved' } | { state: 'error'; message: string; detail?: string };

const VARIABLES = [
  '{{ code }}',
  '{{ application.name }}',
  '{{ phone_number }}',
  '{{ request_language }}',
];

export const PER_LANGUAGE_TEMPLATE = `{% case request_language %}
{% when 'fr', 'fr-FR', 'fr-CA' %}Votre code {{ application.name }} : {{ code }}
{% when 'de' %}Ihr {{ application.name }}-Code: {{ code }}
{% when 'es' %}Tu código de {{ application.name }}: {{ code }}
{% when 'ar' %}رمز {{ application.name }} الخاص بك: {{ code }}
{% else %}Your {{ application.name }} code is {{ code }}. It expires soon; never share it.
{% endcase %}`;

/** A sample code of the configured length (1, 2, 3…). */
export const sampleCode = (length: number) =>
  Array.from({ length }, (_, i) => String((i + 1) % 10)).join('');

export class MessagePanel extends StorePanel {
  @property({ attribute: false }) applyState: ApplyState = { state: 'idle' };
  @state() private preview = '';
  @state() private error = '';

  #rendering = 0;

  protected override willUpdate(): void {
    void this.#renderPreview();
  }

  #lastInput = '';

  async #renderPreview(): Promise<void> {
    const s = this.store.value;
    const input = JSON.stringify([
      s.template,
      s.applicationName,
      s.phoneNumber,
      s.previewLanguage,
      s.otpLength,
    ]);
    if (input === this.#lastInput) return;
    this.#lastInput = input;
    const ticket = ++this.#rendering;
    const code = sampleCode(s.otpLength);
    const language = s.previewLanguage || null;
    try {
      // The built-in template stands for the default message in the request's language.
      const text =
        s.template === DEFAULT_TEMPLATE
          ? defaultMessage(messageLanguageFor(language), code)
          : await renderMessage(s.template, 'liquid', {
              code,
              phoneNumber: s.phoneNumber,
              applicationName: s.applicationName,
              requestLanguage: language,
            });
      if (ticket !== this.#rendering) return;
      this.preview = text;
      this.error = '';
    } catch (error) {
      if (ticket !== this.#rendering) return;
      this.error = error instanceof Error ? error.message : String(error);
    }
  }

  #insert(text: string): void {
    const area = this.querySelector<HTMLTextAreaElement>('#template');
    if (!area) return;
    area.setRangeText(text, area.selectionStart, area.selectionEnd, 'end');
    area.focus();
    this.store.update({ template: area.value });
  }

  #number(field: 'otpLength' | 'otpExpiry') {
    return (e: Event) => {
      const value = Number((e.target as HTMLInputElement).value);
      if (Number.isFinite(value)) this.store.update({ [field]: value });
    };
  }

  protected override render() {
    const s = this.store.value;
    const apply = this.applyState;
    const minutes = s.otpExpiry / 60;
    return html`
      <div class="field">
        <label for="template">Message template (Liquid)</label>
        <textarea
          id="template"
          class=${this.error ? 'code-editor invalid' : 'code-editor'}
          rows="6"
          spellcheck="false"
          aria-invalid=${this.error ? 'true' : 'false'}
          aria-describedby="template-error"
          .value=${s.template}
          @input=${(e: Event) => this.store.update({ template: (e.target as HTMLTextAreaElement).value })}
        ></textarea>
        <div class="chips" role="group" aria-label="Insert a variable">
          ${VARIABLES.map(
            (v) =>
              html`<button type="button" class="chip mono" @click=${() => this.#insert(v)}>
                ${v}
              </button>`,
          )}
        </div>
        <div class="inline-actions">
          <button
            type="button"
            class="link"
            @click=${() => this.store.update({ template: PER_LANGUAGE_TEMPLATE })}
          >
            Example: one message per language
          </button>
          <button
            type="button"
            class="link"
            @click=${() => this.store.update({ template: DEFAULT_TEMPLATE })}
          >
            Back to the default
          </button>
        </div>
      </div>

      <div class="preview-box">
        <div class="preview-head">
          <span>Preview</span>
          <select
            id="preview-language"
            aria-label="Preview language (request_language)"
            @change=${(e: Event) => this.store.update({ previewLanguage: (e.target as HTMLSelectElement).value })}
          >
            ${WIDGET_LANGUAGES.map(
              (l) =>
                html`<option value=${l.code} ?selected=${l.code === s.previewLanguage}>
                  ${l.name}
                </option>`,
            )}
          </select>
        </div>
        ${
          this.error
            ? html`<div id="template-error" class="template-error" role="alert">
                <strong>This template cannot be used.</strong> ${this.error}
                <div class="help">
                  The backend keeps the last working template until this is fixed.
                </div>
              </div>`
            : html`<div
                  id="template-preview"
                  class="sms-bubble preview-bubble"
                  .textContent=${this.preview}
                ></div>
                ${renderSmsLength(measureSms(this.preview))}`
        }
      </div>

      <div class="two-fields">
        <div class="field">
          <label for="application-name">application.name</label>
          <input
            id="application-name"
            .value=${s.applicationName}
            @change=${(e: Event) =>
              this.store.update({
                applicationName: (e.target as HTMLInputElement).value.trim() || 'Tandem',
              })}
          />
        </div>
        <div class="field">
          <label for="phone-number">phone_number</label>
          <input
            id="phone-number"
            inputmode="tel"
            .value=${s.phoneNumber}
            @change=${(e: Event) => {
              const value = (e.target as HTMLInputElement).value.replace(/[^\d+]/g, '');
              if (/^\+\d{6,15}$/.test(value)) this.store.update({ phoneNumber: value });
            }}
          />
        </div>
      </div>

      <fieldset class="token-group">
        <legend>Codes</legend>
        <div class="field range-field">
          <label for="otp-length">Code length</label>
          <input
            id="otp-length"
            type="range"
            min="4"
            max="10"
            step="1"
            .value=${String(s.otpLength)}
            @change=${this.#number('otpLength')}
          />
          <output for="otp-length">${s.otpLength} digits</output>
        </div>
        <div class="field range-field">
          <label for="otp-expiry">Valid for</label>
          <input
            id="otp-expiry"
            type="range"
            min="60"
            max="900"
            step="30"
            .value=${String(s.otpExpiry)}
            @change=${this.#number('otpExpiry')}
          />
          <output for="otp-expiry"
            >${Number.isInteger(minutes) ? `${minutes} min` : `${s.otpExpiry} s`}</output
          >
        </div>
        <label class="switch">
          <input
            id="disable-signup"
            type="checkbox"
            .checked=${s.disableSignup}
            @change=${(e: Event) => this.store.update({ disableSignup: (e.target as HTMLInputElement).checked })}
          />
          <span>Disable sign-ups (only known numbers get a code)</span>
        </label>
      </fieldset>

      <p class="apply-state" data-state=${apply.state} aria-live="polite">
        ${
          apply.state === 'saving'
            ? 'Saving to the connection…'
            : apply.state === 'saved'
              ? 'Saved to the connection: the next code uses it.'
              : apply.state === 'error'
                ? html`<strong>Not applied.</strong> ${apply.message}
                    ${apply.detail ? html`<pre class="config-hint">${apply.detail}</pre>` : nothing}`
                : ''
        }
      </p>
    `;
  }
}
