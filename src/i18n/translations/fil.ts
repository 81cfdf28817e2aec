import type { Translation } from '../translation.js';

const fil: Translation = {
  $code: 'fil',
  $name: 'Filipino',
  $dir: 'ltr',

  title: 'Mag-sign in gamit ang iyong telepono',
  phoneIntro: 'Padadalhan ka namin ng code sa text para makapag-sign in.',
  countryLabel: 'Bansa',
  selectedCountry: (country, callingCode) => `Bansa: ${country} (${callingCode})`,
  searchCountries: 'Maghanap ng bansa',
  noCountryFound: 'Walang nahanap na bansa',
  phoneLabel: 'Numero ng telepono',
  sendCode: 'Ipadala ang code',
  sending: 'Ipinapadala…',

  codeTitle: 'Ilagay ang code',
  codeSentTo: (phoneNumber) => `Nagpadala kami ng code sa ${phoneNumber}.`,
  codeHint: { one: '{count} digit', other: '{count} na digit' },
  codeLabel: 'Code sa pag-verify',
  verify: 'I-verify',
  verifying: 'Vine-verify…',
  useAnotherNumber: 'Gumamit ng ibang numero',
  resendCode: 'Magpadala ng bagong code',
  resendIn: {
    one: 'Bagong code sa loob ng {count} seg.',
    other: 'Bagong code sa loob ng {count} seg.',
  },
  codeResent: 'Papunta na ang bagong code.',

  successTitle: 'Naka-sign in ka na',
  successText: 'Na-verify na ang numero ng iyong telepono.',

  retry: 'Subukang muli',
  errorInvalidNumber: 'Mukhang mali ang numero ng teleponong ito. Suriin ito at subukang muli.',
  errorCountryNotAllowed: 'Hindi tinatanggap dito ang mga numero ng telepono mula sa bansang ito.',
  errorWrongCode: 'Mali ang code na iyan. Suriin ito at subukang muli.',
  errorWrongCodeAttemptsLeft: {
    one: 'Mali ang code na iyan. {count} pagsubok na lang ang natitira.',
    other: 'Mali ang code na iyan. {count} na pagsubok na lang ang natitira.',
  },
  errorIncompleteCode: {
    one: 'Ilagay ang {count}-digit na code.',
    other: 'Ilagay ang {count}-digit na code.',
  },
  errorTooManyAttempts: 'Masyadong maraming maling code. Humingi ng bagong code.',
  errorExpired: 'Nag-expire na ang code na ito. Humingi ng bagong code.',
  errorSignupDisabled: 'Walang account na may ganitong numero ng telepono.',
  errorRateLimited: (wait) =>
    wait
      ? `Masyadong maraming pagsubok. Subukang muli pagkalipas ng ${wait}.`
      : 'Masyadong maraming pagsubok. Subukang muli mamaya.',
  errorProvider: 'Hindi namin naipadala ang text message. Subukang muli maya-maya.',
  errorNetwork: 'Hindi namin maabot ang server. Suriin ang iyong koneksyon at subukang muli.',
  errorUnknown: 'Nagkaproblema. Subukang muli.',
};

export default fil;
