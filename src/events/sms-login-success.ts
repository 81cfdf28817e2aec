export interface SmsLoginSuccessDetail {
  accessToken: string;
  /** Present when the scope has `openid`. */
  idToken: string | undefined;
  /** Seconds. */
  expiresIn: number;
  tokenType: string;
  scope: string | undefined;
}

/** The code was right: the tokens are in `detail`. */
export type SmsLoginSuccessEvent = CustomEvent<SmsLoginSuccessDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'sms-login-success': SmsLoginSuccessEvent;
  }
}
