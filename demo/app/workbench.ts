// The designers' workbench: panels on the left, the product's sign-in page in the middle, a phone
// on the right. Settings live in a store (localStorage); the backend runs in the page by default.
import { LitElement, html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import type { SmsLoginCodeSentEvent } from '../../src/index.js';
import { startInPageBackend } from './backend/in-page.js';
import { ManagementUnavailable } from './backend/management.js';
import { connectToServer, serverConfigHint, type ServerBackend } from './backend/server.js';
import type { InPageBackend } from './backend/in-page.js';
import type { ConnectionSettings, ObservedRequest } from './backend/types.js';
import type { ApplyState } from './panels/message-panel.js';
import { renderMessage } from '../../mock-server/src/index.ts';
import {
  DEFAULT_SETTINGS,
  SettingsStore,
  loadSettings,
  mergeSettings,
  type Settings,
} from './state/settings.js';
import { readShareFragment, shareUrl } from './state/share-link.js';
import { HostedStage, type HostedLookState } from './page/hosted-stage.js';
import { ProductStage } from './page/product-stage.js';
import { universalLoginTheme } from './theme/universal-login-theme.js';
import { LanguagePanel } from './panels/language-panel.js';
import { MessagePanel } from './panels/message-panel.js';
import { PhonePreview } from './panels/phone-preview.js';
import { ScenarioPanel } from './panels/scenario-panel.js';
import { TestNumbersPanel } from './panels/test-numbers-panel.js';
import { ThemePanel } from './panels/theme-panel.js';
import { typeNumber } from './page/widget-driver.js';

type Tab = 'theme' | 'language' | 'message' | 'scenarios';
const TABS: { id: Tab; label: string }[] = [
  { id: 'theme', label: 'Theme' },
  { id: 'language', label: 'Language' },
  { id: 'message', label: 'Message' },
  { id: 'scenarios', label: 'Scenarios' },
];

const connectionSettings = (s: Settings): ConnectionSettings => ({
  template: s.template,
  otpLength: s.otpLength,
  otpExpiry: s.otpExpiry,
  disableSignup: s.disableSignup,
  applicationName: s.applicationName,
  // A code of another length would make the backend refuse the whole change.
  testNumbers: Object.fromEntries(
    Object.entries(s.testNumbers).filter(([, code]) => code.length === s.otpLength),
  ),
});

export interface WorkbenchOptions {
  /** `location.search`: `?backend=<origin>` targets a real server, `&management=<id>:<secret>`. */
  search?: string;
  /** `location.hash`: a share link. */
  hash?: string;
  /** Where MSW's worker script is (for the backend in the page). */
  workerUrl?: string;
}

/** Settings for a page load: a share link wins over what this browser saved. */
export function initialSettings(hash: string): { settings: Settings; shared: boolean } {
  const saved = loadSettings();
  const shared = readShareFragment(hash);
  return shared
    ? { settings: mergeSettings(saved, shared as Record<string, unknown>), shared: true }
    : { settings: saved, shared: false };
}

export class DemoWorkbench extends LitElement {
  options: WorkbenchOptions = {};
  store = new SettingsStore(structuredClone(DEFAULT_SETTINGS));

  @state() private tab: Tab = 'theme';
  @state() private backend: InPageBackend | ServerBackend | undefined;
  @state() private backendProblem = '';
  @state() private lastStart: ObservedRequest | undefined;
  @state() private applyState: ApplyState = { state: 'idle' };
  @state() private watchedNumber = '';
  @state() private toast = '';
  @state() private hostedLook: HostedLookState = { state: 'saving' };
  @state() private hostedRevision = 0;
  /** Goes up each time the connection has the workbench's settings. */
  @state() private appliedRevision = 0;

  #applied = '';
  #applyTimer: ReturnType<typeof setTimeout> | undefined;
  /** What the hosted page was last loaded with, and the theme last put on the server. */
  #hostedPage = '';
  #hostedTheme = '';
  #hostedTimer: ReturnType<typeof setTimeout> | undefined;
  #toastTimer: ReturnType<typeof setTimeout> | undefined;
  #previous: Settings = this.store.value;

  protected override createRenderRoot() {
    return this;
  }

  /** Resolves when the backend answers and the connection has the workbench's settings. */
  ready: Promise<void> = Promise.resolve();

  override connectedCallback(): void {
    super.connectedCallback();
    const { settings, shared } = initialSettings(this.options.hash ?? '');
    this.store = new SettingsStore(settings);
    this.#previous = settings;
    if (shared) {
      this.store.update({});
      this.#showToast('Settings from the shared link');
    }
    this.watchedNumber = settings.phoneNumber;
    this.store.addEventListener('change', this.#onSettings);
    this.addEventListener('sms-login-code-sent', this.#onCodeSent);
    this.addEventListener('phone-code-tap', this.#onCodeTap as EventListener);
    this.addEventListener('backend-restarted', () => void this.#apply(true));
    this.addEventListener('test-number-use', this.#onTestNumberUse as EventListener);
    // A panel changed the connection itself: the next apply puts the settings on it again.
    this.addEventListener('connection-changed', () => (this.#applied = ''));
    this.ready = this.#connect();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.store.removeEventListener('change', this.#onSettings);
    clearTimeout(this.#applyTimer);
    clearTimeout(this.#hostedTimer);
  }

  get stage(): ProductStage | null {
    return this.querySelector('product-stage');
  }

  async #connect(): Promise<void> {
    const params = new URLSearchParams(this.options.search ?? '');
    const server = params.get('backend');
    let backend: InPageBackend | ServerBackend;
    if (server) {
      let origin: string;
      try {
        origin = new URL(server).origin;
      } catch {
        this.backendProblem = `“${server}” is not a URL. Use ?backend=http://localhost:8787.`;
        return;
      }
      const [clientId, clientSecret] = (params.get('management') ?? '').split(':');
      backend = connectToServer(
        origin,
        clientId && clientSecret ? { clientId, clientSecret } : undefined,
      );
    } else {
      try {
        backend = await startInPageBackend({
          workerUrl: this.options.workerUrl,
          browserLanguages: this.store.value.browserLanguages,
        });
      } catch (error) {
        this.backendProblem = `The backend could not start in this page (${
          error instanceof Error ? error.message : String(error)
        }). Open the demo over http(s) in a browser with service workers.`;
        return;
      }
    }
    backend.onRequest((request) => {
      if (request.method === 'POST' && request.path === '/passwordless/start')
        this.lastStart = request;
    });
    this.backend = backend;
    await this.#apply(true);
    this.#scheduleHosted();
  }

  readonly #onSettings = (): void => {
    const next = this.store.value;
    const previous = this.#previous;
    this.#previous = next;
    if (next.browserLanguages !== previous.browserLanguages)
      this.backend?.setBrowserLanguages?.(next.browserLanguages);
    if (next.phoneNumber !== previous.phoneNumber) this.watchedNumber = next.phoneNumber;
    if (JSON.stringify(connectionSettings(next)) !== this.#applied) {
      clearTimeout(this.#applyTimer);
      this.applyState = { state: 'saving' };
      this.#applyTimer = setTimeout(() => void this.#apply(), 350);
    }
    this.#scheduleHosted();
    this.requestUpdate();
  };

  /** Puts the connection settings on the backend (through its Management API). */
  async #apply(force = false): Promise<void> {
    const backend = this.backend;
    if (!backend) return;
    const wanted = connectionSettings(this.store.value);
    const key = JSON.stringify(wanted);
    if (!force && key === this.#applied) {
      this.applyState = { state: 'saved' };
      return;
    }
    try {
      await renderMessage(wanted.template, 'liquid', {
        code: '123456',
        phoneNumber: '+15555550100',
        applicationName: wanted.applicationName,
        requestLanguage: 'en',
      });
    } catch {
      this.applyState = { state: 'error', message: 'Fix the template first.' };
      return;
    }
    this.applyState = { state: 'saving' };
    try {
      await backend.management.apply(wanted);
      this.#applied = key;
      this.applyState = { state: 'saved' };
      this.appliedRevision++;
      this.#scheduleHosted();
    } catch (error) {
      this.applyState =
        error instanceof ManagementUnavailable
          ? {
              state: 'error',
              message: `${error.message} To change the connection of a real server, start it with a configuration that has a Management API client and open the demo with &management=<client_id>:<client_secret>, for example:`,
              detail: serverConfigHint(backend.origin, location.origin),
            }
          : { state: 'error', message: error instanceof Error ? error.message : String(error) };
    }
  }

  #scheduleHosted(): void {
    clearTimeout(this.#hostedTimer);
    this.#hostedTimer = setTimeout(() => void this.#applyHosted(), 400);
  }

  /**
   * On the hosted surface with a server: puts the theme on it (as its Universal Login theme),
   * then loads the hosted page again if anything it shows has changed.
   */
  async #applyHosted(): Promise<void> {
    const backend = this.backend;
    const s = this.store.value;
    if (s.surface !== 'hosted' || backend?.kind !== 'server') return;
    const theme = JSON.stringify([s.theme, s.scheme]);
    const page = JSON.stringify([theme, s.language, s.phoneNumber, this.#applied]);
    if (page === this.#hostedPage) return;
    this.hostedLook = { state: 'saving' };
    try {
      if (theme !== this.#hostedTheme) {
        const logo = new URL('tandem-logo.svg', document.baseURI).href;
        await backend.management.applyTheme(universalLoginTheme(s.theme, s.scheme, logo));
        this.#hostedTheme = theme;
      }
      this.#hostedPage = page;
      this.hostedLook = { state: 'saved' };
      this.hostedRevision++;
    } catch (error) {
      this.hostedLook = {
        state: 'error',
        message:
          error instanceof ManagementUnavailable
            ? `${error.message} Open the workbench with &management=<client_id>:<client_secret> of a client allowed read:branding, create:branding and update:branding.`
            : error instanceof Error
              ? error.message
              : String(error),
      };
    }
  }

  readonly #onCodeSent = (event: SmsLoginCodeSentEvent): void => {
    this.watchedNumber = event.detail.phoneNumber;
  };

  /** Types a test number into the widget's field, and points the phone at it. */
  readonly #onTestNumberUse = (event: CustomEvent<{ phoneNumber: string }>): void => {
    const widget = this.stage?.widget;
    if (!widget) return;
    const { phoneNumber } = event.detail;
    void typeNumber(widget, phoneNumber).then((input) => {
      this.watchedNumber = phoneNumber;
      widget.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
      input.focus();
      this.#showToast('Number typed in the page: send it, no SMS comes.');
    });
  };

  readonly #onCodeTap = (event: CustomEvent<{ code: string }>): void => {
    if (this.store.value.surface === 'hosted') {
      // The hosted page is another origin's: the code goes to the clipboard instead.
      void navigator.clipboard?.writeText(event.detail.code).catch(() => {});
      this.#showToast(`Code ${event.detail.code} copied: type or paste it on the hosted page.`);
      return;
    }
    const widget = this.stage?.widget;
    if (!widget) return;
    if (widget.step !== 'code') {
      this.#showToast('The page is not waiting for a code: send one first.');
      return;
    }
    widget.fillCode(event.detail.code);
    widget.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  };

  #showToast(text: string): void {
    this.toast = text;
    clearTimeout(this.#toastTimer);
    this.#toastTimer = setTimeout(() => (this.toast = ''), 2400);
  }

  async #share(): Promise<void> {
    const url = shareUrl(this.store.value);
    try {
      await navigator.clipboard.writeText(url);
      this.#showToast('Link copied: theme, language and template');
    } catch {
      window.prompt('Copy this link', url);
    }
  }

  #resetAll(): void {
    this.store.reset();
    this.stage?.widget?.reset();
    this.#showToast('Everything is back to the defaults');
  }

  #segmented<T extends string>(
    label: string,
    value: T,
    choices: { value: T; label: string }[],
    set: (value: T) => void,
  ) {
    return html`<div class="segmented" role="group" aria-label=${label}>
      ${choices.map(
        (choice) =>
          html`<button
            type="button"
            aria-pressed=${choice.value === value}
            data-value=${choice.value}
            @click=${() => set(choice.value)}
          >
            ${choice.label}
          </button>`,
      )}
    </div>`;
  }

  /** The WAI-ARIA tabs pattern: one tab stop; arrows, Home and End select and focus a tab. */
  readonly #onTabKey = async (event: KeyboardEvent): Promise<void> => {
    const index = TABS.findIndex((tab) => tab.id === this.tab);
    const next =
      event.key === 'ArrowRight'
        ? (index + 1) % TABS.length
        : event.key === 'ArrowLeft'
          ? (index - 1 + TABS.length) % TABS.length
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? TABS.length - 1
              : -1;
    if (next < 0) return;
    event.preventDefault();
    this.tab = TABS[next]!.id;
    await this.updateComplete;
    this.querySelector<HTMLElement>(`#tab-${this.tab}`)?.focus();
  };

  #panel() {
    const backend = this.backend;
    switch (this.tab) {
      case 'theme':
        return html`<theme-panel .store=${this.store}></theme-panel>`;
      case 'language':
        return html`<language-panel
          .store=${this.store}
          .lastStart=${this.lastStart}
          ?languages-editable=${backend?.kind !== 'server'}
        ></language-panel>`;
      case 'message':
        // The connection's code settings, then its test numbers (fixed codes, no message).
        return html`<message-panel
            .store=${this.store}
            .applyState=${this.applyState}
          ></message-panel>
          <test-numbers-panel
            .store=${this.store}
            .management=${backend?.management}
            revision=${this.appliedRevision}
            ?can-use=${this.store.value.surface === 'embedded'}
          ></test-numbers-panel>`;
      case 'scenarios':
        return html`<scenario-panel
          ?in-page=${backend?.kind !== 'server'}
          .context=${() => {
            const widget = this.stage?.widget;
            if (!widget || !backend) return undefined;
            return {
              widget,
              backend,
              phoneNumber: this.store.value.phoneNumber,
              otpExpiry: this.store.value.otpExpiry,
            };
          }}
        ></scenario-panel>`;
    }
  }

  protected override render() {
    const s = this.store.value;
    const backend = this.backend;
    return html`
      <div class="workbench" data-scheme=${s.scheme}>
        <header class="bar">
          <div class="brand">
            <span class="brand-mark" aria-hidden="true">✱</span>
            <span>sms-login <span class="brand-sub">workbench</span></span>
          </div>
          <div
            class=${backend ? 'backend-badge' : 'backend-badge pending'}
            title=${backend?.origin ?? ''}
          >
            <span class="dot" aria-hidden="true"></span>
            ${
              backend
                ? backend.kind === 'in-page'
                  ? 'Backend in this page'
                  : `Server ${backend.origin}`
                : this.backendProblem
                  ? 'No backend'
                  : 'Starting…'
            }
          </div>
          <div class="bar-controls">
            ${this.#segmented(
              'Sign-in',
              s.surface,
              [
                { value: 'embedded', label: 'Embedded' },
                { value: 'hosted', label: 'Hosted page' },
              ],
              (surface) => this.store.update({ surface }),
            )}
            ${this.#segmented(
              'Width',
              s.viewport,
              [
                { value: 'desktop', label: 'Desktop' },
                { value: 'phone', label: 'Phone' },
              ],
              (viewport) => this.store.update({ viewport }),
            )}
            ${this.#segmented(
              'Colour scheme',
              s.scheme,
              [
                { value: 'light', label: 'Light' },
                { value: 'dark', label: 'Dark' },
              ],
              (scheme) => this.store.update({ scheme }),
            )}
            <button type="button" class="bar-button" @click=${() => void this.#share()}>
              Share link
            </button>
            <button type="button" class="bar-button quiet" @click=${() => this.#resetAll()}>
              Reset all
            </button>
          </div>
        </header>
        <aside class="panels" aria-label="Settings">
          <div class="tabs" role="tablist" aria-label="Settings" @keydown=${this.#onTabKey}>
            ${TABS.map(
              (tab) =>
                html`<button
                  type="button"
                  role="tab"
                  id="tab-${tab.id}"
                  aria-selected=${tab.id === this.tab}
                  aria-controls="panel"
                  tabindex=${tab.id === this.tab ? 0 : -1}
                  @click=${() => (this.tab = tab.id)}
                >
                  ${tab.label}
                </button>`,
            )}
          </div>
          <div id="panel" class="panel" role="tabpanel" aria-labelledby="tab-${this.tab}">
            ${this.#panel()}
          </div>
        </aside>
        <main class="stage" aria-label="Product page">
          ${
            this.backendProblem
              ? html`<div class="problem" role="alert">${this.backendProblem}</div>`
              : nothing
          }
          ${
            s.surface === 'hosted'
              ? html`<hosted-stage
                  .settings=${s}
                  server-origin=${backend?.kind === 'server' ? backend.origin : ''}
                  client-id=${backend?.clientId ?? 'demo'}
                  .look=${this.hostedLook}
                  revision=${this.hostedRevision}
                ></hosted-stage>`
              : html`<product-stage
                  .settings=${s}
                  domain=${backend?.domain ?? ''}
                  client-id=${backend?.clientId ?? 'demo'}
                ></product-stage>`
          }
        </main>
        <aside class="phone-column" aria-label="Phone">
          <phone-preview
            .backend=${backend}
            phone-number=${this.watchedNumber}
            code-length=${s.otpLength}
            sender=${s.applicationName}
            test-code=${connectionSettings(s).testNumbers[this.watchedNumber] ?? ''}
          ></phone-preview>
        </aside>
        <div class=${this.toast ? 'toast shown' : 'toast'} role="status">${this.toast}</div>
      </div>
    `;
  }
}

// Registered here by name rather than by bare imports: the package's `sideEffects` list lets a
// bundler drop a module that is only imported for its side effects.
const ELEMENTS: [string, CustomElementConstructor][] = [
  ['product-stage', ProductStage],
  ['hosted-stage', HostedStage],
  ['phone-preview', PhonePreview],
  ['theme-panel', ThemePanel],
  ['language-panel', LanguagePanel],
  ['message-panel', MessagePanel],
  ['test-numbers-panel', TestNumbersPanel],
  ['scenario-panel', ScenarioPanel],
  ['demo-workbench', DemoWorkbench],
];
for (const [tag, element] of ELEMENTS)
  if (!customElements.get(tag)) customElements.define(tag, element);

declare global {
  interface HTMLElementTagNameMap {
    'demo-workbench': DemoWorkbench;
  }
}
