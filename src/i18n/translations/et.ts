import type { Translation } from '../translation.js';

const et: Translation = {
  $code: 'et',
  $name: 'Eesti',
  $dir: 'ltr',

  title: 'Logige sisse telefoniga',
  phoneIntro: 'Saadame teile sisselogimiseks SMS-iga koodi.',
  countryLabel: 'Riik',
  selectedCountry: (country, callingCode) => `Riik: ${country} (${callingCode})`,
  searchCountries: 'Otsige riiki',
  noCountryFound: 'Riiki ei leitud',
  phoneLabel: 'Telefoninumber',
  sendCode: 'Saada kood',
  sending: 'Saatmine…',

  codeTitle: 'Sisestage kood',
  codeSentTo: (phoneNumber) => `Saatsime koodi numbrile ${phoneNumber}.`,
  codeHint: { one: '{count} number', other: '{count} numbrit' },
  codeLabel: 'Kinnituskood',
  verify: 'Kinnita',
  verifying: 'Kinnitamine…',
  useAnotherNumber: 'Kasuta teist numbrit',
  resendCode: 'Saada uus kood',
  resendIn: { one: 'Uus kood {count} s pärast', other: 'Uus kood {count} s pärast' },
  codeResent: 'Uus kood on teel.',

  successTitle: 'Olete sisse logitud',
  successText: 'Teie telefoninumber on kinnitatud.',

  retry: 'Proovi uuesti',
  errorInvalidNumber: 'See telefoninumber ei tundu õige. Kontrollige seda ja proovige uuesti.',
  errorCountryNotAllowed: 'Selle riigi telefoninumbreid siin ei aktsepteerita.',
  errorWrongCode: 'Kood ei ole õige. Kontrollige seda ja proovige uuesti.',
  errorWrongCodeAttemptsLeft: {
    one: 'Kood ei ole õige. Jäänud on {count} katse.',
    other: 'Kood ei ole õige. Jäänud on {count} katset.',
  },
  errorIncompleteCode: {
    one: 'Sisestage {count}-kohaline kood.',
    other: 'Sisestage {count}-kohaline kood.',
  },
  errorTooManyAttempts: 'Liiga palju valesid koode. Küsige uus kood.',
  errorExpired: 'See kood on aegunud. Küsige uus kood.',
  errorSignupDisabled: 'Selle telefoninumbriga kontot ei ole.',
  errorRateLimited: (wait) =>
    wait
      ? `Liiga palju katseid. Oodake ${wait} ja proovige uuesti.`
      : 'Liiga palju katseid. Proovige hiljem uuesti.',
  errorProvider: 'SMS-i ei õnnestunud saata. Proovige veidi aja pärast uuesti.',
  errorNetwork: 'Serveriga ei õnnestunud ühendust luua. Kontrollige ühendust ja proovige uuesti.',
  errorUnknown: 'Midagi läks valesti. Proovige uuesti.',
};

export default et;
