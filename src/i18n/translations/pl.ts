import type { Translation } from '../translation.js';

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
  codeHint: {
    one: '{count} cyfra',
    few: '{count} cyfry',
    many: '{count} cyfr',
    other: '{count} cyfry',
  },
  codeLabel: 'Kod weryfikacyjny',
  verify: 'Potwierdź',
  verifying: 'Sprawdzanie…',
  useAnotherNumber: 'Użyj innego numeru',
  resendCode: 'Wyślij nowy kod',
  resendIn: {
    one: 'Nowy kod za {count} s',
    few: 'Nowy kod za {count} s',
    many: 'Nowy kod za {count} s',
    other: 'Nowy kod za {count} s',
  },
  codeResent: 'Nowy kod jest w drodze.',

  successTitle: 'Zalogowano',
  successText: 'Twój numer telefonu jest potwierdzony.',

  retry: 'Spróbuj ponownie',
  errorInvalidNumber: 'Ten numer telefonu wygląda na niepoprawny. Sprawdź go i spróbuj ponownie.',
  errorCountryNotAllowed: 'Numery telefonów z tego kraju nie są tutaj akceptowane.',
  errorWrongCode: 'Kod jest niepoprawny. Sprawdź go i spróbuj ponownie.',
  errorWrongCodeAttemptsLeft: {
    one: 'Kod jest niepoprawny. Pozostała {count} próba.',
    few: 'Kod jest niepoprawny. Pozostały {count} próby.',
    many: 'Kod jest niepoprawny. Pozostało {count} prób.',
    other: 'Kod jest niepoprawny. Pozostało {count} próby.',
  },
  errorIncompleteCode: {
    one: 'Wpisz {count}-cyfrowy kod.',
    few: 'Wpisz {count}-cyfrowy kod.',
    many: 'Wpisz {count}-cyfrowy kod.',
    other: 'Wpisz {count}-cyfrowy kod.',
  },
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
