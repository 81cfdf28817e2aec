/**
 * The words of the widget in one language. Every language file implements all of it (a test
 * checks), so a missing string is a type error, not a blank in the page.
 * Strings that take values are functions (a wait arrives already formatted); strings that take a
 * count are a `Plural`.
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
  /**
   * Accessible name of the country button: (country name, calling code with +). The element
   * isolates the calling code in a right-to-left language; the text need not.
   */
  selectedCountry: (country: string, callingCode: string) => string;
  searchCountries: string;
  noCountryFound: string;
  phoneLabel: string;
  sendCode: string;
  sending: string;

  codeTitle: string;
  /** (the number, formatted internationally; isolated by the element in a right-to-left language) */
  codeSentTo: (phoneNumber: string) => string;
  /** Hint under the code field: `{count}` digits. */
  codeHint: Plural;
  codeLabel: string;
  verify: string;
  verifying: string;
  useAnotherNumber: string;
  resendCode: string;
  /** The disabled resend button: `{count}` seconds left. */
  resendIn: Plural;
  codeResent: string;

  successTitle: string;
  successText: string;

  retry: string;
  errorInvalidNumber: string;
  /** A number whose country is not among the `countries` offered. */
  errorCountryNotAllowed: string;
  /** A wrong code when the attempts left are unknown. */
  errorWrongCode: string;
  /** A wrong code with `{count}` attempts left. */
  errorWrongCodeAttemptsLeft: Plural;
  /** Enter on a code shorter than it should be: the code has `{count}` digits. */
  errorIncompleteCode: Plural;
  errorTooManyAttempts: string;
  errorExpired: string;
  errorSignupDisabled: string;
  /** (the wait, formatted like "5 minutes", or undefined when unknown) */
  errorRateLimited: (wait?: string) => string;
  errorProvider: string;
  errorNetwork: string;
  errorUnknown: string;
}

/**
 * A text that takes a count: one text for each plural category the language has
 * (`new Intl.PluralRules(code).resolvedOptions().pluralCategories`, a test checks), where `{count}`
 * stands for the count as `Intl.NumberFormat` writes it in the language.
 */
export type Plural = { readonly [category in Intl.LDMLPluralRule]?: string } & {
  readonly other: string;
};

/** The language codes that have a translation file (`LANGUAGES` lists them at run time). */
export type LanguageCode =
  | 'af'
  | 'am'
  | 'ar'
  | 'az'
  | 'bg'
  | 'bn'
  | 'ca'
  | 'cs'
  | 'da'
  | 'de'
  | 'el'
  | 'en'
  | 'es'
  | 'es-419'
  | 'et'
  | 'fa'
  | 'fi'
  | 'fil'
  | 'fr'
  | 'fr-CA'
  | 'gu'
  | 'ha'
  | 'he'
  | 'hi'
  | 'hr'
  | 'hu'
  | 'id'
  | 'it'
  | 'ja'
  | 'km'
  | 'kn'
  | 'ko'
  | 'lt'
  | 'lv'
  | 'ml'
  | 'mr'
  | 'ms'
  | 'my'
  | 'nb'
  | 'nl'
  | 'nn'
  | 'pa'
  | 'pl'
  | 'pt'
  | 'pt-BR'
  | 'ro'
  | 'ru'
  | 'sk'
  | 'sl'
  | 'sr'
  | 'sv'
  | 'sw'
  | 'ta'
  | 'te'
  | 'th'
  | 'tr'
  | 'uk'
  | 'ur'
  | 'vi'
  | 'yo'
  | 'zh-CN'
  | 'zh-TW';
