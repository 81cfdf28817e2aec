import type { Translation } from '../translation.js';

const attempts = (n: number) => {
  const mod10 = n % 10;
  const mod100 = n % 100;
  if (n === 1) return 'próba';
  if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) return 'próby';
  return 'prób';
};

const pl: Translation = {
  $code: 'pl',
  $name: 'Polski',
  $dir: 'ltr',

  title: 'Zaloguj się telefonem',
  phoneIntro: 'Wyślemy Ci kod SMS-em.',
  countryLabel: 'Kraj',
  selectedCountry: (country, callingCode) => `Kraj: ${country} (${callingCode})`,
  searchCountries: 'Szukaj kraju',
  noCountryFound: 'Nie znaleziono kraju',
  phoneLabel: 'Numer telefonu',
  sendCode: 'Wyślij kod',
  sending: 'Wysyłanie…',

  codeTitle: 'Wpisz kod',
  codeSentTo: (phoneNumber) => `Wysłaliśmy kod na numer ${phoneNumber}.`,
  codeHint: (length) => `Cyfry: ${length}`,
  codeLabel: 'Kod weryfikacyjny',
  verify: 'Potwierdź',
  verifying: 'Sprawdzanie…',
  useAnotherNumber: 'Użyj innego numeru',
  resendCode: 'Wyślij nowy kod',
  resendIn: (seconds) => `Nowy kod za ${seconds} s`,
  codeResent: 'Nowy kod jest w drodze.',

  successTitle: 'Zalogowano',
  successText: 'Twój numer telefonu jest potwierdzony.',

  retry: 'Spróbuj ponownie',
  errorInvalidNumber: 'Ten numer telefonu wygląda na niepoprawny. Sprawdź go i spróbuj ponownie.',
  errorCountryNotAllowed: 'Numery telefonów z tego kraju nie są tutaj akceptowane.',
  errorWrongCode: (attemptsLeft) =>
    attemptsLeft === undefined
      ? 'Kod jest niepoprawny. Sprawdź go i spróbuj ponownie.'
      : `Kod jest niepoprawny. Pozostało: ${attemptsLeft} ${attempts(attemptsLeft)}.`,
  errorIncompleteCode: (length) => `Wpisz ${length}-cyfrowy kod.`,
  errorTooManyAttempts: 'Zbyt wiele błędnych kodów. Poproś o nowy kod.',
  errorExpired: 'Ten kod wygasł. Poproś o nowy kod.',
  errorSignupDisabled: 'Nie ma konta z tym numerem telefonu.',
  errorRateLimited: (wait) =>
    wait
      ? `Zbyt wiele prób. Spróbuj ponownie za ${wait}.`
      : 'Zbyt wiele prób. Spróbuj ponownie później.',
  errorProvider: 'Nie udało się wysłać SMS-a. Spróbuj ponownie za chwilę.',
  errorNetwork: 'Brak połączenia z serwerem. Sprawdź połączenie i spróbuj ponownie.',
  errorUnknown: 'Coś poszło nie tak. Spróbuj ponownie.',
};

export default pl;
