// Registers <sms-login>. The only module with a side effect; importing it twice is harmless.
import { SmsLogin } from './sms-login/sms-login.component.js';

export * from './index.js';

if (!customElements.get('sms-login')) customElements.define('sms-login', SmsLogin);

declare global {
  interface HTMLElementTagNameMap {
    'sms-login': SmsLogin;
  }
}
