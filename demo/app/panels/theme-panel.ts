// Every documented --sms-login-* token with a control; live; copy CSS; reset.
import { html } from 'lit';
import { state } from 'lit/decorators.js';
import { StorePanel } from './store-panel.js';
import {
  FONTS,
  TOKENS,
  effectiveValue,
  emptyTheme,
  setToken,
  themeCss,
  type TokenDefinition,
} from '../theme/tokens.js';

const GROUPS = ['Colours', 'Shape', 'Type'] as const;

export class ThemePanel extends StorePanel {
  @state() private copied = false;

  #set(name: string, value: string): void {
    const { theme, scheme } = this.store.value;
    this.store.update({ theme: setToken(theme, name, value, scheme) });
  }

  async #copy(): Promise<void> {
    const css = themeCss(this.store.value.theme);
    try {
      await navigator.clipboard.writeText(css);
    } catch {
      const area = this.querySelector<HTMLTextAreaElement>('.css-output');
      area?.select();
      document.execCommand('copy');
    }
    this.copied = true;
    setTimeout(() => (this.copied = false), 1600);
  }

  #control(token: TokenDefinition) {
    const { theme, scheme } = this.store.value;
    const value = effectiveValue(theme, token, scheme);
    const id = `token${token.name.slice(11)}`;
    const control = token.control;
    if (control.kind === 'color')
      return html`<div class="field color-field">
        <label for=${id}>${token.label}</label>
        <input
          id=${id}
          type="color"
          data-token=${token.name}
          .value=${value}
          @input=${(e: Event) => this.#set(token.name, (e.target as HTMLInputElement).value)}
        />
        <code>${value}</code>
      </div>`;
    if (control.kind === 'font')
      return html`<div class="field">
        <label for=${id}>${token.label}</label>
        <select
          id=${id}
          data-token=${token.name}
          @change=${(e: Event) => this.#set(token.name, (e.target as HTMLSelectElement).value)}
        >
          ${FONTS.map(
            (font) =>
              html`<option value=${font.value} ?selected=${font.value === value}>
                ${font.label}
              </option>`,
          )}
        </select>
      </div>`;
    const number = Number.parseFloat(value);
    return html`<div class="field range-field">
      <label for=${id}>${token.label}</label>
      <input
        id=${id}
        type="range"
        data-token=${token.name}
        min=${control.min}
        max=${control.max}
        step=${control.step}
        .value=${String(number)}
        @input=${(e: Event) =>
          this.#set(token.name, `${(e.target as HTMLInputElement).value}${control.unit}`)}
      />
      <output for=${id}>${value}</output>
    </div>`;
  }

  protected override render() {
    const { theme, scheme } = this.store.value;
    const changed =
      Object.keys(theme.shared).length +
      Object.keys(theme.light).length +
      Object.keys(theme.dark).length;
    return html`
      <p class="panel-intro">
        Colours are edited for the <strong>${scheme}</strong> scheme shown; shape and type apply to
        both.
      </p>
      ${GROUPS.map(
        (group) =>
          html`<fieldset class="token-group">
            <legend>${group}</legend>
            ${TOKENS.filter((token) => token.group === group).map((token) => this.#control(token))}
          </fieldset>`,
      )}
      <div class="panel-actions">
        <button class="primary" type="button" @click=${() => void this.#copy()}>
          ${this.copied ? 'Copied ✓' : 'Copy CSS'}
        </button>
        <button
          type="button"
          ?disabled=${changed === 0}
          @click=${() => this.store.update({ theme: emptyTheme() })}
        >
          Reset theme
        </button>
      </div>
      <details class="css-details">
        <summary>CSS for the page (${changed} ${changed === 1 ? 'change' : 'changes'})</summary>
        <textarea class="css-output" readonly rows="8" .value=${themeCss(theme)}></textarea>
      </details>
    `;
  }
}
