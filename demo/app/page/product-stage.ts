// The stage: a fictional product's sign-in page with the widget in it, at desktop or phone width.
import { LitElement, html } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { styleMap } from 'lit/directives/style-map.js';
import { SmsLogin } from '../../../src/index.js';
import { stageStyle } from '../theme/tokens.js';
import type { Settings } from '../state/settings.js';

/** Without a `language`, the widget follows the nearest `lang`: here, the browser's first. */
const firstLanguage = (accepted: string) => accepted.split(',')[0]?.split(';')[0]?.trim() || 'en';

if (!customElements.get('sms-login')) customElements.define('sms-login', SmsLogin);

export class ProductStage extends LitElement {
  @property({ attribute: false }) settings!: Settings;
  /** The widget's `domain`; empty until the backend answers. */
  @property() domain = '';
  @property({ attribute: 'client-id' }) clientId = 'demo';

  protected override createRenderRoot() {
    return this;
  }

  get widget(): SmsLogin | null {
    return this.querySelector('sms-login');
  }

  protected override render() {
    const { settings } = this;
    return html`
      <div class="device" data-viewport=${settings.viewport}>
        <div class="site" data-scheme=${settings.scheme}>
          <header class="site-header">
            <a class="site-logo" href="#" @click=${(e: Event) => e.preventDefault()}>
              <svg viewBox="0 0 32 32" width="28" height="28" aria-hidden="true">
                <circle cx="12" cy="16" r="9" fill="currentColor" opacity="0.9" />
                <circle cx="20" cy="16" r="9" fill="currentColor" opacity="0.45" />
              </svg>
              Tandem
            </a>
            <nav class="site-nav" aria-label="Tandem">
              <span>How it works</span><span>Pricing</span><span>Help</span>
            </nav>
          </header>
          <!-- A div, not a main: the workbench's own main holds the whole stage. -->
          <div class="site-main">
            <section class="site-pitch">
              <p class="site-eyebrow">Shared budgets for households</p>
              <h1>Money you share, finally simple.</h1>
              <p class="site-lede">
                Split bills, plan the month and see who paid what — together, on any device.
              </p>
              <ul class="site-points">
                <li>No password to remember</li>
                <li>Bank-grade encryption</li>
                <li>Free for two people</li>
              </ul>
            </section>
            <section
              class="site-signin"
              aria-label="Sign in"
              lang=${firstLanguage(settings.browserLanguages)}
            >
              ${
                this.domain
                  ? html`<sms-login
                      domain=${this.domain}
                      client-id=${this.clientId}
                      language=${ifDefined(settings.language || undefined)}
                      code-length=${settings.otpLength}
                      style=${styleMap(stageStyle(settings.theme, settings.scheme))}
                    >
                      <p slot="footer" class="site-terms" dir="auto">
                        By continuing you agree to Tandem’s <a href="#">Terms</a> and
                        <a href="#">Privacy Policy</a>.
                      </p>
                    </sms-login>`
                  : html`<div class="site-loading">Starting the backend…</div>`
              }
            </section>
          </div>
          <footer class="site-footer">© 2026 Tandem Ltd · Privacy · Terms · Status</footer>
        </div>
      </div>
    `;
  }
}
