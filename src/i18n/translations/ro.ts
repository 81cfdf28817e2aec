import type { Translation } from '../translation.js';

const ro: Translation = {
  $code: 'ro',
  $name: 'Română',
  $dir: 'ltr',

  title: 'Conectează-te cu telefonul',
  phoneIntro: 'Îți trimitem prin SMS un cod pentru conectare.',
  countryLabel: 'Țară',
  selectedCountry: (country, callingCode) => `Țară: ${country} (${callingCode})`,
  searchCountries: 'Caută o țară',
  noCountryFound: 'Nicio țară găsită',
  phoneLabel: 'Număr de telefon',
  sendCode: 'Trimite codul',
  sending: 'Se trimite…',

  codeTitle: 'Introdu codul',
  codeSentTo: (phoneNumber) => `Am trimis un cod la ${phoneNumber}.`,
  codeHint: { one: '{count} cifră', few: '{count} cifre', other: '{count} de cifre' },
  codeLabel: 'Cod de verificare',
  verify: 'Verifică',
  verifying: 'Se verifică…',
  useAnotherNumber: 'Folosește alt număr',
  resendCode: 'Trimite un cod nou',
  resendIn: {
    one: 'Cod nou în {count} s',
    few: 'Cod nou în {count} s',
    other: 'Cod nou în {count} s',
  },
  codeResent: 'Un cod nou este pe drum.',

  successTitle: 'Te-ai conectat',
  successText: 'Numărul tău de telefon a fost verificat.',

  retry: 'Încearcă din nou',
  errorInvalidNumber: 'Acest număr de telefon nu pare corect. Verifică-l și încearcă din nou.',
  errorCountryNotAllowed: 'Numerele de telefon din această țară nu sunt acceptate aici.',
  errorWrongCode: 'Codul nu este corect. Verifică-l și încearcă din nou.',
  errorWrongCodeAttemptsLeft: {
    one: 'Codul nu este corect. A mai rămas {count} încercare.',
    few: 'Codul nu este corect. Au mai rămas {count} încercări.',
    other: 'Codul nu este corect. Au mai rămas {count} de încercări.',
  },
  errorIncompleteCode: {
    one: 'Introdu codul de {count} cifră.',
    few: 'Introdu codul de {count} cifre.',
    other: 'Introdu codul de {count} de cifre.',
  },
  errorTooManyAttempts: 'Prea multe coduri greșite. Cere un cod nou.',
  errorExpired: 'Acest cod a expirat. Cere un cod nou.',
  errorSignupDisabled: 'Nu există niciun cont cu acest număr de telefon.',
  errorRateLimited: (wait) =>
    wait
      ? `Prea multe încercări. Încearcă din nou peste ${wait}.`
      : 'Prea multe încercări. Încearcă din nou mai târziu.',
  errorProvider: 'Nu am putut trimite SMS-ul. Încearcă din nou peste câteva momente.',
  errorNetwork: 'Nu am putut contacta serverul. Verifică-ți conexiunea și încearcă din nou.',
  errorUnknown: 'A apărut o eroare. Încearcă din nou.',
};

export default ro;
