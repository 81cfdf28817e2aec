// Buttons that make the backend produce each error state, and the backend's clock.
import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { SCENARIOS, type Scenario, type ScenarioContext } from '../page/scenarios.js';

export class ScenarioPanel extends LitElement {
  /** Builds what a scenario needs at the moment it runs; undefined while the backend starts. */
  @property({ attribute: false }) context: (() => ScenarioContext | undefined) | undefined;
  @property({ type: Boolean, attribute: 'in-page' }) inPage = true;
  @state() private running = '';
  @state() private outcome: { id: string; text: string; failed?: boolean } | undefined;
  @state() private clockOffset = 0;

  protected override createRenderRoot() {
    return this;
  }

  async #run(scenario: Scenario): Promise<void> {
    const context = this.context?.();
    if (!context || this.running) return;
    this.running = scenario.id;
    this.outcome = undefined;
    try {
      await scenario.run(context);
      this.outcome = { id: scenario.id, text: `The widget says: “${widgetMessage(context)}”` };
    } catch (error) {
      this.outcome = {
        id: scenario.id,
        text: error instanceof Error ? error.message : String(error),
        failed: true,
      };
    } finally {
      this.running = '';
    }
  }

  #advance(minutes: number): void {
    const context = this.context?.();
    context?.backend.advanceClock?.(minutes * 60_000);
    this.clockOffset += minutes;
  }

  async #restart(): Promise<void> {
    const context = this.context?.();
    await context?.backend.restart?.();
    this.clockOffset = 0;
    this.outcome = undefined;
    this.dispatchEvent(new CustomEvent('backend-restarted', { bubbles: true }));
  }

  protected override render() {
    return html`
      <p class="panel-intro">
        Each button drives the page like a visitor and lets the backend refuse, so every state can
        be styled.
      </p>
      <ul class="scenarios">
        ${SCENARIOS.map((scenario) => {
          const unavailable = scenario.inPageOnly && !this.inPage;
          return html`<li class="scenario">
            <div>
              <div class="scenario-title">${scenario.title}</div>
              <div class="help">
                ${unavailable ? 'Needs the backend in the page (its clock).' : scenario.how}
              </div>
              ${
                this.outcome?.id === scenario.id
                  ? html`<div
                      class=${this.outcome.failed ? 'outcome failed' : 'outcome'}
                      role="status"
                    >
                      ${this.outcome.text}
                    </div>`
                  : nothing
              }
            </div>
            <button
              type="button"
              data-scenario=${scenario.id}
              ?disabled=${unavailable || !!this.running}
              aria-busy=${this.running === scenario.id ? 'true' : 'false'}
              @click=${() => void this.#run(scenario)}
            >
              ${this.running === scenario.id ? 'Running…' : 'Show'}
            </button>
          </li>`;
        })}
      </ul>
      ${
        this.inPage
          ? html`<fieldset class="token-group">
              <legend>The backend’s clock</legend>
              <p class="help">
                ${
                  this.clockOffset
                    ? `${this.clockOffset} minutes ahead of real time.`
                    : 'On real time.'
                }
                Moving it on expires codes and refills rate limits.
              </p>
              <div class="panel-actions">
                <button type="button" @click=${() => this.#advance(1)}>+1 minute</button>
                <button type="button" @click=${() => this.#advance(60)}>+1 hour</button>
                <button type="button" @click=${() => void this.#restart()}>Fresh backend</button>
              </div>
            </fieldset>`
          : nothing
      }
    `;
  }
}

const widgetMessage = (context: ScenarioContext) =>
  context.widget.shadowRoot?.querySelector('#message')?.textContent?.replace(/\s+/g, ' ').trim() ||
  (context.widget.step === 'done' ? 'signed in' : '…');
