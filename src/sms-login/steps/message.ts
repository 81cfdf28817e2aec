import { html, nothing } from 'lit';
import { formatWait, isolateLtr } from '../../i18n/format.js';
import type { Translation } from '../../i18n/translation.js';
import type { Status } from '../controllers/login-flow-controller.js';
import type { ShownError } from '../failure.js';
import { errorMessage } from '../error-kinds.js';

export interface MessageProps {
  t: Translation;
  shown: ShownError | undefined;
  codeLength: number;
  /** The element's locale, for the wait of a rate limit. */
  locale: string;
  /** "Try again" was pressed (the message is then hidden and the failed request repeated). */
  onRetry: (retry: () => void) => void;
}

/** The error message under a step (an alert region, empty while there is nothing to say). */
export function renderMessage({ t, shown, codeLength, locale, onRetry }: MessageProps) {
  const text = shown
    ? errorMessage(t, shown.kind, {
        attemptsLeft: shown.attemptsLeft,
        codeLength,
        wait: shown.retryAfter !== undefined ? formatWait(shown.retryAfter, locale) : undefined,
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
                      @click=${() => onRetry(shown.retry!)}
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

/** What the status region announces after a step, in the element's language. */
export function statusText(t: Translation, status: Status, sentTo: string): string {
  switch (status) {
    case 'code-sent':
      return t.codeSentTo(isolateLtr(t, sentTo));
    case 'code-resent':
      return t.codeResent;
    case 'signed-in':
      return t.successTitle;
    default:
      return '';
  }
}
