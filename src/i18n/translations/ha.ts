import type { Translation } from '../translation.js';

const ha: Translation = {
  $code: 'ha',
  $name: 'Hausa',
  $dir: 'ltr',

  title: 'Shiga da wayarka',
  phoneIntro: 'Za mu aiko maka da lamba ta SMS don ka shiga.',
  countryLabel: 'Ƙasa',
  selectedCountry: (country, callingCode) => `Ƙasa: ${country} (${callingCode})`,
  searchCountries: 'Nemi ƙasa',
  noCountryFound: 'Ba a sami ƙasa ba',
  phoneLabel: 'Lambar waya',
  sendCode: 'Aika lamba',
  sending: 'Ana aikawa…',

  codeTitle: 'Shigar da lambar',
  codeSentTo: (phoneNumber) => `Mun aika lamba zuwa ${phoneNumber}.`,
  codeHint: { one: 'Lamba {count}', other: 'Lambobi {count}' },
  codeLabel: 'Lambar tabbatarwa',
  verify: 'Tabbatar',
  verifying: 'Ana tabbatarwa…',
  useAnotherNumber: 'Yi amfani da wata lamba',
  resendCode: 'Aika sabuwar lamba',
  resendIn: {
    one: 'Sabuwar lamba bayan daƙiƙa {count}',
    other: 'Sabuwar lamba bayan daƙiƙa {count}',
  },
  codeResent: 'Sabuwar lamba na kan hanya.',

  successTitle: 'Ka shiga',
  successText: 'An tabbatar da lambar wayarka.',

  retry: 'Sake gwadawa',
  errorInvalidNumber: 'Wannan lambar waya ba ta yi daidai ba. Duba ta sannan ka sake gwadawa.',
  errorCountryNotAllowed: 'Ba a karɓar lambobin waya daga wannan ƙasar a nan.',
  errorWrongCode: 'Wannan lambar ba daidai ba ce. Duba ta sannan ka sake gwadawa.',
  errorWrongCodeAttemptsLeft: {
    one: 'Wannan lambar ba daidai ba ce. Saura ƙoƙari {count}.',
    other: 'Wannan lambar ba daidai ba ce. Saura ƙoƙari {count}.',
  },
  errorIncompleteCode: {
    one: 'Shigar da lamba mai lambobi {count}.',
    other: 'Shigar da lamba mai lambobi {count}.',
  },
  errorTooManyAttempts: 'Lambobi marasa daidai sun yi yawa. Nemi sabuwar lamba.',
  errorExpired: 'Wannan lambar ta ƙare. Nemi sabuwar lamba.',
  errorSignupDisabled: 'Babu asusu mai wannan lambar waya.',
  errorRateLimited: (wait) =>
    wait
      ? `Ƙoƙari ya yi yawa. Sake gwadawa bayan ${wait}.`
      : 'Ƙoƙari ya yi yawa. Sake gwadawa anjima.',
  errorProvider: 'Ba mu iya aika saƙon SMS ba. Sake gwadawa nan da ɗan lokaci.',
  errorNetwork: 'Ba mu iya kaiwa ga sabar ba. Duba haɗin intanet ɗinka sannan ka sake gwadawa.',
  errorUnknown: 'Wani abu ya faru ba daidai ba. Sake gwadawa.',
};

export default ha;
