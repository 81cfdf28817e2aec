import type { Translation } from '../translation.js';

const az: Translation = {
  $code: 'az',
  $name: 'Azərbaycan',
  $dir: 'ltr',

  title: 'Telefonla daxil olun',
  phoneIntro: 'Daxil olmaq üçün sizə SMS ilə kod göndərəcəyik.',
  countryLabel: 'Ölkə',
  selectedCountry: (country, callingCode) => `Ölkə: ${country} (${callingCode})`,
  searchCountries: 'Ölkə axtarın',
  noCountryFound: 'Ölkə tapılmadı',
  phoneLabel: 'Telefon nömrəsi',
  sendCode: 'Kodu göndərin',
  sending: 'Göndərilir…',

  codeTitle: 'Kodu daxil edin',
  codeSentTo: (phoneNumber) => `Kodu ${phoneNumber} nömrəsinə göndərdik.`,
  codeHint: { one: '{count} rəqəm', other: '{count} rəqəm' },
  codeLabel: 'Təsdiq kodu',
  verify: 'Təsdiq edin',
  verifying: 'Yoxlanılır…',
  useAnotherNumber: 'Başqa nömrə istifadə edin',
  resendCode: 'Yeni kod göndərin',
  resendIn: { one: '{count} san sonra yeni kod', other: '{count} san sonra yeni kod' },
  codeResent: 'Yeni kod yoldadır.',

  successTitle: 'Daxil oldunuz',
  successText: 'Telefon nömrəniz təsdiqləndi.',

  retry: 'Yenidən cəhd edin',
  errorInvalidNumber: 'Bu telefon nömrəsi düzgün görünmür. Yoxlayıb yenidən cəhd edin.',
  errorCountryNotAllowed: 'Bu ölkənin telefon nömrələri burada qəbul edilmir.',
  errorWrongCode: 'Kod düzgün deyil. Yoxlayıb yenidən cəhd edin.',
  errorWrongCodeAttemptsLeft: {
    one: 'Kod düzgün deyil. {count} cəhd qaldı.',
    other: 'Kod düzgün deyil. {count} cəhd qaldı.',
  },
  errorIncompleteCode: {
    one: '{count} rəqəmli kodu daxil edin.',
    other: '{count} rəqəmli kodu daxil edin.',
  },
  errorTooManyAttempts: 'Həddən çox yanlış kod. Yeni kod istəyin.',
  errorExpired: 'Bu kodun müddəti bitib. Yeni kod istəyin.',
  errorSignupDisabled: 'Bu telefon nömrəsi ilə hesab yoxdur.',
  errorRateLimited: (wait) =>
    wait
      ? `Həddən çox cəhd. ${wait} sonra yenidən cəhd edin.`
      : 'Həddən çox cəhd. Bir qədər sonra yenidən cəhd edin.',
  errorProvider: 'SMS göndərə bilmədik. Bir azdan yenidən cəhd edin.',
  errorNetwork: 'Serverə qoşula bilmədik. Bağlantınızı yoxlayıb yenidən cəhd edin.',
  errorUnknown: 'Xəta baş verdi. Yenidən cəhd edin.',
};

export default az;
