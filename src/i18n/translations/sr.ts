import type { Translation } from '../translation.js';

const sr: Translation = {
  $code: 'sr',
  $name: 'Српски',
  $dir: 'ltr',

  title: 'Пријава телефоном',
  phoneIntro: 'Послаћемо вам код SMS-ом за пријаву.',
  countryLabel: 'Земља',
  selectedCountry: (country, callingCode) => `Земља: ${country} (${callingCode})`,
  searchCountries: 'Претражите земље',
  noCountryFound: 'Није пронађена ниједна земља',
  phoneLabel: 'Број телефона',
  sendCode: 'Пошаљи код',
  sending: 'Слање…',

  codeTitle: 'Унесите код',
  codeSentTo: (phoneNumber) => `Послали смо код на број ${phoneNumber}.`,
  codeHint: { one: '{count} цифра', few: '{count} цифре', other: '{count} цифара' },
  codeLabel: 'Код за верификацију',
  verify: 'Потврди',
  verifying: 'Провера…',
  useAnotherNumber: 'Користи други број',
  resendCode: 'Пошаљи нови код',
  resendIn: {
    one: 'Нови код за {count} сек',
    few: 'Нови код за {count} сек',
    other: 'Нови код за {count} сек',
  },
  codeResent: 'Нови код је на путу.',

  successTitle: 'Пријављени сте',
  successText: 'Ваш број телефона је потврђен.',

  retry: 'Покушај поново',
  errorInvalidNumber:
    'Изгледа да овај број телефона није исправан. Проверите га и покушајте поново.',
  errorCountryNotAllowed: 'Бројеви телефона из ове земље се овде не прихватају.',
  errorWrongCode: 'Код није исправан. Проверите га и покушајте поново.',
  errorWrongCodeAttemptsLeft: {
    one: 'Код није исправан. Преостао је {count} покушај.',
    few: 'Код није исправан. Преостала су {count} покушаја.',
    other: 'Код није исправан. Преостало је {count} покушаја.',
  },
  errorIncompleteCode: {
    one: 'Унесите код од {count} цифре.',
    few: 'Унесите код од {count} цифре.',
    other: 'Унесите код од {count} цифара.',
  },
  errorTooManyAttempts: 'Превише погрешних кодова. Затражите нови код.',
  errorExpired: 'Овај код је истекао. Затражите нови код.',
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
