import type { Translation } from '../translation.js';

const hu: Translation = {
  $code: 'hu',
  $name: 'Magyar',
  $dir: 'ltr',

  title: 'Bejelentkezés telefonnal',
  phoneIntro: 'SMS-ben küldünk egy kódot a bejelentkezéshez.',
  countryLabel: 'Ország',
  selectedCountry: (country, callingCode) => `Ország: ${country} (${callingCode})`,
  searchCountries: 'Ország keresése',
  noCountryFound: 'Nincs ilyen ország',
  phoneLabel: 'Telefonszám',
  sendCode: 'Kód küldése',
  sending: 'Küldés…',

  codeTitle: 'Adja meg a kódot',
  codeSentTo: (phoneNumber) => `Kódot küldtünk a következő számra: ${phoneNumber}.`,
  codeHint: { one: '{count} számjegy', other: '{count} számjegy' },
  codeLabel: 'Ellenőrző kód',
  verify: 'Ellenőrzés',
  verifying: 'Ellenőrzés…',
  useAnotherNumber: 'Másik szám használata',
  resendCode: 'Új kód küldése',
  resendIn: { one: 'Új kód {count} mp múlva', other: 'Új kód {count} mp múlva' },
  codeResent: 'Úton van egy új kód.',

  successTitle: 'Bejelentkezett',
  successText: 'Telefonszáma ellenőrizve.',

  retry: 'Újra',
  errorInvalidNumber: 'Ez a telefonszám nem tűnik helyesnek. Ellenőrizze, és próbálja újra.',
  errorCountryNotAllowed: 'Ebből az országból származó telefonszámokat itt nem fogadunk el.',
  errorWrongCode: 'A kód nem megfelelő. Ellenőrizze, és próbálja újra.',
  errorWrongCodeAttemptsLeft: {
    one: 'A kód nem megfelelő. Még {count} próbálkozás van hátra.',
    other: 'A kód nem megfelelő. Még {count} próbálkozás van hátra.',
  },
  errorIncompleteCode: {
    one: 'Adja meg a teljes kódot ({count} számjegy).',
    other: 'Adja meg a teljes kódot ({count} számjegy).',
  },
  errorTooManyAttempts: 'Túl sok hibás kód. Kérjen új kódot.',
  errorExpired: 'Ez a kód lejárt. Kérjen új kódot.',
  errorSignupDisabled: 'Ehhez a telefonszámhoz nem tartozik fiók.',
  errorRateLimited: (wait) =>
    wait
      ? `Túl sok próbálkozás. Próbálja újra ${wait} múlva.`
      : 'Túl sok próbálkozás. Próbálja újra később.',
  errorProvider: 'Nem sikerült elküldeni az SMS-t. Próbálja újra egy kis idő múlva.',
  errorNetwork: 'Nem sikerült elérni a szervert. Ellenőrizze a kapcsolatot, és próbálja újra.',
  errorUnknown: 'Hiba történt. Próbálja újra.',
};

export default hu;
