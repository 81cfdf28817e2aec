// Drives the widget like a visitor would, for the scenario buttons.
import type { SmsLogin } from '../../../src/index.js';

const until = async (check: () => boolean, what: string, timeout = 8000): Promise<void> => {
  const end = Date.now() + timeout;
  while (!check()) {
    if (Date.now() > end) throw new Error(`Timed out waiting until ${what}.`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
};

export const messageOf = (widget: SmsLogin): string =>
  widget.shadowRoot?.querySelector('#message')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** Back to the phone step and types `phoneNumber` (E.164); returns the field. */
export async function typeNumber(widget: SmsLogin, phoneNumber: string): Promise<HTMLInputElement> {
  widget.reset();
  await widget.updateComplete;
  const input = widget.shadowRoot?.querySelector<HTMLInputElement>('#number');
  if (!input) throw new Error('The widget shows no phone number field.');
  input.value = phoneNumber;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await widget.updateComplete;
  return input;
}

/** Back to the phone step, types `phoneNumber` (E.164) and sends it. */
export async function submitNumber(widget: SmsLogin, phoneNumber: string): Promise<void> {
  const form = (await typeNumber(widget, phoneNumber)).closest('form');
  if (!form) throw new Error('The widget shows no phone number form.');
  form.requestSubmit();
}

/** Sends a code to `phoneNumber` and waits for the code step. */
export async function reachCodeStep(widget: SmsLogin, phoneNumber: string): Promise<void> {
  await submitNumber(widget, phoneNumber);
  await until(() => widget.step === 'code' || !!messageOf(widget), 'the code was sent');
  if (widget.step !== 'code') throw new Error(`The code was not sent: ${messageOf(widget)}`);
}

/** Fills a code and waits for the answer (an error message, or success). */
export async function enterCode(widget: SmsLogin, code: string): Promise<string> {
  const before = messageOf(widget);
  widget.fillCode(code);
  await until(
    () => widget.step === 'done' || (!!messageOf(widget) && messageOf(widget) !== before),
    'the code was checked',
  );
  return messageOf(widget);
}

export { until };
