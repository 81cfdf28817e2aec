// A small harness that drives <sms-login> like a visitor: real focus, real keystrokes.
import { fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/sms-login.js';
import type { SmsLogin } from '../../src/index.js';
import { DOMAIN } from './backend.js';
import { loadPhoneNumberSupport } from '../../src/phone/load-phone-number.js';

export interface MountOptions {
  language?: string;
  defaultCountry?: string;
  countries?: string;
  resendAfter?: number;
  codeLength?: number;
}

export async function mount(options: MountOptions = {}): Promise<SmsLogin> {
  // A visitor's first focus loads the number formatting well before the first keystroke lands;
  // the tests type at machine speed, so they wait for it up front.
  await loadPhoneNumberSupport();
  const el = await fixture<SmsLogin>(html`
    <sms-login
      domain=${DOMAIN}
      client-id="demo"
      language=${options.language ?? 'en'}
      default-country=${options.defaultCountry ?? ''}
      countries=${options.countries ?? ''}
      resend-after=${options.resendAfter ?? 30}
      code-length=${options.codeLength ?? 6}
    ></sms-login>
  `);
  await el.updateComplete;
  return el;
}

export const $ = <T extends Element = HTMLElement>(el: SmsLogin, selector: string): T =>
  el.shadowRoot!.querySelector<T>(selector)!;

export const text = (el: SmsLogin, selector: string) =>
  ($(el, selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();

export const activeId = (el: SmsLogin) => el.shadowRoot!.activeElement?.id ?? '';

/** Focuses a control of the element and types into it with the keyboard. */
export async function typeInto(el: SmsLogin, selector: string, keys: string): Promise<void> {
  $(el, selector).focus();
  await sendKeys({ type: keys });
  await el.updateComplete;
}

export async function press(key: string): Promise<void> {
  await sendKeys({ press: key });
}

/** Waits until the element is on `step` and idle. */
export async function untilStep(el: SmsLogin, step: SmsLogin['step']): Promise<void> {
  await waitUntil(() => el.step === step, `never reached the ${step} step`, { timeout: 5000 });
  await el.updateComplete;
}

/** Waits until an error message is shown and returns it. */
export async function untilMessage(el: SmsLogin): Promise<string> {
  await waitUntil(() => text(el, '#message'), 'no message was shown', { timeout: 5000 });
  return text(el, '#message');
}

/** Phone step → code step with a number typed in national form. */
export async function sendCodeTo(el: SmsLogin, national: string): Promise<void> {
  await typeInto(el, '#number', national);
  const sent = oneEvent(el, 'sms-login-code-sent');
  await press('Enter');
  await sent;
  await untilStep(el, 'code');
}

/**
 * Pastes `text` into a field of the element as a browser does: a paste event, then (unless it is
 * cancelled) the text inserted by the browser's editing, which applies the field's own rules
 * (`maxlength`) and fires the input event.
 */
export async function paste(el: SmsLogin, selector: string, value: string): Promise<void> {
  const input = $<HTMLInputElement>(el, selector);
  input.focus();
  input.select();
  const data = new DataTransfer();
  data.setData('text/plain', value);
  const pasteEvent = new ClipboardEvent('paste', {
    clipboardData: data,
    bubbles: true,
    cancelable: true,
    composed: true,
  });
  if (input.dispatchEvent(pasteEvent)) {
    if (el.shadowRoot!.activeElement !== input) throw new Error(`${selector} is not focused`);
    // Deprecated, but the one way to make the browser itself insert text into a field.
    if (!document.execCommand('insertText', false, value)) throw new Error('insertText refused');
  }
  await el.updateComplete;
}

/**
 * Resolves once every running animation of the page has ended: axe measures colours as they
 * are painted, and a message fading in is paler than it stays.
 */
export async function animationsSettled(): Promise<void> {
  await Promise.all(document.getAnimations().map((animation) => animation.finished));
}
