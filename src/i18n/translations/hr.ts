import type { Translation } from '../translation.js';

const hr: Translation = {
  $code: 'hr',
  $name: 'Hrvatski',
  $dir: 'ltr',

  title: 'Prijava telefonom',
  phoneIntro: 'Poslat ćemo vam kôd SMS-om za prijavu.',
  countryLabel: 'Država',
  selectedCountry: (country, callingCode) => `Država: ${country} (${callingCode})`,
  searchCountries: 'Pretraži države',
  noCountryFound: 'Nije pronađena nijedna država',
  phoneLabel: 'Telefonski broj',
  sendCode: 'Pošalji kôd',
  sending: 'Slanje…',

  codeTitle: 'Unesite kôd',
  codeSentTo: (phoneNumber) => `Poslali smo kôd na broj ${phoneNumber}.`,
  codeHint: { one: '{count} znamenka', few: '{count} znamenke', other: '{count} znamenki' },
  codeLabel: 'Kôd za potvrdu',
  verify: 'Potvrdi',
  verifying: 'Provjera…',
  useAnotherNumber: 'Upotrijebi drugi broj',
  resendCode: 'Pošalji novi kôd',
  resendIn: {
    one: 'Novi kôd za {count} s',
    few: 'Novi kôd za {count} s',
    other: 'Novi kôd za {count} s',
  },
  codeResent: 'Novi kôd je na putu.',

  successTitle: 'Prijavljeni ste',
  successText: 'Vaš je telefonski broj potvrđen.',

  retry: 'Pokušaj ponovno',
  errorInvalidNumber:
    'Čini se da telefonski broj nije ispravan. Provjerite ga i pokušajte ponovno.',
  errorCountryNotAllowed: 'Telefonski brojevi iz ove države ovdje se ne prihvaćaju.',
  errorWrongCode: 'Kôd nije ispravan. Provjerite ga i pokušajte ponovno.',
  errorWrongCodeAttemptsLeft: {
    one: 'Kôd nije ispravan. Preostao je {count} pokušaj.',
    few: 'Kôd nije ispravan. Preostala su {count} pokušaja.',
    other: 'Kôd nije ispravan. Preostalo je {count} pokušaja.',
  },
  errorIncompleteCode: {
    one: 'Unesite kôd od {count} znamenke.',
    few: 'Unesite kôd od {count} znamenke.',
    other: 'Unesite kôd od {count} znamenki.',
  },
  errorTooManyAttempts: 'Previše pogrešnih kôdova. Zatražite novi kôd.',
  errorExpired: 'Ovaj je kôd istekao. Zatražite novi kôd.',
  errorSignupDisabled: 'Ne postoji račun s ovim telefonskim brojem.',
  errorRateLimited: (wait) =>
    wait
      ? `Previše pokušaja. Pokušajte ponovno za ${wait}.`
      : 'Previše pokušaja. Pokušajte ponovno kasnije.',
  errorProvider: 'SMS nije poslan. Pokušajte ponovno za nekoliko trenutaka.',
  errorNetwork: 'Nije moguće povezati se s poslužiteljem. Provjerite vezu i pokušajte ponovno.',
  errorUnknown: 'Nešto nije u redu. Pokušajte ponovno.',
};

export default hr;
