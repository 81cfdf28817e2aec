import type { SmsLoginCodeSentEvent } from './sms-login-code-sent.js';
import type { SmsLoginErrorEvent } from './sms-login-error.js';
import type { SmsLoginSuccessEvent } from './sms-login-success.js';

/** The element's events (each file also declares its event in the global event map). */
export interface SmsLoginEventMap {
  'sms-login-code-sent': SmsLoginCodeSentEvent;
  'sms-login-success': SmsLoginSuccessEvent;
  'sms-login-error': SmsLoginErrorEvent;
}

/** Dispatches one of the element's events: bubbling, composed (it leaves the shadow root). */
export function emit<K extends keyof SmsLoginEventMap>(
  target: EventTarget,
  name: K,
  detail: SmsLoginEventMap[K]['detail'],
): boolean {
  return target.dispatchEvent(new CustomEvent(name, { bubbles: true, composed: true, detail }));
}
