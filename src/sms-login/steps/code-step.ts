import { html } from 'lit';
import { live } from 'lit/directives/live.js';
import { formatCount, isolateLtr } from '../../i18n/format.js';
import type { Translation } from '../../i18n/translation.js';

export interface CodeStepProps {
  t: Translation;
  sentTo: string;
  code: string;
  codeLength: number;
  invalid: boolean;
  busy: 'verify' | 'resend' | false;
  /** Seconds before a new code may be asked; 0 when it may. */
  resendIn: number;
  onCodeInput: (event: InputEvent) => void;
  onSubmit: (event: SubmitEvent) => void;
  onResend: () => void;
  onChangeNumber: () => void;
}

/** "Code sent to …", the one-time-code field, verify, and the two ways out. */
export function renderCodeStep(props: CodeStepProps) {
  const { t } = props;
  const verifying = props.busy === 'verify';
  const resending = props.busy === 'resend';
  return html`
    <form class="step" part="form" novalidate @submit=${props.onSubmit} aria-busy=${!!props.busy}>
      <p class="intro" part="intro" id="sent-to">${t.codeSentTo(isolateLtr(t, props.sentTo))}</p>
      <label class="label" for="code">${t.codeLabel}</label>
      <input
        id="code"
        class="input code"
        part="code-input"
        type="text"
        inputmode="numeric"
        autocomplete="one-time-code"
        pattern="[0-9]*"
        dir="ltr"
        aria-invalid=${props.invalid ? 'true' : 'false'}
        aria-describedby=${props.invalid ? 'code-hint message' : 'code-hint'}
        ?readonly=${!!props.busy}
        .value=${live(props.code)}
        @input=${props.onCodeInput}
      />
      <p class="hint" id="code-hint">${formatCount(t, t.codeHint, props.codeLength)}</p>
      <button class="button primary" part="button submit" type="submit" aria-disabled=${verifying}>
        ${verifying ? html`<span class="spinner" aria-hidden="true"></span>${t.verifying}` : t.verify}
      </button>
      <div class="actions" part="actions">
        <button
          id="change-number"
          class="button link"
          part="button change-number"
          type="button"
          ?disabled=${!!props.busy}
          @click=${props.onChangeNumber}
        >
          ${t.useAnotherNumber}
        </button>
        <button
          id="resend"
          class="button link"
          part="button resend"
          type="button"
          ?disabled=${props.resendIn > 0 || !!props.busy}
          @click=${props.onResend}
        >
          ${
            resending
              ? html`<span class="spinner" aria-hidden="true"></span>${t.sending}`
              : props.resendIn > 0
                ? formatCount(t, t.resendIn, props.resendIn)
                : t.resendCode
          }
        </button>
      </div>
    </form>
  `;
}
