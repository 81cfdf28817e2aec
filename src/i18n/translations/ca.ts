import type { Translation } from '../translation.js';

const ca: Translation = {
  $code: 'ca',
  $name: 'Català',
  $dir: 'ltr',

  title: 'Inicia la sessió amb el telèfon',
  phoneIntro: 'T’enviarem un codi per SMS per iniciar la sessió.',
  countryLabel: 'País',
  selectedCountry: (country, callingCode) => `País: ${country} (${callingCode})`,
  searchCountries: 'Cerca un país',
  noCountryFound: 'No s’ha trobat cap país',
  phoneLabel: 'Número de telèfon',
  sendCode: 'Envia el codi',
  sending: 'S’està enviant…',

  codeTitle: 'Introdueix el codi',
  codeSentTo: (phoneNumber) => `Hem enviat un codi al ${phoneNumber}.`,
  codeHint: { one: '{count} dígit', many: '{count} de dígits', other: '{count} dígits' },
  codeLabel: 'Codi de verificació',
  verify: 'Verifica',
  verifying: 'S’està verificant…',
  useAnotherNumber: 'Utilitza un altre número',
  resendCode: 'Envia un codi nou',
  resendIn: {
    one: 'Codi nou d’aquí a {count} s',
    many: 'Codi nou d’aquí a {count} s',
    other: 'Codi nou d’aquí a {count} s',
  },
  codeResent: 'Un codi nou és de camí.',

  successTitle: 'Has iniciat la sessió',
  successText: 'El teu número de telèfon s’ha verificat.',

  retry: 'Torna-ho a provar',
  errorInvalidNumber: 'Aquest número de telèfon no sembla correcte. Revisa’l i torna-ho a provar.',
  errorCountryNotAllowed: 'Aquí no s’accepten números de telèfon d’aquest país.',
  errorWrongCode: 'El codi no és correcte. Revisa’l i torna-ho a provar.',
  errorWrongCodeAttemptsLeft: {
    one: 'El codi no és correcte. Queda {count} intent.',
    many: 'El codi no és correcte. Queden {count} d’intents.',
    other: 'El codi no és correcte. Queden {count} intents.',
  },
  errorIncompleteCode: {
    one: 'Introdueix el codi de {count} dígit.',
    many: 'Introdueix el codi de {count} de dígits.',
    other: 'Introdueix el codi de {count} dígits.',
  },
  errorTooManyAttempts: 'Massa codis incorrectes. Demana un codi nou.',
  errorExpired: 'Aquest codi ha caducat. Demana un codi nou.',
  errorSignupDisabled: 'No hi ha cap compte amb aquest número de telèfon.',
  errorRateLimited: (wait) =>
    wait
      ? `Massa intents. Torna-ho a provar d’aquí a ${wait}.`
      : 'Massa intents. Torna-ho a provar més tard.',
  errorProvider: 'No hem pogut enviar l’SMS. Torna-ho a provar d’aquí a una estona.',
  errorNetwork: 'No hem pogut connectar amb el servidor. Comprova la connexió i torna-ho a provar.',
  errorUnknown: 'Alguna cosa no ha anat bé. Torna-ho a provar.',
};

export default ca;
