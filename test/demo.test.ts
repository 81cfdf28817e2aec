// The demo workbench, end to end in Chromium: the backend runs in the page as it does for designers.
import { animationsSettled } from './support/element.js';
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { DemoWorkbench } from '../demo/app/workbench.js';
import { DEFAULT_SETTINGS } from '../demo/app/state/settings.js';
import { LanguagePanel } from '../demo/app/panels/language-panel.js';
import { readShareFragment, shareFragment } from '../demo/app/state/share-link.js';
import type { SmsLogin } from '../src/index.js';

const UK = '+447911123456';

let workbench: DemoWorkbench;
let widget: SmsLogin;

const $ = <T extends Element = HTMLElement>(selector: string): T => {
  const found = workbench.querySelector<T>(selector);
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found;
};

async function openTab(id: string): Promise<void> {
  $(`#tab-${id}`).click();
  await workbench.updateComplete;
}

/** Sets a control's value the way a person's input would. */
async function setValue(selector: string, value: string, event = 'input'): Promise<void> {
  const control = $<HTMLInputElement | HTMLTextAreaElement>(selector);
  control.value = value;
  control.dispatchEvent(new Event(event, { bubbles: true }));
  await workbench.updateComplete;
}

const tabs = () => [...workbench.querySelectorAll<HTMLElement>('[role="tab"]')];
const selectedTab = () => workbench.querySelector('[role="tab"][aria-selected="true"]')!.id;
const submitButton = () => widget.shadowRoot!.querySelector<HTMLElement>('[part~="submit"]')!;

describe('the demo workbench', () => {
  before(async () => {
    localStorage.clear();
    const css = document.createElement('link');
    css.rel = 'stylesheet';
    css.href = '/demo/app/workbench.css';
    document.head.append(css);
    workbench = new DemoWorkbench();
    workbench.options = { search: '', hash: '', workerUrl: '/mockServiceWorker.js' };
    document.body.append(workbench);
    await workbench.ready;
    await waitUntil(() =>
      document.querySelector('sms-login')?.shadowRoot?.querySelector('#number'),
    );
    widget = document.querySelector('sms-login')!;
    await widget.updateComplete;
  });

  after(() => {
    workbench.remove();
    localStorage.clear();
  });

  it('moves between the settings tabs with the arrow keys, Home and End', async () => {
    await openTab('theme');
    expect(tabs().map((tab) => tab.tabIndex)).to.deep.equal([0, -1, -1, -1]);
    $('#tab-theme').focus();
    const expectations: [string, string][] = [
      ['ArrowRight', 'tab-language'],
      ['ArrowRight', 'tab-message'],
      ['ArrowLeft', 'tab-language'],
      ['End', 'tab-scenarios'],
      ['ArrowRight', 'tab-theme'],
      ['ArrowLeft', 'tab-scenarios'],
      ['Home', 'tab-theme'],
    ];
    for (const [key, id] of expectations) {
      await sendKeys({ press: key });
      await workbench.updateComplete;
      expect([document.activeElement!.id, selectedTab()], key).to.deep.equal([id, id]);
      expect(
        tabs()
          .filter((tab) => tab.tabIndex === 0)
          .map((tab) => tab.id),
      ).to.deep.equal([id]);
    }
  });

  it('changes a theme token and the widget’s computed style follows', async () => {
    await openTab('theme');
    expect(getComputedStyle(submitButton()).backgroundColor).to.equal('rgb(36, 86, 214)');
    await setValue('#token-primary-color', '#7c3aed');
    await widget.updateComplete;
    expect(getComputedStyle(submitButton()).backgroundColor).to.equal('rgb(124, 58, 237)');
    await setValue('#token-radius', '1.5');
    const rem = Number.parseFloat(getComputedStyle(document.documentElement).fontSize);
    expect(getComputedStyle(submitButton()).borderTopLeftRadius).to.equal(`${1.5 * rem}px`);
    expect($<HTMLTextAreaElement>('.css-output').value).to.contain(
      '--sms-login-primary-color: #7c3aed;',
    );
    // The settings survive a reload.
    expect(JSON.parse(localStorage.getItem('sms-login-workbench')!).theme.light).to.deep.equal({
      '--sms-login-primary-color': '#7c3aed',
    });
  });

  it('switches the widget to Arabic, laid out right to left', async () => {
    await openTab('language');
    $('[data-language="ar"]').click();
    await workbench.updateComplete;
    await widget.updateComplete;
    const base = widget.shadowRoot!.querySelector<HTMLElement>('[part~="base"]')!;
    expect(base.getAttribute('dir')).to.equal('rtl');
    expect(getComputedStyle(base).direction).to.equal('rtl');
    expect(widget.shadowRoot!.querySelector('[part~="title"]')!.textContent).to.match(
      /[\u0600-\u06ff]/,
    );
    $('[data-language="en"]').click();
    await workbench.updateComplete;
    await widget.updateComplete;
    expect(getComputedStyle(base).direction).to.equal('ltr');
  });

  it('previews an edited template with the backend’s renderer, and says what is wrong with a broken one', async () => {
    await openTab('message');
    await setValue('#template', 'Your {{ code ');
    await waitUntil(
      () => workbench.querySelector('#template-error'),
      'no error for a broken template',
    );
    expect($('#template-error').textContent).to.contain('cannot be parsed');
    await setValue('#template', '{{ application.name }}: {{ code }} is your code.');
    await waitUntil(
      () =>
        workbench.querySelector('#template-preview')?.textContent ===
        'Tandem: 123456 is your code.',
      'the preview did not follow the template',
    );
    await waitUntil(
      () => workbench.querySelector('.apply-state')?.getAttribute('data-state') === 'saved',
      'the template was not saved to the connection',
    );
  });

  it('delivers the edited message to the phone, and tapping the code (Space) signs in', async () => {
    widget.reset();
    await widget.updateComplete;
    widget.shadowRoot!.querySelector<HTMLInputElement>('#number')!.focus();
    await sendKeys({ type: '+44 7911 123456' });
    const sent = oneEvent(widget, 'sms-login-code-sent');
    await sendKeys({ press: 'Enter' });
    expect((await sent).detail.phoneNumber).to.equal(UK);

    await waitUntil(() => workbench.querySelector('.sms-code'), 'the phone shows no code', {
      timeout: 5000,
    });
    const bubble = [...workbench.querySelectorAll('.sms-bubble')].at(-1)!;
    expect(bubble.textContent!.trim()).to.match(/^Tandem: \d{6} is your code\.$/);

    await openTab('language');
    expect($('#observed-request-language').textContent).to.equal('en');

    // The code is a button: Space taps it, as it would any button.
    const code = [...workbench.querySelectorAll<HTMLElement>('.sms-code')].at(-1)!;
    expect(code.localName).to.equal('button');
    const success = oneEvent(widget, 'sms-login-success');
    code.focus();
    await sendKeys({ press: 'Space' });
    expect((await success).detail.accessToken).to.be.a('string');
    expect(widget.step).to.equal('done');
  });

  it('shows the last code request in the language panel after sign-in, and the language its template got', async () => {
    // Signing in sent POST /oauth/token last; the panel is about the request that sent the text.
    expect(widget.step).to.equal('done');
    await openTab('language');
    expect($('#observed-request-language').textContent).to.equal('en');
    expect($('#observed-request').textContent).to.equal('POST /passwordless/start');
    expect($('#observed-template-language').textContent).to.equal('en');
    expect(workbench.querySelector('language-panel')!.innerHTML).not.to.contain(
      'x-request-language —',
    );
  });

  it('names the accept-language entry with the highest q when a request has no x-request-language', async () => {
    const panel = new LanguagePanel();
    panel.store = workbench.store;
    panel.lastStart = {
      method: 'POST',
      path: '/passwordless/start',
      requestLanguage: null,
      acceptLanguage: 'en-GB;q=0.8, fr, de;q=0.9',
      at: Date.now(),
    };
    document.body.append(panel);
    await panel.updateComplete;
    expect(panel.querySelector('#observed-template-language')!.textContent).to.equal('fr');
    panel.remove();
  });

  // After sign-in: the phone shows texts with their code buttons. Each tab, in each scheme.
  for (const scheme of ['light', 'dark'] as const)
    it(`passes axe on the whole page, ${scheme}`, async () => {
      $(`.segmented[aria-label="Colour scheme"] [data-value="${scheme}"]`).click();
      try {
        await workbench.updateComplete;
        await widget.updateComplete;
        expect($('.workbench').dataset.scheme).to.equal(scheme);
        await waitUntil(() => workbench.querySelector('.sms-code'), 'the phone shows no code');
        for (const tab of ['theme', 'language', 'message', 'scenarios']) {
          await openTab(tab);
          await animationsSettled();
          await expect(workbench).to.be.accessible();
        }
      } finally {
        $('.segmented[aria-label="Colour scheme"] [data-value="light"]').click();
        await workbench.updateComplete;
      }
    });

  it('produces an error state from the scenario buttons (wrong code)', async () => {
    await openTab('scenarios');
    $('[data-scenario="wrong-code"]').click();
    await waitUntil(() => workbench.querySelector('.outcome'), 'the scenario did not finish', {
      timeout: 10_000,
    });
    expect($('.outcome').textContent).to.contain('That code is not right. 2 attempts left.');
  });

  const states: [string, RegExp][] = [
    ['expired', /This code has expired\. Ask for a new code\./],
    ['too-many-attempts', /Too many wrong codes\. Ask for a new code\./],
    ['provider-failure', /We could not send the text message\./],
    ['signup-disabled', /There is no account with this phone number\./],
    // Last: the page's per-IP limit, once spent, refuses every send until it refills or the clock
    // moves on (test/demo-rate-limit.test.ts runs this scenario on a fresh backend).
    ['rate-limited', /Too many attempts\. Try again in/],
  ];
  for (const [scenario, message] of states)
    it(`produces the ${scenario} state from the backend`, async () => {
      $(`[data-scenario="${scenario}"]`).click();
      await waitUntil(
        () =>
          workbench
            .querySelector('.outcome')
            ?.closest('.scenario')
            ?.querySelector(`[data-scenario="${scenario}"]`),
        `the ${scenario} scenario did not finish`,
        { timeout: 15_000 },
      );
      expect($('.outcome').textContent).to.match(message);
    });

  it('puts theme, language and template in a share link', () => {
    const settings = {
      ...DEFAULT_SETTINGS,
      language: 'he',
      scheme: 'dark' as const,
      template: 'Code {{ code }}',
      theme: {
        shared: { '--sms-login-radius': '1rem' },
        light: { '--sms-login-primary-color': '#7c3aed' },
        dark: { '--sms-login-primary-color': '#c4b5fd' },
      },
    };
    expect(readShareFragment(shareFragment(settings))).to.deep.equal({
      language: 'he',
      scheme: 'dark',
      template: 'Code {{ code }}',
      theme: settings.theme,
    });
  });

  it('on the Hosted page surface without a server, says how to get one; back to the widget after', async () => {
    const surface = (label: string) =>
      [...workbench.querySelectorAll<HTMLButtonElement>('[aria-label="Sign-in"] button')].find(
        (button) => button.textContent!.trim() === label,
      )!;
    surface('Hosted page').click();
    await workbench.updateComplete;
    expect(surface('Hosted page').getAttribute('aria-pressed')).to.equal('true');
    expect(workbench.querySelector('product-stage')).to.equal(null);
    const missing = $('.hosted-missing');
    expect(missing.textContent).to.contain('npm start');
    const link = new URL(missing.querySelector<HTMLAnchorElement>('a')!.href);
    expect(link.searchParams.get('backend')).to.equal('http://localhost:8787');
    expect(link.searchParams.get('management')).to.match(/^workbench:/);
    await animationsSettled();
    await expect(workbench).to.be.accessible();

    surface('Embedded').click();
    await workbench.updateComplete;
    await waitUntil(() => workbench.querySelector('product-stage sms-login'));
    expect(workbench.querySelector('hosted-stage')).to.equal(null);
  });
});
