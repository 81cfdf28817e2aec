import type { Translation } from '../translation.js';

const id: Translation = {
  $code: 'id',
  $name: 'Bahasa Indonesia',
  $dir: 'ltr',

  title: 'Masuk dengan ponsel Anda',
  phoneIntro: 'Kami akan mengirim kode lewat SMS.',
  countryLabel: 'Negara',
  selectedCountry: (country, callingCode) => `Negara: ${country} (${callingCode})`,
  searchCountries: 'Cari negara',
  noCountryFound: 'Negara tidak ditemukan',
  phoneLabel: 'Nomor telepon',
  sendCode: 'Kirim kode',
  sending: 'Mengirim…',

  codeTitle: 'Masukkan kode',
  codeSentTo: (phoneNumber) => `Kami telah mengirim kode ke ${phoneNumber}.`,
  codeHint: { other: '{count} digit' },
  codeLabel: 'Kode verifikasi',
  verify: 'Verifikasi',
  verifying: 'Memverifikasi…',
  useAnotherNumber: 'Gunakan nomor lain',
  resendCode: 'Kirim kode baru',
  resendIn: { other: 'Kode baru dalam {count} dtk' },
  codeResent: 'Kode baru sedang dikirim.',

  successTitle: 'Anda sudah masuk',
  successText: 'Nomor telepon Anda sudah terverifikasi.',

  retry: 'Coba lagi',
  errorInvalidNumber: 'Nomor telepon ini sepertinya salah. Periksa lalu coba lagi.',
  errorCountryNotAllowed: 'Nomor telepon dari negara ini tidak diterima di sini.',
  errorWrongCode: 'Kode salah. Periksa lalu coba lagi.',
  errorWrongCodeAttemptsLeft: { other: 'Kode salah. Sisa {count} percobaan.' },
  errorIncompleteCode: { other: 'Masukkan kode {count} digit.' },
  errorTooManyAttempts: 'Terlalu banyak kode salah. Minta kode baru.',
  errorExpired: 'Kode ini sudah kedaluwarsa. Minta kode baru.',
  errorSignupDisabled: 'Tidak ada akun dengan nomor telepon ini.',
  errorRateLimited: (wait) =>
    wait
      ? `Terlalu banyak percobaan. Coba lagi dalam ${wait}.`
      : 'Terlalu banyak percobaan. Coba lagi nanti.',
  errorProvider: 'SMS tidak dapat dikirim. Coba lagi sebentar lagi.',
  errorNetwork: 'Server tidak dapat dihubungi. Periksa koneksi Anda lalu coba lagi.',
  errorUnknown: 'Terjadi kesalahan. Coba lagi.',
};

export default id;
