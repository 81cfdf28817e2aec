import type { Translation } from '../translation.js';

const da: Translation = {
  $code: 'da',
  $name: 'Dansk',
  $dir: 'ltr',

  title: 'Log ind med din telefon',
  phoneIntro: 'Vi sender dig en kode i en sms, så du kan logge ind.',
  countryLabel: 'Land',
  selectedCountry: (country, callingCode) => `Land: ${country} (${callingCode})`,
  searchCountries: 'Søg efter land',
  noCountryFound: 'Intet land fundet',
  phoneLabel: 'Telefonnummer',
  sendCode: 'Send kode',
  sending: 'Sender…',

  codeTitle: 'Indtast koden',
  codeSentTo: (phoneNumber) => `Vi har sendt en kode til ${phoneNumber}.`,
  codeHint: { one: '{count} ciffer', other: '{count} cifre' },
  codeLabel: 'Bekræftelseskode',
  verify: 'Bekræft',
  verifying: 'Bekræfter…',
  useAnotherNumber: 'Brug et andet nummer',
  resendCode: 'Send en ny kode',
  resendIn: { one: 'Ny kode om {count} sek.', other: 'Ny kode om {count} sek.' },
  codeResent: 'En ny kode er på vej.',

  successTitle: 'Du er logget ind',
  successText: 'Dit telefonnummer er bekræftet.',

  retry: 'Prøv igen',
  errorInvalidNumber: 'Telefonnummeret ser ikke rigtigt ud. Tjek det, og prøv igen.',
  errorCountryNotAllowed: 'Telefonnumre fra dette land accepteres ikke her.',
  errorWrongCode: 'Koden er forkert. Tjek den, og prøv igen.',
  errorWrongCodeAttemptsLeft: {
    one: 'Koden er forkert. {count} forsøg tilbage.',
    other: 'Koden er forkert. {count} forsøg tilbage.',
  },
  errorIncompleteCode: {
    one: 'Indtast den {count}-cifrede kode.',
    other: 'Indtast den {count}-cifrede kode.',
  },
  errorTooManyAttempts: 'For mange forkerte koder. Bed om en ny kode.',
  errorExpired: 'Koden er udløbet. Bed om en ny kode.',
  errorSignupDisabled: 'Der er ingen konto med dette telefonnummer.',
  errorRateLimited: (wait) =>
    wait ? `For mange forsøg. Prøv igen om ${wait}.` : 'For mange forsøg. Prøv igen senere.',
  errorProvider: 'Vi kunne ikke sende sms’en. Prøv igen om lidt.',
  errorNetwork: 'Vi kunne ikke få forbindelse til serveren. Tjek din forbindelse, og prøv igen.',
  errorUnknown: 'Noget gik galt. Prøv igen.',
};

export default da;
