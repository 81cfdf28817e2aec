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
  codeHint: { one: '{count} Ziffer', other: '{count} Ziffern' },
  codeLabel: 'Bestätigungscode',
  verify: 'Bestätigen',
  verifying: 'Wird geprüft…',
  useAnotherNumber: 'Andere Nummer verwenden',
  resendCode: 'Neuen Code senden',
  resendIn: { one: 'Neuer Code in {count} s', other: 'Neuer Code in {count} s' },
  codeResent: 'Ein neuer Code ist unterwegs.',

  successTitle: 'Sie sind angemeldet',
  successText: 'Ihre Telefonnummer ist bestätigt.',

  retry: 'Erneut versuchen',
  errorInvalidNumber: 'Diese Telefonnummer scheint nicht zu stimmen. Bitte prüfen Sie sie.',
  errorCountryNotAllowed: 'Telefonnummern aus diesem Land werden hier nicht akzeptiert.',
  errorWrongCode: 'Der Code ist falsch. Bitte prüfen Sie ihn.',
  errorWrongCodeAttemptsLeft: {
    one: 'Der Code ist falsch. Noch {count} Versuch.',
    other: 'Der Code ist falsch. Noch {count} Versuche.',
  },
  errorIncompleteCode: {
    one: 'Geben Sie den {count}-stelligen Code ein.',
    other: 'Geben Sie den {count}-stelligen Code ein.',
  },
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
