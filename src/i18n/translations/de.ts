import type { Translation } from '../translation.js';

const de: Translation = {
  $code: 'de',
  $name: 'Deutsch',
  $dir: 'ltr',

  title: 'Mit dem Telefon anmelden',
  phoneIntro: 'Wir schicken Ihnen einen Code per SMS.',
  countryLabel: 'Land',
  selectedCountry: (country, callingCode) => `Land: ${country} (${callingCode})`,
  searchCountries: 'Länder suchen',
  noCountryFound: 'Kein Land gefunden',
  phoneLabel: 'Telefonnummer',
  sendCode: 'Code senden',
  sending: 'Wird gesendet…',

  codeTitle: 'Code eingeben',
  codeSentTo: (phoneNumber) => `Wir haben einen Code an ${phoneNumber} gesendet.`,
  codeHint: (length) => `${length} Ziffern`,
  codeLabel: 'Bestätigungscode',
  verify: 'Bestätigen',
  verifying: 'Wird geprüft…',
  useAnotherNumber: 'Andere Nummer verwenden',
  resendCode: 'Neuen Code senden',
  resendIn: (seconds) => `Neuer Code in ${seconds} s`,
  codeResent: 'Ein neuer Code ist unterwegs.',

  successTitle: 'Sie sind angemeldet',
  successText: 'Ihre Telefonnummer ist bestätigt.',

  retry: 'Erneut versuchen',
  errorInvalidNumber: 'Diese Telefonnummer scheint nicht zu stimmen. Bitte prüfen Sie sie.',
  errorCountryNotAllowed: 'Telefonnummern aus diesem Land werden hier nicht akzeptiert.',
  errorWrongCode: (attemptsLeft) =>
    attemptsLeft === undefined
      ? 'Der Code ist falsch. Bitte prüfen Sie ihn.'
      : `Der Code ist falsch. Noch ${attemptsLeft} ${attemptsLeft === 1 ? 'Versuch' : 'Versuche'}.`,
  errorIncompleteCode: (length) => `Geben Sie den ${length}-stelligen Code ein.`,
  errorTooManyAttempts: 'Zu viele falsche Codes. Fordern Sie einen neuen Code an.',
  errorExpired: 'Dieser Code ist abgelaufen. Fordern Sie einen neuen Code an.',
  errorSignupDisabled: 'Zu dieser Telefonnummer gibt es kein Konto.',
  errorRateLimited: (wait) =>
    wait
      ? `Zu viele Versuche. Versuchen Sie es in ${wait} erneut.`
      : 'Zu viele Versuche. Versuchen Sie es später erneut.',
  errorProvider: 'Die SMS konnte nicht gesendet werden. Versuchen Sie es gleich noch einmal.',
  errorNetwork: 'Der Server ist nicht erreichbar. Prüfen Sie Ihre Verbindung.',
  errorUnknown: 'Etwas ist schiefgelaufen. Bitte erneut versuchen.',
};

export default de;
