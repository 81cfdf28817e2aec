import { html } from 'lit';
import type { Translation } from '../../i18n/translation.js';

/** The short success state. */
export function renderDoneStep(t: Translation) {
  return html`
    <div class="step done" part="success">
      <svg class="check" aria-hidden="true" viewBox="0 0 24 24" width="40" height="40">
        <circle cx="12" cy="12" r="11" fill="currentColor" opacity="0.14" />
        <path d="m7 12.5 3.2 3.2L17 9" fill="none" stroke="currentColor" stroke-width="2" />
      </svg>
      <p class="done-title" id="done-title" tabindex="-1">${t.successTitle}</p>
      <p class="intro">${t.successText}</p>
    </div>
  `;
}
