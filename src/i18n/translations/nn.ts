import type { Translation } from '../translation.js';

const nn: Translation = {
  $code: 'nn',
  $name: 'Norsk nynorsk',
  $dir: 'ltr',

  title: 'Logg på med telefonen',
  phoneIntro: 'Vi sender deg ein kode på SMS som du loggar på med.',
  countryLabel: 'Land',
  selectedCountry: (country, callingCode) => `Land: ${country} (${callingCode})`,
  searchCountries: 'Søk etter land',
  noCountryFound: 'Fann ikkje noko land',
  phoneLabel: 'Telefonnummer',
  sendCode: 'Send kode',
  sending: 'Sender…',

  codeTitle: 'Skriv inn koden',
  codeSentTo: (phoneNumber) => `Vi har sendt ein kode til ${phoneNumber}.`,
  codeHint: { one: '{count} siffer', other: '{count} siffer' },
  codeLabel: 'Stadfestingskode',
  verify: 'Stadfest',
  verifying: 'Stadfestar…',
  useAnotherNumber: 'Bruk eit anna nummer',
  resendCode: 'Send ein ny kode',
  resendIn: { one: 'Ny kode om {count} s', other: 'Ny kode om {count} s' },
  codeResent: 'Ein ny kode er på veg.',

  successTitle: 'Du er logga på',
  successText: 'Telefonnummeret ditt er stadfesta.',

  retry: 'Prøv igjen',
  errorInvalidNumber: 'Dette telefonnummeret ser ikkje rett ut. Sjekk det og prøv igjen.',
  errorCountryNotAllowed: 'Telefonnummer frå dette landet blir ikkje godtekne her.',
  errorWrongCode: 'Koden er feil. Sjekk han og prøv igjen.',
  errorWrongCodeAttemptsLeft: {
    one: 'Koden er feil. {count} forsøk att.',
    other: 'Koden er feil. {count} forsøk att.',
  },
  errorIncompleteCode: {
    one: 'Skriv inn den {count}-sifra koden.',
    other: 'Skriv inn den {count}-sifra koden.',
  },
  errorTooManyAttempts: 'For mange feil kodar. Be om ein ny kode.',
  errorExpired: 'Koden har gått ut. Be om ein ny kode.',
  errorSignupDisabled: 'Det finst ingen konto med dette telefonnummeret.',
  errorRateLimited: (wait) =>
    wait ? `For mange forsøk. Prøv igjen om ${wait}.` : 'For mange forsøk. Prøv igjen seinare.',
  errorProvider: 'Vi fekk ikkje sendt SMS-en. Prøv igjen om litt.',
  errorNetwork: 'Vi får ikkje kontakt med tenaren. Sjekk tilkoplinga og prøv igjen.',
  errorUnknown: 'Noko gjekk gale. Prøv igjen.',
};

export default nn;
