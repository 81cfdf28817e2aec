// Public API, without side effects: import `sms-login/sms-login.js` (or the package root) to register the tag.
export { SmsLogin } from './sms-login/sms-login.component.js';
export type {
  SmsLoginCodeSentDetail,
  SmsLoginCodeSentEvent,
} from './events/sms-login-code-sent.js';
export type { SmsLoginSuccessDetail, SmsLoginSuccessEvent } from './events/sms-login-success.js';
export type { SmsLoginErrorDetail, SmsLoginErrorEvent } from './events/sms-login-error.js';
export type { Translation, LanguageCode } from './i18n/translation.js';
export { LANGUAGES } from './i18n/load-translation.js';
export { negotiateLanguage } from './i18n/negotiate.js';
export { AuthApiError } from './api/auth-api-error.js';
export type { TokenResponse } from './api/auth-client.js';
export type { SmsLoginEventMap } from './events/emit.js';
