import type { Translation } from '../translation.js';

const ms: Translation = {
  $code: 'ms',
  $name: 'Bahasa Melayu',
  $dir: 'ltr',

  title: 'Log masuk dengan telefon anda',
  phoneIntro: 'Kami akan menghantar kod melalui SMS untuk anda log masuk.',
  countryLabel: 'Negara',
  selectedCountry: (country, callingCode) => `Negara: ${country} (${callingCode})`,
  searchCountries: 'Cari negara',
  noCountryFound: 'Tiada negara ditemui',
  phoneLabel: 'Nombor telefon',
  sendCode: 'Hantar kod',
  sending: 'Menghantar…',

  codeTitle: 'Masukkan kod',
  codeSentTo: (phoneNumber) => `Kami telah menghantar kod ke ${phoneNumber}.`,
  codeHint: { other: '{count} digit' },
  codeLabel: 'Kod pengesahan',
  verify: 'Sahkan',
  verifying: 'Mengesahkan…',
  useAnotherNumber: 'Guna nombor lain',
  resendCode: 'Hantar kod baharu',
  resendIn: { other: 'Kod baharu dalam {count} saat' },
  codeResent: 'Kod baharu sedang dihantar.',

  successTitle: 'Anda telah log masuk',
  successText: 'Nombor telefon anda telah disahkan.',

  retry: 'Cuba lagi',
  errorInvalidNumber: 'Nombor telefon ini nampaknya tidak betul. Semak dan cuba lagi.',
  errorCountryNotAllowed: 'Nombor telefon dari negara ini tidak diterima di sini.',
  errorWrongCode: 'Kod itu tidak betul. Semak dan cuba lagi.',
  errorWrongCodeAttemptsLeft: { other: 'Kod itu tidak betul. Tinggal {count} percubaan lagi.' },
  errorIncompleteCode: { other: 'Masukkan kod {count} digit.' },
  errorTooManyAttempts: 'Terlalu banyak kod yang salah. Minta kod baharu.',
  errorExpired: 'Kod ini telah tamat tempoh. Minta kod baharu.',
  errorSignupDisabled: 'Tiada akaun dengan nombor telefon ini.',
  errorRateLimited: (wait) =>
    wait
      ? `Terlalu banyak percubaan. Cuba lagi dalam ${wait}.`
      : 'Terlalu banyak percubaan. Cuba lagi nanti.',
  errorProvider: 'Kami tidak dapat menghantar SMS. Cuba lagi sebentar lagi.',
  errorNetwork: 'Kami tidak dapat menghubungi pelayan. Semak sambungan anda dan cuba lagi.',
  errorUnknown: 'Berlaku masalah. Cuba lagi.',
};

export default ms;
