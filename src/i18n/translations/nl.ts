import type { Translation } from '../translation.js';

const nl: Translation = {
  $code: 'nl',
  $name: 'Nederlands',
  $dir: 'ltr',

  title: 'Inloggen met je telefoon',
  phoneIntro: 'We sturen je een code per sms.',
  countryLabel: 'Land',
  selectedCountry: (country, callingCode) => `Land: ${country} (${callingCode})`,
  searchCountries: 'Landen zoeken',
  noCountryFound: 'Geen land gevonden',
  phoneLabel: 'Telefoonnummer',
  sendCode: 'Code versturen',
  sending: 'Versturen…',

  codeTitle: 'Voer de code in',
  codeSentTo: (phoneNumber) => `We hebben een code gestuurd naar ${phoneNumber}.`,
  codeHint: { one: '{count} cijfer', other: '{count} cijfers' },
  codeLabel: 'Verificatiecode',
  verify: 'Bevestigen',
  verifying: 'Controleren…',
  useAnotherNumber: 'Ander nummer gebruiken',
  resendCode: 'Nieuwe code sturen',
  resendIn: { one: 'Nieuwe code over {count} s', other: 'Nieuwe code over {count} s' },
  codeResent: 'Er is een nieuwe code onderweg.',

  successTitle: 'Je bent ingelogd',
  successText: 'Je telefoonnummer is bevestigd.',

  retry: 'Opnieuw proberen',
  errorInvalidNumber:
    'Dit telefoonnummer lijkt niet te kloppen. Controleer het en probeer opnieuw.',
  errorCountryNotAllowed: 'Telefoonnummers uit dit land worden hier niet geaccepteerd.',
  errorWrongCode: 'Deze code klopt niet. Controleer hem en probeer opnieuw.',
  errorWrongCodeAttemptsLeft: {
    one: 'Deze code klopt niet. Nog {count} poging.',
    other: 'Deze code klopt niet. Nog {count} pogingen.',
  },
  errorIncompleteCode: {
    one: 'Voer de {count}-cijferige code in.',
    other: 'Voer de {count}-cijferige code in.',
  },
  errorTooManyAttempts: 'Te veel verkeerde codes. Vraag een nieuwe code aan.',
  errorExpired: 'Deze code is verlopen. Vraag een nieuwe code aan.',
  errorSignupDisabled: 'Er is geen account met dit telefoonnummer.',
  errorRateLimited: (wait) =>
    wait
      ? `Te veel pogingen. Probeer het over ${wait} opnieuw.`
      : 'Te veel pogingen. Probeer het later opnieuw.',
  errorProvider: 'De sms kon niet worden verstuurd. Probeer het zo opnieuw.',
  errorNetwork: 'De server is niet bereikbaar. Controleer je verbinding en probeer opnieuw.',
  errorUnknown: 'Er ging iets mis. Probeer het opnieuw.',
};

export default nl;
