import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Translation } from '../../i18n/translation.js';

export interface PhoneStepProps {
  t: Translation;
  picker: TemplateResult;
  number: string;
  invalid: boolean;
  busy: boolean;
  onNumberInput: (event: InputEvent) => void;
  onNumberKeyDown: (event: KeyboardEvent) => void;
  onSubmit: (event: SubmitEvent) => void;
}

/** Country and number, then "Send code". */
export function renderPhoneStep(props: PhoneStepProps) {
  const { t } = props;
  return html`
    <form class="step" part="form" novalidate @submit=${props.onSubmit} aria-busy=${props.busy}>
      <p class="intro" part="intro">${t.phoneIntro}</p>
      <label class="label" for="number">${t.phoneLabel}</label>
      <div class="phone-field" part="phone-field">
        ${props.picker}
        <input
          id="number"
          class="input number"
          part="number-input"
          type="tel"
          inputmode="tel"
          autocomplete="tel"
          dir="ltr"
          aria-invalid=${props.invalid ? 'true' : 'false'}
          aria-describedby=${props.invalid ? 'message' : nothing}
          ?readonly=${props.busy}
          .value=${live(props.number)}
          @input=${props.onNumberInput}
          @keydown=${props.onNumberKeyDown}
        />
      </div>
      <button class="button primary" part="button submit" type="submit" aria-disabled=${props.busy}>
        ${props.busy ? html`<span class="spinner" aria-hidden="true"></span>${t.sending}` : t.sendCode}
      </button>
    </form>
  `;
}
