import type { Translation } from '../translation.js';

const it: Translation = {
  $code: 'it',
  $name: 'Italiano',
  $dir: 'ltr',

  title: 'Accedi con il telefono',
  phoneIntro: 'Ti invieremo un codice via SMS.',
  countryLabel: 'Paese',
  selectedCountry: (country, callingCode) => `Paese: ${country} (${callingCode})`,
  searchCountries: 'Cerca un paese',
  noCountryFound: 'Nessun paese trovato',
  phoneLabel: 'Numero di telefono',
  sendCode: 'Invia codice',
  sending: 'Invio in corso…',

  codeTitle: 'Inserisci il codice',
  codeSentTo: (phoneNumber) => `Abbiamo inviato un codice al ${phoneNumber}.`,
  codeHint: (length) => `${length} cifre`,
  codeLabel: 'Codice di verifica',
  verify: 'Verifica',
  verifying: 'Verifica in corso…',
  useAnotherNumber: 'Usa un altro numero',
  resendCode: 'Invia un nuovo codice',
  resendIn: (seconds) => `Nuovo codice tra ${seconds} s`,
  codeResent: 'Un nuovo codice è in arrivo.',

  successTitle: 'Accesso effettuato',
  successText: 'Il tuo numero di telefono è verificato.',

  retry: 'Riprova',
  errorInvalidNumber: 'Questo numero di telefono non sembra corretto. Controllalo e riprova.',
  errorCountryNotAllowed: 'I numeri di telefono di questo paese non sono accettati qui.',
  errorWrongCode: (attemptsLeft) =>
    attemptsLeft === undefined
      ? 'Il codice non è corretto. Controllalo e riprova.'
      : `Il codice non è corretto. ${attemptsLeft === 1 ? 'Resta 1 tentativo' : `Restano ${attemptsLeft} tentativi`}.`,
  errorIncompleteCode: (length) => `Inserisci il codice di ${length} cifre.`,
  errorTooManyAttempts: 'Troppi codici errati. Richiedi un nuovo codice.',
  errorExpired: 'Questo codice è scaduto. Richiedi un nuovo codice.',
  errorSignupDisabled: 'Non esiste un account con questo numero di telefono.',
  errorRateLimited: (wait) =>
    wait ? `Troppi tentativi. Riprova tra ${wait}.` : 'Troppi tentativi. Riprova più tardi.',
  errorProvider: 'Non è stato possibile inviare l’SMS. Riprova tra poco.',
  errorNetwork: 'Impossibile raggiungere il server. Controlla la connessione e riprova.',
  errorUnknown: 'Qualcosa è andato storto. Riprova.',
};

export default it;
