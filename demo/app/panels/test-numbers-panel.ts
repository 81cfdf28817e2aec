// The connection's test numbers (`options.test_phone_numbers`): each gets a fixed code and no
// SMS. Listed as the connection has them, added and removed through the Management API.
import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { refusalInWords, type ManagementClient, type TestNumbers } from '../backend/management.js';
import { loadPhoneSupportFor } from '../../../src/phone/load-phone-number.js';
import { StorePanel } from './store-panel.js';

/** A number the backend and the widget both take (555-01xx are fictional in every US area). */
export const SUGGESTED_TEST_NUMBER = '+12015550123';

interface Row {
  phoneNumber: string;
  code: string;
  /** In the settings but off the connection: its code has another length than the connection's. */
  offLength: boolean;
}

/** A code of `length` digits to suggest: 424242… */
export const suggestedTestCode = (length: number) => '42'.repeat(length).slice(0, length);

const dateOf = (iso: string) =>
  new Date(iso).toLocaleString([], { dateStyle: 'medium', timeStyle: 'short' });

export class TestNumbersPanel extends StorePanel {
  @property({ attribute: false }) management: ManagementClient | undefined;
  /** Goes up each time the workbench has put its settings on the connection: read it again. */
  @property({ type: Number }) revision = 0;
  /** Whether the widget is on the stage (the embedded surface), to type a number into it. */
  @property({ type: Boolean, attribute: 'can-use' }) canUse = false;
  @state() private connection: TestNumbers | undefined;
  @state() private loadProblem = '';
  @state() private busy = false;
  @state() private refusal = '';
  @state() private status = '';
  /** Numbers the widget's own check refuses (libphonenumber's): only an app's own call can use them. */
  @state() private widgetRefuses = new Set<string>();
  #checked = new Set<string>();

  #reading = 0;

  protected override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('management') || changed.has('revision')) void this.#read();
  }

  protected override updated(): void {
    for (const { phoneNumber } of this.#rows()) void this.#checkInWidget(phoneNumber);
  }

  /** Asks the widget's own number check (libphonenumber's) whether it takes the number. */
  async #checkInWidget(phoneNumber: string): Promise<void> {
    if (this.#checked.has(phoneNumber)) return;
    this.#checked.add(phoneNumber);
    try {
      const phone = await loadPhoneSupportFor(phoneNumber, 'US');
      if (!phone.isValidNumber(phoneNumber))
        this.widgetRefuses = new Set([...this.widgetRefuses, phoneNumber]);
    } catch {
      this.#checked.delete(phoneNumber);
    }
  }

  async #read(): Promise<void> {
    const management = this.management;
    if (!management) return;
    const ticket = ++this.#reading;
    try {
      const connection = await management.testNumbers();
      if (ticket !== this.#reading) return;
      this.connection = connection;
      this.loadProblem = '';
    } catch (error) {
      if (ticket !== this.#reading) return;
      this.loadProblem = error instanceof Error ? error.message : String(error);
    }
  }

  /** Puts the change on the connection, then in the settings (which the workbench keeps). */
  async #change(phoneNumber: string, code: string | undefined): Promise<boolean> {
    const management = this.management;
    if (!management || this.busy) return false;
    this.busy = true;
    this.#reading++;
    try {
      this.connection = await management.setTestNumber(phoneNumber, code);
      // The workbench puts its settings on the connection again, these numbers with them.
      this.dispatchEvent(new CustomEvent('connection-changed', { bubbles: true }));
      const testNumbers = { ...this.store.value.testNumbers };
      if (code === undefined) delete testNumbers[phoneNumber];
      else testNumbers[phoneNumber] = code;
      this.store.update({ testNumbers });
      return true;
    } catch (error) {
      if (code !== undefined) this.refusal = refusalInWords(error);
      else this.status = `Not removed: ${refusalInWords(error)}`;
      return false;
    } finally {
      this.busy = false;
    }
  }

  async #add(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const numberField = form.querySelector<HTMLInputElement>('#test-number')!;
    const codeField = form.querySelector<HTMLInputElement>('#test-code')!;
    // Spaces, dashes, dots and brackets are how people write numbers; the backend wants E.164.
    const phoneNumber = numberField.value.replace(/[\s().-]/g, '');
    const code = codeField.value.trim();
    this.refusal = '';
    this.status = '';
    if (!phoneNumber || !code) {
      this.refusal = !phoneNumber
        ? `Type the number, in E.164 such as ${SUGGESTED_TEST_NUMBER}.`
        : 'Type its code.';
      (!phoneNumber ? numberField : codeField).focus();
      return;
    }
    if (await this.#change(phoneNumber, code)) {
      this.status = `Added ${phoneNumber} with code ${code}.`;
      form.reset();
      numberField.focus();
    } else {
      // The refusal names the entry: the number's or the code's fault.
      (/digits/.test(this.refusal) ? codeField : numberField).focus();
    }
  }

  async #remove(phoneNumber: string): Promise<void> {
    this.refusal = '';
    this.status = '';
    if (await this.#change(phoneNumber, undefined)) {
      this.status = `Removed ${phoneNumber}: it gets texts again.`;
      this.querySelector<HTMLInputElement>('#test-number')?.focus();
    }
  }

  #use(phoneNumber: string): void {
    this.dispatchEvent(
      new CustomEvent('test-number-use', { detail: { phoneNumber }, bubbles: true }),
    );
  }

  /** The connection's numbers, and the workbench's that its code length keeps off it. */
  #rows(): Row[] {
    const on = this.connection?.numbers ?? {};
    const rows = Object.entries(on).map(([phoneNumber, code]) => ({
      phoneNumber,
      code,
      offLength: false,
    }));
    for (const [phoneNumber, code] of Object.entries(this.store.value.testNumbers))
      if (!Object.hasOwn(on, phoneNumber) && code.length !== this.store.value.otpLength)
        rows.push({ phoneNumber, code, offLength: true });
    return rows;
  }

  #row({ phoneNumber, code, offLength }: Row, length: number, expired: boolean) {
    const refused = this.widgetRefuses.has(phoneNumber);
    return html`<li
      class=${offLength ? 'test-number off' : 'test-number'}
      data-number=${phoneNumber}
    >
      <div class="test-number-text">
        <span class="mono test-number-value">${phoneNumber}</span>
        <span class="test-number-code">code <span class="mono">${code}</span></span>
      </div>
      <div class="test-number-actions">
        ${
          this.canUse && !offLength && !refused
            ? html`<button
                type="button"
                class="small-button"
                aria-label="Use ${phoneNumber} in the page"
                @click=${() => this.#use(phoneNumber)}
              >
                Use
              </button>`
            : nothing
        }
        <button
          type="button"
          class="small-button quiet"
          aria-label="Remove ${phoneNumber}"
          ?disabled=${this.busy}
          @click=${() => void this.#remove(phoneNumber)}
        >
          Remove
        </button>
      </div>
      <div class="help">
        ${
          offLength
            ? `Its code has ${code.length} digits, the connection’s ${length}: kept off the connection until they match.`
            : expired
              ? 'Gets texts again (expired).'
              : `Sign in with ${phoneNumber} and code ${code}: no SMS is sent.`
        }
      </div>
      ${
        refused
          ? html`<div class="help test-number-warning">
              The widget refuses this number as not a real one, so only an app that calls the API
              itself can use it. Numbers such as ${SUGGESTED_TEST_NUMBER} work in both.
            </div>`
          : nothing
      }
    </li>`;
  }

  protected override render() {
    const length = this.store.value.otpLength;
    const rows = this.#rows();
    const validUntil = this.connection?.validUntil;
    const expired = validUntil !== undefined && Date.parse(validUntil) <= Date.now();
    return html`<section class="test-numbers-section" aria-labelledby="test-numbers-heading">
      <h2 id="test-numbers-heading" class="section-title">Test numbers</h2>
      <p class="panel-intro">
        A test number signs in with a fixed code and gets no SMS: nothing reaches the phone. For
        test suites and testers who cannot read the outbox.
      </p>
      ${
        this.loadProblem
          ? html`<p class="test-numbers-problem" role="alert">
              <strong>The connection cannot be read.</strong> ${this.loadProblem}
            </p>`
          : nothing
      }
      <div class="test-numbers-list">
        ${
          validUntil
            ? html`<p
                class=${expired ? 'help test-numbers-expired' : 'help'}
                id="test-numbers-valid-until"
              >
                ${
                  expired
                    ? html`<strong>Expired</strong> on ${dateOf(validUntil)}: these are ordinary
                        numbers again and get texts.`
                    : html`Valid until ${dateOf(validUntil)}
                      (<code>test_phone_numbers_valid_until</code>).`
                }
              </p>`
            : nothing
        }
        ${
          rows.length === 0
            ? html`<p class="help test-numbers-empty">
                ${this.connection ? 'No test numbers yet.' : this.loadProblem ? '' : 'Reading the connection…'}
              </p>`
            : html`<ul class="test-numbers">
                ${rows.map((row) => this.#row(row, length, expired))}
              </ul>`
        }
      </div>

      <form class="test-number-form" novalidate @submit=${(e: SubmitEvent) => void this.#add(e)}>
        <fieldset class="token-group">
          <legend>Add a test number</legend>
          <div class="two-fields">
            <div class="field">
              <label for="test-number">Number (E.164)</label>
              <input
                id="test-number"
                name="number"
                inputmode="tel"
                autocomplete="off"
                spellcheck="false"
                placeholder=${SUGGESTED_TEST_NUMBER}
                aria-invalid=${this.refusal && !/digits/.test(this.refusal) ? 'true' : 'false'}
                aria-describedby="test-number-refusal"
              />
            </div>
            <div class="field">
              <label for="test-code">Fixed code</label>
              <input
                id="test-code"
                name="code"
                inputmode="numeric"
                autocomplete="off"
                spellcheck="false"
                placeholder=${suggestedTestCode(length)}
                aria-invalid=${/digits/.test(this.refusal) ? 'true' : 'false'}
                aria-describedby="test-code-help test-number-refusal"
              />
              <div class="help" id="test-code-help">
                ${length} digits, the connection’s code length
              </div>
            </div>
          </div>
          <div class="panel-actions">
            <button
              type="submit"
              ?disabled=${!this.management}
              aria-busy=${this.busy ? 'true' : 'false'}
            >
              ${this.busy ? 'Saving…' : 'Add test number'}
            </button>
          </div>
          <p id="test-number-refusal" class="test-number-refusal" aria-live="polite">
            ${this.refusal ? html`<strong>Refused.</strong> ${this.refusal}` : nothing}
          </p>
        </fieldset>
      </form>
      <p class="apply-state test-number-status" role="status">${this.status}</p>
    </section>`;
  }
}
