// The widget's language, the browser's languages as the backend sees them, and what went out.
import { html } from 'lit';
import { property } from 'lit/decorators.js';
import type { ObservedRequest } from '../backend/types.js';
import { WIDGET_LANGUAGES } from '../page/languages.js';
import { StorePanel } from './store-panel.js';

export class LanguagePanel extends StorePanel {
  /** The last `POST /passwordless/start` the backend received: the request that sends the text. */
  @property({ attribute: false }) lastStart: ObservedRequest | undefined;
  /** Whether the backend's accept-language can be changed (only in the page). */
  @property({ type: Boolean, attribute: 'languages-editable' }) languagesEditable = true;

  protected override render() {
    const { language, browserLanguages } = this.store.value;
    const request = this.lastStart;
    return html`
      <div class="field">
        <label for="widget-language">Widget language</label>
        <select
          id="widget-language"
          @change=${(e: Event) =>
            this.store.update({ language: (e.target as HTMLSelectElement).value })}
        >
          <option value="" ?selected=${!language}>Automatic (follows the browser)</option>
          ${WIDGET_LANGUAGES.map(
            (l) =>
              html`<option value=${l.code} ?selected=${l.code === language}>
                ${l.name} · ${l.code}${l.rtl ? ' · right to left' : ''}
              </option>`,
          )}
        </select>
      </div>
      <div class="chips" role="group" aria-label="Quick picks">
        ${['en', 'fr', 'de', 'es', 'ar', 'he'].map(
          (code) =>
            html`<button
              type="button"
              class="chip"
              aria-pressed=${code === language}
              data-language=${code}
              @click=${() => this.store.update({ language: code })}
            >
              ${WIDGET_LANGUAGES.find((l) => l.code === code)?.name ?? code}
            </button>`,
        )}
      </div>
      <div class="field">
        <label for="browser-languages">Browser languages (accept-language)</label>
        <input
          id="browser-languages"
          spellcheck="false"
          .value=${browserLanguages}
          ?disabled=${!this.languagesEditable}
          @change=${(e: Event) =>
            this.store.update({ browserLanguages: (e.target as HTMLInputElement).value.trim() })}
        />
        <p class="help">
          ${
            this.languagesEditable
              ? 'What the backend sees as the visitor’s browser languages. With “Automatic”, the widget speaks the first one.'
              : 'The real server sees this browser’s own languages.'
          }
        </p>
      </div>
      <section class="observed" aria-live="polite">
        <h3>Last code request to the backend</h3>
        ${
          request
            ? html`<dl>
                  <dt>request</dt>
                  <dd><code id="observed-request">${request.method} ${request.path}</code></dd>
                  <dt>x-request-language</dt>
                  <dd>
                    <code id="observed-request-language">${request.requestLanguage ?? '—'}</code>
                  </dd>
                  <dt>accept-language</dt>
                  <dd><code>${request.acceptLanguage ?? '—'}</code></dd>
                </dl>
                <p class="help">
                  The message template gets
                  <code>request_language</code> =
                  <strong id="observed-template-language"
                    >${requestLanguage(request) ?? 'nothing'}</strong
                  >: the backend takes x-request-language, else the accept-language entry with the
                  highest q.
                </p>`
            : html`<p class="help">Send a code from the page to see the headers.</p>`
        }
      </section>
    `;
  }
}

/** The backend's choice: x-request-language, else the accept-language tag with the highest q. */
export function requestLanguage(request: ObservedRequest): string | null {
  const explicit = request.requestLanguage?.trim();
  if (explicit) return explicit;
  let best: { tag: string; quality: number } | null = null;
  for (const part of (request.acceptLanguage ?? '').split(',')) {
    const [tag = '', ...parameters] = part.split(';').map((p) => p.trim());
    const q = parameters.find((p) => p.startsWith('q='));
    const quality = q ? Number(q.slice(2)) : 1;
    if (!tag || !(quality > 0 && quality <= 1)) continue;
    if (!best || quality > best.quality) best = { tag, quality };
  }
  return best?.tag ?? null;
}
