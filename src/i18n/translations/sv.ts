import type { Translation } from '../translation.js';

const sv: Translation = {
  $code: 'sv',
  $name: 'Svenska',
  $dir: 'ltr',

  title: 'Logga in med telefonen',
  phoneIntro: 'Vi skickar en kod till dig via sms.',
  countryLabel: 'Land',
  selectedCountry: (country, callingCode) => `Land: ${country} (${callingCode})`,
  searchCountries: 'Sök land',
  noCountryFound: 'Inget land hittades',
  phoneLabel: 'Telefonnummer',
  sendCode: 'Skicka kod',
  sending: 'Skickar…',

  codeTitle: 'Ange koden',
  codeSentTo: (phoneNumber) => `Vi har skickat en kod till ${phoneNumber}.`,
  codeHint: { one: '{count} siffra', other: '{count} siffror' },
  codeLabel: 'Verifieringskod',
  verify: 'Verifiera',
  verifying: 'Verifierar…',
  useAnotherNumber: 'Använd ett annat nummer',
  resendCode: 'Skicka en ny kod',
  resendIn: { one: 'Ny kod om {count} s', other: 'Ny kod om {count} s' },
  codeResent: 'En ny kod är på väg.',

  successTitle: 'Du är inloggad',
  successText: 'Ditt telefonnummer är verifierat.',

  retry: 'Försök igen',
  errorInvalidNumber: 'Telefonnumret verkar inte stämma. Kontrollera det och försök igen.',
  errorCountryNotAllowed: 'Telefonnummer från det här landet godtas inte här.',
  errorWrongCode: 'Koden stämmer inte. Kontrollera den och försök igen.',
  errorWrongCodeAttemptsLeft: {
    one: 'Koden stämmer inte. {count} försök kvar.',
    other: 'Koden stämmer inte. {count} försök kvar.',
  },
  errorIncompleteCode: {
    one: 'Ange koden med {count} siffra.',
    other: 'Ange koden med {count} siffror.',
  },
  errorTooManyAttempts: 'För många felaktiga koder. Begär en ny kod.',
  errorExpired: 'Koden har gått ut. Begär en ny kod.',
  errorSignupDisabled: 'Det finns inget konto med det här telefonnumret.',
  errorRateLimited: (wait) =>
    wait ? `För många försök. Försök igen om ${wait}.` : 'För många försök. Försök igen senare.',
  errorProvider: 'Sms:et kunde inte skickas. Försök igen om en stund.',
  errorNetwork: 'Servern kan inte nås. Kontrollera din anslutning och försök igen.',
  errorUnknown: 'Något gick fel. Försök igen.',
};

export default sv;
