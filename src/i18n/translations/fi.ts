import type { Translation } from '../translation.js';

const fi: Translation = {
  $code: 'fi',
  $name: 'Suomi',
  $dir: 'ltr',

  title: 'Kirjaudu puhelimella',
  phoneIntro: 'Lähetämme sinulle kirjautumiskoodin tekstiviestillä.',
  countryLabel: 'Maa',
  selectedCountry: (country, callingCode) => `Maa: ${country} (${callingCode})`,
  searchCountries: 'Hae maata',
  noCountryFound: 'Maata ei löytynyt',
  phoneLabel: 'Puhelinnumero',
  sendCode: 'Lähetä koodi',
  sending: 'Lähetetään…',

  codeTitle: 'Anna koodi',
  codeSentTo: (phoneNumber) => `Lähetimme koodin numeroon ${phoneNumber}.`,
  codeHint: { one: '{count} numero', other: '{count} numeroa' },
  codeLabel: 'Vahvistuskoodi',
  verify: 'Vahvista',
  verifying: 'Vahvistetaan…',
  useAnotherNumber: 'Käytä toista numeroa',
  resendCode: 'Lähetä uusi koodi',
  resendIn: { one: 'Uusi koodi {count} s kuluttua', other: 'Uusi koodi {count} s kuluttua' },
  codeResent: 'Uusi koodi on tulossa.',

  successTitle: 'Olet kirjautunut sisään',
  successText: 'Puhelinnumerosi on vahvistettu.',

  retry: 'Yritä uudelleen',
  errorInvalidNumber: 'Puhelinnumero ei näytä oikealta. Tarkista se ja yritä uudelleen.',
  errorCountryNotAllowed: 'Tämän maan puhelinnumeroita ei hyväksytä täällä.',
  errorWrongCode: 'Koodi ei ole oikein. Tarkista se ja yritä uudelleen.',
  errorWrongCodeAttemptsLeft: {
    one: 'Koodi ei ole oikein. {count} yritys jäljellä.',
    other: 'Koodi ei ole oikein. {count} yritystä jäljellä.',
  },
  errorIncompleteCode: {
    one: 'Anna {count}-numeroinen koodi.',
    other: 'Anna {count}-numeroinen koodi.',
  },
  errorTooManyAttempts: 'Liian monta väärää koodia. Pyydä uusi koodi.',
  errorExpired: 'Koodi on vanhentunut. Pyydä uusi koodi.',
  errorSignupDisabled: 'Tällä puhelinnumerolla ei ole tiliä.',
  errorRateLimited: (wait) =>
    wait
      ? `Liian monta yritystä. Odota ${wait} ja yritä uudelleen.`
      : 'Liian monta yritystä. Yritä myöhemmin uudelleen.',
  errorProvider: 'Tekstiviestiä ei voitu lähettää. Yritä hetken kuluttua uudelleen.',
  errorNetwork: 'Palvelimeen ei saatu yhteyttä. Tarkista yhteys ja yritä uudelleen.',
  errorUnknown: 'Jokin meni vikaan. Yritä uudelleen.',
};

export default fi;
