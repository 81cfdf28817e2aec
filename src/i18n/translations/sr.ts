import type { Translation } from '../translation.js';

const sr: Translation = {
  $code: 'sr',
  $name: 'Српски',
  $dir: 'ltr',

  title: 'Пријава телефоном',
  phoneIntro: 'Послаћемо вам кôд SMS-ом за пријаву.',
  countryLabel: 'Земља',
  selectedCountry: (country, callingCode) => `Земља: ${country} (${callingCode})`,
  searchCountries: 'Претражите земље',
  noCountryFound: 'Није пронађена ниједна земља',
  phoneLabel: 'Број телефона',
  sendCode: 'Пошаљи кôд',
  sending: 'Слање…',

  codeTitle: 'Унесите кôд',
  codeSentTo: (phoneNumber) => `Послали смо кôд на број ${phoneNumber}.`,
  codeHint: { one: '{count} цифра', few: '{count} цифре', other: '{count} цифара' },
  codeLabel: 'Кôд за верификацију',
  verify: 'Потврди',
  verifying: 'Провера…',
  useAnotherNumber: 'Користи други број',
  resendCode: 'Пошаљи нови кôд',
  resendIn: {
    one: 'Нови кôд за {count} сек',
    few: 'Нови кôд за {count} сек',
    other: 'Нови кôд за {count} сек',
  },
  codeResent: 'Нови кôд је на путу.',

  successTitle: 'Пријављени сте',
  successText: 'Ваш број телефона је потврђен.',

  retry: 'Покушај поново',
  errorInvalidNumber:
    'Изгледа да овај број телефона није исправан. Проверите га и покушајте поново.',
  errorCountryNotAllowed: 'Бројеви телефона из ове земље се овде не прихватају.',
  errorWrongCode: 'Кôд није исправан. Проверите га и покушајте поново.',
  errorWrongCodeAttemptsLeft: {
    one: 'Кôд није исправан. Преостао је {count} покушај.',
    few: 'Кôд није исправан. Преостала су {count} покушаја.',
    other: 'Кôд није исправан. Преостало је {count} покушаја.',
  },
  errorIncompleteCode: {
    one: 'Унесите кôд од {count} цифре.',
    few: 'Унесите кôд од {count} цифре.',
    other: 'Унесите кôд од {count} цифара.',
  },
  errorTooManyAttempts: 'Превише погрешних кôдова. Затражите нови кôд.',
  errorExpired: 'Овај кôд је истекао. Затражите нови кôд.',
  errorSignupDisabled: 'Не постоји налог са овим бројем телефона.',
  errorRateLimited: (wait) =>
    wait
      ? `Превише покушаја. Покушајте поново за ${wait}.`
      : 'Превише покушаја. Покушајте поново касније.',
  errorProvider: 'Слање SMS поруке није успело. Покушајте поново за неколико тренутака.',
  errorNetwork: 'Повезивање са сервером није успело. Проверите везу и покушајте поново.',
  errorUnknown: 'Дошло је до грешке. Покушајте поново.',
};

export default sr;
