// JSX types for React 19, which passes properties and `on<event>` listeners to custom elements:
// `import 'sms-login/react'` once (an empty module: only its types matter), then
// `<sms-login client-id="…" onsms-login-success={(event) => event.detail.accessToken} />` is checked.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { SmsLogin } from './sms-login/sms-login.component.js';
import type { SmsLoginEventMap } from './events/emit.js';

type Settable = 'domain' | 'clientId' | 'connection' | 'language' | 'defaultCountry' | 'countries';
type SettableToo = 'scope' | 'audience' | 'codeLength' | 'resendAfter';

/** The element's attributes as written in HTML. */
export interface SmsLoginAttributes {
  domain?: string;
  'client-id'?: string;
  connection?: string;
  language?: string;
  'default-country'?: string;
  countries?: string;
  scope?: string;
  audience?: string;
  'code-length'?: number | string;
  'resend-after'?: number | string;
}

/** React 19 adds a listener for each `on` + event name prop. */
export type SmsLoginEventProps = {
  [K in keyof SmsLoginEventMap as `on${K}`]?: (event: SmsLoginEventMap[K]) => void;
};

export type SmsLoginJsxProps = DetailedHTMLProps<HTMLAttributes<SmsLogin>, SmsLogin> &
  Partial<Pick<SmsLogin, Settable | SettableToo>> &
  SmsLoginAttributes &
  SmsLoginEventProps;

declare module 'react' {
  // oxlint-disable-next-line typescript/no-namespace -- React's JSX types are a namespace
  namespace JSX {
    interface IntrinsicElements {
      'sms-login': SmsLoginJsxProps;
    }
  }
}
