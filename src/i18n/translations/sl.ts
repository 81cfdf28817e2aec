import type { Translation } from '../translation.js';

const sl: Translation = {
  $code: 'sl',
  $name: 'Slovenščina',
  $dir: 'ltr',

  title: 'Prijava s telefonom',
  phoneIntro: 'Za prijavo vam bomo po SMS-u poslali kodo.',
  countryLabel: 'Država',
  selectedCountry: (country, callingCode) => `Država: ${country} (${callingCode})`,
  searchCountries: 'Iskanje države',
  noCountryFound: 'Ni najdene države',
  phoneLabel: 'Telefonska številka',
  sendCode: 'Pošlji kodo',
  sending: 'Pošiljanje…',

  codeTitle: 'Vnesite kodo',
  codeSentTo: (phoneNumber) => `Kodo smo poslali na številko ${phoneNumber}.`,
  codeHint: {
    one: '{count} števka',
    two: '{count} števki',
    few: '{count} števke',
    other: '{count} števk',
  },
  codeLabel: 'Koda za preverjanje',
  verify: 'Preveri',
  verifying: 'Preverjanje…',
  useAnotherNumber: 'Uporabi drugo številko',
  resendCode: 'Pošlji novo kodo',
  resendIn: {
    one: 'Nova koda čez {count} s',
    two: 'Nova koda čez {count} s',
    few: 'Nova koda čez {count} s',
    other: 'Nova koda čez {count} s',
  },
  codeResent: 'Nova koda je na poti.',

  successTitle: 'Prijavljeni ste',
  successText: 'Vaša telefonska številka je preverjena.',

  retry: 'Poskusi znova',
  errorInvalidNumber: 'Ta telefonska številka ni videti pravilna. Preverite jo in poskusite znova.',
  errorCountryNotAllowed: 'Telefonske številke iz te države tukaj niso sprejete.',
  errorWrongCode: 'Koda ni pravilna. Preverite jo in poskusite znova.',
  errorWrongCodeAttemptsLeft: {
    one: 'Koda ni pravilna. Preostane še {count} poskus.',
    two: 'Koda ni pravilna. Preostaneta še {count} poskusa.',
    few: 'Koda ni pravilna. Preostanejo še {count} poskusi.',
    other: 'Koda ni pravilna. Preostane še {count} poskusov.',
  },
  errorIncompleteCode: {
    one: 'Vnesite {count}-mestno kodo.',
    two: 'Vnesite {count}-mestno kodo.',
    few: 'Vnesite {count}-mestno kodo.',
    other: 'Vnesite {count}-mestno kodo.',
  },
  errorTooManyAttempts: 'Preveč napačnih kod. Zahtevajte novo kodo.',
  errorExpired: 'Ta koda je potekla. Zahtevajte novo kodo.',
  errorSignupDisabled: 'Račun s to telefonsko številko ne obstaja.',
  errorRateLimited: (wait) =>
    wait
      ? `Preveč poskusov. Poskusite znova čez ${wait}.`
      : 'Preveč poskusov. Poskusite znova pozneje.',
  errorProvider: 'SMS-a ni bilo mogoče poslati. Poskusite znova čez nekaj trenutkov.',
  errorNetwork: 'Povezava s strežnikom ni uspela. Preverite povezavo in poskusite znova.',
  errorUnknown: 'Prišlo je do napake. Poskusite znova.',
};

export default sl;
