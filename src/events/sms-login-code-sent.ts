export interface SmsLoginCodeSentDetail {
  /** The number the code went to, E.164 (`+447911123456`). */
  phoneNumber: string;
  /** The language asked of the backend for the message (`x-request-language`). */
  language: string;
}

/** A code was sent (first time or again). */
export type SmsLoginCodeSentEvent = CustomEvent<SmsLoginCodeSentDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'sms-login-code-sent': SmsLoginCodeSentEvent;
  }
}
