// The hosted login on the stage: the sample app (demo/sample-app/) in a frame, signing in through
// the server's own login page, which shows the workbench's theme, language and application name.
// The backend in the page cannot serve that page (it lives on the server's origin), so without a
// server this says how to get one.
import { LitElement, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { WORKBENCH_TENANT, workbenchUrl } from '../../server/workbench-tenant.mjs';
import type { Settings } from '../state/settings.js';

/** What the hosted stage shows while the workbench puts its look on the server. */
export type HostedLookState =
  { state: 'saving' } | { state: 'saved' } | { state: 'error'; message: string };

export class HostedStage extends LitElement {
  @property({ attribute: false }) settings!: Settings;
  /** The server's origin; empty when the backend runs in the page. */
  @property({ attribute: 'server-origin' }) serverOrigin = '';
  @property({ attribute: 'client-id' }) clientId = WORKBENCH_TENANT.clientId;
  @property({ attribute: false }) look: HostedLookState = { state: 'saving' };
  /** Changes when the page must load again (a new theme, language or number). */
  @property({ type: Number }) revision = 0;

  protected override createRenderRoot() {
    return this;
  }

  get frame(): HTMLIFrameElement | null {
    return this.querySelector('iframe');
  }

  /** The sample app, straight to the hosted page (`prompt=login`: even with a live session). */
  sampleAppUrl(): string {
    const { settings } = this;
    const params = new URLSearchParams({
      domain: this.serverOrigin,
      client_id: this.clientId,
      login_hint: settings.phoneNumber,
      prompt: 'login',
      autologin: '1',
      v: String(this.revision),
    });
    if (settings.language) params.set('ui_locales', settings.language);
    return `${new URL(WORKBENCH_TENANT.sampleAppPath, location.href).href}?${params}`;
  }

  #withoutServer() {
    const serverOrigin = 'http://localhost:8787';
    const url = workbenchUrl({ serverOrigin, demoOrigin: location.origin });
    return html`<div class="hosted-missing">
      <h2>The hosted login page needs the server</h2>
      <p>
        Auth0’s hosted login is a page on the tenant’s own origin, and so is this one: the
        <code>sms-login-server</code> serves it, and the backend in this page cannot. With
        <code>npm start</code> running, open the workbench against its server:
      </p>
      <p><a href=${url}>Open the workbench against ${serverOrigin}</a></p>
      <p>
        The page there shows this workbench’s theme (as an Auth0 Universal Login theme), its
        language and application name, and a sample app built with
        <code>@auth0/auth0-spa-js</code> signs in through it.
      </p>
    </div>`;
  }

  protected override render() {
    const { settings } = this;
    if (!this.serverOrigin)
      return html`<div class="device" data-viewport=${settings.viewport}>
        ${this.#withoutServer()}
      </div>`;
    return html`
      <div class="hosted-bar" role="status">
        ${
          this.look.state === 'saving'
            ? 'Putting the theme on the server…'
            : this.look.state === 'error'
              ? html`<span class="hosted-error"
                  >The theme was not saved: ${this.look.message}</span
                >`
              : html`The server’s hosted login page, with this theme (<a
                    href=${this.sampleAppUrl()}
                    target="_blank"
                    rel="noopener"
                    >open it in a tab</a
                  >)`
        }
      </div>
      <div class="device" data-viewport=${settings.viewport}>
        ${
          this.look.state === 'saving' && !this.revision
            ? nothing
            : html`<iframe
                class="hosted-frame"
                title="Tandem, a sample app, signing in through the hosted login page"
                src=${this.sampleAppUrl()}
              ></iframe>`
        }
      </div>
    `;
  }
}
