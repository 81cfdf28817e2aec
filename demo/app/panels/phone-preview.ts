// A phone beside the page: the texts the backend's outbox holds for the number, as they arrive.
// Tapping the code fills the widget.
import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { OutboxMessage } from '../../../mock-server/src/index.ts';
import type { DemoBackend } from '../backend/types.js';

const POLL_MS = 700;

/** Splits a message into text and codes (runs of exactly `length` digits). */
export function splitCodes(body: string, length: number): { text: string; code: boolean }[] {
  const pattern = new RegExp(`(?<![\\d])\\d{${length}}(?![\\d])`, 'g');
  const parts: { text: string; code: boolean }[] = [];
  let last = 0;
  for (const match of body.matchAll(pattern)) {
    if (match.index > last) parts.push({ text: body.slice(last, match.index), code: false });
    parts.push({ text: match[0], code: true });
    last = match.index + match[0].length;
  }
  if (last < body.length) parts.push({ text: body.slice(last), code: false });
  return parts;
}

const timeOf = (iso: string) =>
  new Date(iso).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });

export class PhonePreview extends LitElement {
  @property({ attribute: false }) backend: DemoBackend | undefined;
  /** The number whose texts are shown (E.164). */
  @property({ attribute: 'phone-number' }) phoneNumber = '';
  @property({ attribute: 'code-length', type: Number }) codeLength = 6;
  @property({ attribute: 'sender' }) sender = 'Tandem';
  /** The fixed code when the number is one of the connection's test numbers: no SMS comes. */
  @property({ attribute: 'test-code' }) testCode = '';
  @state() private messages: OutboxMessage[] = [];
  @state() private unreachable = false;

  #timer: ReturnType<typeof setInterval> | undefined;
  #seen = new Set<string>();
  #fresh = new Set<string>();

  protected override createRenderRoot() {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#timer = setInterval(() => void this.refresh(), POLL_MS);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.#timer);
  }

  protected override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('phoneNumber') || changed.has('backend')) {
      this.#seen.clear();
      this.messages = [];
      void this.refresh();
    }
  }

  protected override updated(changed: Map<string, unknown>): void {
    if (changed.has('messages')) {
      const list = this.querySelector('.phone-thread');
      list?.scrollTo({ top: list.scrollHeight, behavior: 'smooth' });
    }
  }

  /** Reads the outbox now (the poll does it on its own). */
  async refresh(): Promise<void> {
    if (!this.backend || !this.phoneNumber) return;
    let messages: OutboxMessage[];
    try {
      messages = await this.backend.messages(this.phoneNumber);
      this.unreachable = false;
    } catch {
      this.unreachable = true;
      return;
    }
    const oldestFirst = messages.toReversed();
    const first = this.#seen.size === 0;
    this.#fresh = new Set();
    for (const message of oldestFirst) {
      if (!this.#seen.has(message.id) && !first) this.#fresh.add(message.id);
      this.#seen.add(message.id);
    }
    if (
      oldestFirst.length !== this.messages.length ||
      oldestFirst.at(-1)?.id !== this.messages.at(-1)?.id
    )
      this.messages = oldestFirst;
  }

  #tap(code: string): void {
    this.dispatchEvent(new CustomEvent('phone-code-tap', { detail: { code }, bubbles: true }));
  }

  /** The text with each code as a button; no whitespace of its own (the bubble keeps the text's). */
  #body(body: string) {
    // Text goes in through textContent: the bubble keeps the message's own line breaks and
    // none of the template's. A button lays out as an inline block, which a line may break
    // after: the punctuation that follows a code stays on its line in a run that does not wrap.
    const parts = splitCodes(body, this.codeLength);
    return parts.map((part, i) => {
      if (!part.code) {
        const glued = parts[i - 1]?.code ? (/^\S*/.exec(part.text)?.[0] ?? '') : '';
        return html`<span class="sms-text" .textContent=${part.text.slice(glued.length)}></span>`;
      }
      const next = parts[i + 1];
      const glued = next && !next.code ? (/^\S*/.exec(next.text)?.[0] ?? '') : '';
      return html`<span class="sms-code-run"
        ><button
          type="button"
          class="sms-code"
          title="Fill the code in the page"
          .textContent=${part.text}
          @click=${() => this.#tap(part.text)}
        ></button
        >${glued}</span
      >`;
    });
  }

  protected override render() {
    const now = new Date();
    return html`
      <div class="phone" role="region" aria-label="Phone: text messages to ${this.phoneNumber}">
        <div class="phone-status" aria-hidden="true">
          <span>${now.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })}</span>
          <span class="phone-notch"></span>
          <span class="phone-icons">▂▄▆ ◔</span>
        </div>
        <div class="phone-header">
          <span class="phone-avatar" aria-hidden="true">${this.sender.slice(0, 1)}</span>
          <span class="phone-sender">${this.sender}</span>
          <span class="phone-to">to ${this.phoneNumber}</span>
          ${this.testCode ? html`<span class="phone-test-badge">Test number</span>` : nothing}
        </div>
        <ol class="phone-thread" aria-live="polite">
          ${
            this.messages.length === 0 && !this.testCode
              ? html`<li class="phone-empty">
                  ${
                    this.unreachable
                      ? 'The outbox cannot be read.'
                      : 'Texts to this number appear here. Send a code from the page.'
                  }
                </li>`
              : nothing
          }
          ${this.messages.map(
            (message) =>
              html`<li class=${this.#fresh.has(message.id) ? 'sms fresh' : 'sms'}>
                <div class="sms-bubble" lang=${message.language ?? nothing}>
                  ${this.#body(message.body)}
                </div>
                <div class="sms-meta">
                  ${timeOf(message.created_at)}${
                    message.language
                      ? html` · <span class="sms-language">${message.language}</span>`
                      : nothing
                  }
                </div>
              </li>`,
          )}
          ${
            this.testCode
              ? html`<li class="phone-test-notice">
                  <strong>No SMS comes to a test number.</strong>
                  Sign in with its fixed code
                  <button
                    type="button"
                    class="sms-code"
                    title="Fill the code in the page"
                    .textContent=${this.testCode}
                    @click=${() => this.#tap(this.testCode)}
                  ></button
                  >.
                </li>`
              : nothing
          }
        </ol>
        <div class="phone-hint">Tap the code to fill it in</div>
      </div>
    `;
  }
}
