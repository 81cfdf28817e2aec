export interface SmsLoginErrorDetail {
  /**
   * The backend's `error` (`invalid_grant`, `too_many_requests`…), or one of the widget's own:
   * `invalid_phone_number` (refused before sending), `country_not_allowed` (a number of a country
   * not in `countries`, refused before sending), `network_error`, `unknown_error`.
   */
  error: string;
  errorDescription: string;
  /** Where the visitor was. */
  step: 'phone' | 'code';
}

/** Something failed; the element shows a message, the page gets the details. */
export type SmsLoginErrorEvent = CustomEvent<SmsLoginErrorDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'sms-login-error': SmsLoginErrorEvent;
  }
}
