import type { Translation } from '../translation.js';

const nb: Translation = {
  $code: 'nb',
  $name: 'Norsk bokmål',
  $dir: 'ltr',

  title: 'Logg på med telefonen',
  phoneIntro: 'Vi sender deg en kode på SMS som du logger på med.',
  countryLabel: 'Land',
  selectedCountry: (country, callingCode) => `Land: ${country} (${callingCode})`,
  searchCountries: 'Søk etter land',
  noCountryFound: 'Fant ingen land',
  phoneLabel: 'Telefonnummer',
  sendCode: 'Send kode',
  sending: 'Sender…',

  codeTitle: 'Skriv inn koden',
  codeSentTo: (phoneNumber) => `Vi har sendt en kode til ${phoneNumber}.`,
  codeHint: { one: '{count} siffer', other: '{count} sifre' },
  codeLabel: 'Bekreftelseskode',
  verify: 'Bekreft',
  verifying: 'Bekrefter…',
  useAnotherNumber: 'Bruk et annet nummer',
  resendCode: 'Send en ny kode',
  resendIn: { one: 'Ny kode om {count} s', other: 'Ny kode om {count} s' },
  codeResent: 'En ny kode er på vei.',

  successTitle: 'Du er logget på',
  successText: 'Telefonnummeret ditt er bekreftet.',

  retry: 'Prøv igjen',
  errorInvalidNumber: 'Dette telefonnummeret ser ikke riktig ut. Sjekk det og prøv igjen.',
  errorCountryNotAllowed: 'Telefonnumre fra dette landet godtas ikke her.',
  errorWrongCode: 'Koden er feil. Sjekk den og prøv igjen.',
  errorWrongCodeAttemptsLeft: {
    one: 'Koden er feil. {count} forsøk igjen.',
    other: 'Koden er feil. {count} forsøk igjen.',
  },
  errorIncompleteCode: {
    one: 'Skriv inn den {count}-sifrede koden.',
    other: 'Skriv inn den {count}-sifrede koden.',
  },
  errorTooManyAttempts: 'For mange feil koder. Be om en ny kode.',
  errorExpired: 'Koden er utløpt. Be om en ny kode.',
  errorSignupDisabled: 'Det finnes ingen konto med dette telefonnummeret.',
  errorRateLimited: (wait) =>
    wait ? `For mange forsøk. Prøv igjen om ${wait}.` : 'For mange forsøk. Prøv igjen senere.',
  errorProvider: 'Vi fikk ikke sendt SMS-en. Prøv igjen om litt.',
  errorNetwork: 'Vi får ikke kontakt med serveren. Sjekk tilkoblingen og prøv igjen.',
  errorUnknown: 'Noe gikk galt. Prøv igjen.',
};

export default nb;
