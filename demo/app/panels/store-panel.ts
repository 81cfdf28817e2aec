// A panel that renders in the page's light DOM (one stylesheet) and re-renders when settings change.
import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import type { SettingsStore } from '../state/settings.js';

export class StorePanel extends LitElement {
  @property({ attribute: false }) store!: SettingsStore;

  readonly #onChange = () => this.requestUpdate();

  protected override createRenderRoot() {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.store?.addEventListener('change', this.#onChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.store?.removeEventListener('change', this.#onChange);
  }
}
