import type { Translation } from '../translation.js';

const en: Translation = {
  $code: 'en',
  $name: 'English',
  $dir: 'ltr',

  title: 'Sign in with your phone',
  phoneIntro: 'We will text you a code to sign in.',
  countryLabel: 'Country',
  selectedCountry: (country, callingCode) => `Country: ${country} (${callingCode})`,
  searchCountries: 'Search countries',
  noCountryFound: 'No country found',
  phoneLabel: 'Phone number',
  sendCode: 'Send code',
  sending: 'Sending…',

  codeTitle: 'Enter the code',
  codeSentTo: (phoneNumber) => `We sent a code to ${phoneNumber}.`,
  codeHint: { one: '{count} digit', other: '{count} digits' },
  codeLabel: 'Verification code',
  verify: 'Verify',
  verifying: 'Verifying…',
  useAnotherNumber: 'Use another number',
  resendCode: 'Send a new code',
  resendIn: { one: 'Send a new code in {count} s', other: 'Send a new code in {count} s' },
  codeResent: 'A new code is on its way.',

  successTitle: 'You are signed in',
  successText: 'Your phone number is verified.',

  retry: 'Try again',
  errorInvalidNumber: 'This phone number does not look right. Check it and try again.',
  errorCountryNotAllowed: 'Phone numbers from this country are not accepted here.',
  errorWrongCode: 'That code is not right. Check it and try again.',
  errorWrongCodeAttemptsLeft: {
    one: 'That code is not right. {count} attempt left.',
    other: 'That code is not right. {count} attempts left.',
  },
  errorIncompleteCode: {
    one: 'Enter the {count}-digit code.',
    other: 'Enter the {count}-digit code.',
  },
  errorTooManyAttempts: 'Too many wrong codes. Ask for a new code.',
  errorExpired: 'This code has expired. Ask for a new code.',
  errorSignupDisabled: 'There is no account with this phone number.',
  errorRateLimited: (wait) =>
    wait ? `Too many attempts. Try again in ${wait}.` : 'Too many attempts. Try again later.',
  errorProvider: 'We could not send the text message. Try again in a moment.',
  errorNetwork: 'We could not reach the server. Check your connection and try again.',
  errorUnknown: 'Something went wrong. Try again.',
};

export default en;
