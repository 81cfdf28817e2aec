import type { Translation } from '../translation.js';

const lt: Translation = {
  $code: 'lt',
  $name: 'Lietuvių',
  $dir: 'ltr',

  title: 'Prisijunkite telefonu',
  phoneIntro: 'Atsiųsime jums prisijungimo kodą SMS žinute.',
  countryLabel: 'Šalis',
  selectedCountry: (country, callingCode) => `Šalis: ${country} (${callingCode})`,
  searchCountries: 'Ieškoti šalies',
  noCountryFound: 'Šalis nerasta',
  phoneLabel: 'Telefono numeris',
  sendCode: 'Siųsti kodą',
  sending: 'Siunčiama…',

  codeTitle: 'Įveskite kodą',
  codeSentTo: (phoneNumber) => `Išsiuntėme kodą numeriu ${phoneNumber}.`,
  codeHint: {
    one: '{count} skaitmuo',
    few: '{count} skaitmenys',
    many: '{count} skaitmens',
    other: '{count} skaitmenų',
  },
  codeLabel: 'Patvirtinimo kodas',
  verify: 'Patvirtinti',
  verifying: 'Tikrinama…',
  useAnotherNumber: 'Naudoti kitą numerį',
  resendCode: 'Siųsti naują kodą',
  resendIn: {
    one: 'Naujas kodas po {count} sek.',
    few: 'Naujas kodas po {count} sek.',
    many: 'Naujas kodas po {count} sek.',
    other: 'Naujas kodas po {count} sek.',
  },
  codeResent: 'Naujas kodas jau siunčiamas.',

  successTitle: 'Prisijungėte',
  successText: 'Jūsų telefono numeris patvirtintas.',

  retry: 'Bandyti dar kartą',
  errorInvalidNumber:
    'Panašu, kad telefono numeris neteisingas. Patikrinkite jį ir bandykite dar kartą.',
  errorCountryNotAllowed: 'Šios šalies telefono numeriai čia nepriimami.',
  errorWrongCode: 'Kodas neteisingas. Patikrinkite jį ir bandykite dar kartą.',
  errorWrongCodeAttemptsLeft: {
    one: 'Kodas neteisingas. Liko {count} bandymas.',
    few: 'Kodas neteisingas. Liko {count} bandymai.',
    many: 'Kodas neteisingas. Liko {count} bandymo.',
    other: 'Kodas neteisingas. Liko {count} bandymų.',
  },
  errorIncompleteCode: {
    one: 'Įveskite {count} skaitmens kodą.',
    few: 'Įveskite {count} skaitmenų kodą.',
    many: 'Įveskite {count} skaitmens kodą.',
    other: 'Įveskite {count} skaitmenų kodą.',
  },
  errorTooManyAttempts: 'Per daug neteisingų kodų. Paprašykite naujo kodo.',
  errorExpired: 'Šio kodo galiojimas baigėsi. Paprašykite naujo kodo.',
  errorSignupDisabled: 'Paskyros su šiuo telefono numeriu nėra.',
  errorRateLimited: (wait) =>
    wait
      ? `Per daug bandymų. Bandykite dar kartą vėliau. Liko laukti: ${wait}.`
      : 'Per daug bandymų. Bandykite dar kartą vėliau.',
  errorProvider: 'Nepavyko išsiųsti SMS žinutės. Netrukus bandykite dar kartą.',
  errorNetwork: 'Nepavyko prisijungti prie serverio. Patikrinkite ryšį ir bandykite dar kartą.',
  errorUnknown: 'Kažkas nepavyko. Bandykite dar kartą.',
};

export default lt;
