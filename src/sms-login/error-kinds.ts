import { formatCount } from '../i18n/format.js';
import type { Translation } from '../i18n/translation.js';

/** The failures the widget tells apart, each with its own message. */
export type ErrorKind =
  | 'invalid-number'
  | 'country-not-allowed'
  | 'wrong-code'
  | 'incomplete-code'
  | 'too-many-attempts'
  | 'expired'
  | 'signup-disabled'
  | 'rate-limited'
  | 'provider'
  | 'network'
  | 'unknown';

/** Reads an Auth0 error (`error`, `error_description`) as one of the widget's kinds. */
export function classifyError(error: string, description: string): ErrorKind {
  switch (error) {
    case 'bad.phone_number':
    case 'invalid_phone_number':
      return 'invalid-number';
    case 'country_not_allowed':
      return 'country-not-allowed';
    case 'invalid_grant':
      if (/maximum number of attempts/i.test(description)) return 'too-many-attempts';
      if (/expired/i.test(description)) return 'expired';
      return 'wrong-code';
    case 'signup_disabled':
      return 'signup-disabled';
    case 'too_many_requests':
      return 'rate-limited';
    case 'sms_provider_error':
      // Twilio's "invalid To number" is the visitor's number, not the provider (as Lock reads it).
      return /\(Code: 21211\)/.test(description) ? 'invalid-number' : 'provider';
    case 'network_error':
      return 'network';
    default:
      return 'unknown';
  }
}

/** The message for a kind, in the widget's language. */
export function errorMessage(
  t: Translation,
  kind: ErrorKind,
  values: {
    attemptsLeft?: number | undefined;
    wait?: string | undefined;
    codeLength?: number | undefined;
  } = {},
): string {
  switch (kind) {
    case 'invalid-number':
      return t.errorInvalidNumber;
    case 'country-not-allowed':
      return t.errorCountryNotAllowed;
    case 'wrong-code':
      return values.attemptsLeft === undefined
        ? t.errorWrongCode
        : formatCount(t, t.errorWrongCodeAttemptsLeft, values.attemptsLeft);
    case 'incomplete-code':
      return formatCount(t, t.errorIncompleteCode, values.codeLength ?? 6);
    case 'too-many-attempts':
      return t.errorTooManyAttempts;
    case 'expired':
      return t.errorExpired;
    case 'signup-disabled':
      return t.errorSignupDisabled;
    case 'rate-limited':
      return t.errorRateLimited(values.wait);
    case 'provider':
      return t.errorProvider;
    case 'network':
      return t.errorNetwork;
    default:
      return t.errorUnknown;
  }
}
