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
  codeHint: { one: '{count} cifra', many: '{count} di cifre', other: '{count} cifre' },
  codeLabel: 'Codice di verifica',
  verify: 'Verifica',
  verifying: 'Verifica in corso…',
  useAnotherNumber: 'Usa un altro numero',
  resendCode: 'Invia un nuovo codice',
  resendIn: {
    one: 'Nuovo codice tra {count} s',
    many: 'Nuovo codice tra {count} s',
    other: 'Nuovo codice tra {count} s',
  },
  codeResent: 'Un nuovo codice è in arrivo.',

  successTitle: 'Accesso effettuato',
  successText: 'Il tuo numero di telefono è verificato.',

  retry: 'Riprova',
  errorInvalidNumber: 'Questo numero di telefono non sembra corretto. Controllalo e riprova.',
  errorCountryNotAllowed: 'I numeri di telefono di questo paese non sono accettati qui.',
  errorWrongCode: 'Il codice non è corretto. Controllalo e riprova.',
  errorWrongCodeAttemptsLeft: {
    one: 'Il codice non è corretto. Resta {count} tentativo.',
    many: 'Il codice non è corretto. Restano {count} di tentativi.',
    other: 'Il codice non è corretto. Restano {count} tentativi.',
  },
  errorIncompleteCode: {
    one: 'Inserisci il codice di {count} cifra.',
    many: 'Inserisci il codice di {count} di cifre.',
    other: 'Inserisci il codice di {count} cifre.',
  },
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
