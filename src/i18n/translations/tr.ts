import type { Translation } from '../translation.js';

const tr: Translation = {
  $code: 'tr',
  $name: 'Türkçe',
  $dir: 'ltr',

  title: 'Telefonunuzla giriş yapın',
  phoneIntro: 'Size SMS ile bir kod göndereceğiz.',
  countryLabel: 'Ülke',
  selectedCountry: (country, callingCode) => `Ülke: ${country} (${callingCode})`,
  searchCountries: 'Ülke ara',
  noCountryFound: 'Ülke bulunamadı',
  phoneLabel: 'Telefon numarası',
  sendCode: 'Kod gönder',
  sending: 'Gönderiliyor…',

  codeTitle: 'Kodu girin',
  codeSentTo: (phoneNumber) => `${phoneNumber} numarasına bir kod gönderdik.`,
  codeHint: { one: '{count} haneli', other: '{count} haneli' },
  codeLabel: 'Doğrulama kodu',
  verify: 'Doğrula',
  verifying: 'Doğrulanıyor…',
  useAnotherNumber: 'Başka bir numara kullan',
  resendCode: 'Yeni kod gönder',
  resendIn: { one: '{count} sn sonra yeni kod', other: '{count} sn sonra yeni kod' },
  codeResent: 'Yeni bir kod yolda.',

  successTitle: 'Giriş yaptınız',
  successText: 'Telefon numaranız doğrulandı.',

  retry: 'Tekrar dene',
  errorInvalidNumber: 'Bu telefon numarası doğru görünmüyor. Kontrol edip tekrar deneyin.',
  errorCountryNotAllowed: 'Bu ülkenin telefon numaraları burada kabul edilmiyor.',
  errorWrongCode: 'Kod yanlış. Kontrol edip tekrar deneyin.',
  errorWrongCodeAttemptsLeft: {
    one: 'Kod yanlış. {count} deneme hakkınız kaldı.',
    other: 'Kod yanlış. {count} deneme hakkınız kaldı.',
  },
  errorIncompleteCode: { one: '{count} haneli kodu girin.', other: '{count} haneli kodu girin.' },
  errorTooManyAttempts: 'Çok fazla yanlış kod girildi. Yeni bir kod isteyin.',
  errorExpired: 'Bu kodun süresi doldu. Yeni bir kod isteyin.',
  errorSignupDisabled: 'Bu telefon numarasına ait bir hesap yok.',
  errorRateLimited: (wait) =>
    wait
      ? `Çok fazla deneme. ${wait} sonra tekrar deneyin.`
      : 'Çok fazla deneme. Daha sonra tekrar deneyin.',
  errorProvider: 'SMS gönderilemedi. Birazdan tekrar deneyin.',
  errorNetwork: 'Sunucuya ulaşılamadı. Bağlantınızı kontrol edip tekrar deneyin.',
  errorUnknown: 'Bir şeyler ters gitti. Tekrar deneyin.',
};

export default tr;
