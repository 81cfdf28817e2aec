/**
 * The words of the widget in one language. Every language file implements all of it (a test
 * checks), so a missing string is a type error, not a blank in the page.
 * Strings that take values are functions; numbers and durations arrive already formatted.
 */
export interface Translation {
  /** BCP 47 tag of the language (`pt-BR`). */
  $code: string;
  /** The language's own name (`Português (Brasil)`). */
  $name: string;
  $dir: 'ltr' | 'rtl';

  title: string;
  phoneIntro: string;
  countryLabel: string;
  /** Accessible name of the country button: (country name, calling code with +). */
  selectedCountry: (country: string, callingCode: string) => string;
  searchCountries: string;
  noCountryFound: string;
  phoneLabel: string;
  sendCode: string;
  sending: string;

  codeTitle: string;
  /** (the number, formatted internationally) */
  codeSentTo: (phoneNumber: string) => string;
  /** Hint under the code field: (number of digits) */
  codeHint: (length: number) => string;
  codeLabel: string;
  verify: string;
  verifying: string;
  useAnotherNumber: string;
  resendCode: string;
  /** The disabled resend button: (seconds left) */
  resendIn: (seconds: number) => string;
  codeResent: string;

  successTitle: string;
  successText: string;

  retry: string;
  errorInvalidNumber: string;
  /** A number whose country is not among the `countries` offered. */
  errorCountryNotAllowed: string;
  /** (attempts left, or undefined when unknown) */
  errorWrongCode: (attemptsLeft?: number) => string;
  /** Enter on a code shorter than it should be: (number of digits) */
  errorIncompleteCode: (length: number) => string;
  errorTooManyAttempts: string;
  errorExpired: string;
  errorSignupDisabled: string;
  /** (the wait, formatted like "5 minutes", or undefined when unknown) */
  errorRateLimited: (wait?: string) => string;
  errorProvider: string;
  errorNetwork: string;
  errorUnknown: string;
}

/** The language codes that have a translation file. */
export const LANGUAGES = [
  'ar',
  'de',
  'en',
  'es',
  'fr',
  'he',
  'hi',
  'id',
  'it',
  'ja',
  'ko',
  'nl',
  'pl',
  'pt',
  'pt-BR',
  'ru',
  'sv',
  'tr',
  'uk',
  'zh-CN',
] as const;

export type LanguageCode = (typeof LANGUAGES)[number];
