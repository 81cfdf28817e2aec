import type { Translation } from '../translation.js';

const uk: Translation = {
  $code: 'uk',
  $name: 'Українська',
  $dir: 'ltr',

  title: 'Вхід за номером телефону',
  phoneIntro: 'Ми надішлемо вам код у SMS.',
  countryLabel: 'Країна',
  selectedCountry: (country, callingCode) => `Країна: ${country} (${callingCode})`,
  searchCountries: 'Пошук країни',
  noCountryFound: 'Країну не знайдено',
  phoneLabel: 'Номер телефону',
  sendCode: 'Надіслати код',
  sending: 'Надсилання…',

  codeTitle: 'Введіть код',
  codeSentTo: (phoneNumber) => `Ми надіслали код на номер ${phoneNumber}.`,
  codeHint: {
    one: '{count} цифра',
    few: '{count} цифри',
    many: '{count} цифр',
    other: '{count} цифри',
  },
  codeLabel: 'Код підтвердження',
  verify: 'Підтвердити',
  verifying: 'Перевірка…',
  useAnotherNumber: 'Інший номер',
  resendCode: 'Надіслати новий код',
  resendIn: {
    one: 'Новий код через {count} с',
    few: 'Новий код через {count} с',
    many: 'Новий код через {count} с',
    other: 'Новий код через {count} с',
  },
  codeResent: 'Новий код уже в дорозі.',

  successTitle: 'Ви увійшли',
  successText: 'Ваш номер телефону підтверджено.',

  retry: 'Спробувати ще раз',
  errorInvalidNumber: 'Схоже, номер указано неправильно. Перевірте його і спробуйте ще раз.',
  errorCountryNotAllowed: 'Номери телефонів із цієї країни тут не приймаються.',
  errorWrongCode: 'Неправильний код. Перевірте його і спробуйте ще раз.',
  errorWrongCodeAttemptsLeft: {
    one: 'Неправильний код. Залишилася {count} спроба.',
    few: 'Неправильний код. Залишилося {count} спроби.',
    many: 'Неправильний код. Залишилося {count} спроб.',
    other: 'Неправильний код. Залишилося {count} спроби.',
  },
  errorIncompleteCode: {
    one: 'Введіть {count}-значний код.',
    few: 'Введіть {count}-значний код.',
    many: 'Введіть {count}-значний код.',
    other: 'Введіть {count}-значний код.',
  },
  errorTooManyAttempts: 'Забагато неправильних кодів. Запросіть новий код.',
  errorExpired: 'Термін дії коду минув. Запросіть новий код.',
  errorSignupDisabled: 'Облікового запису з цим номером немає.',
  errorRateLimited: (wait) =>
    wait ? `Забагато спроб. Спробуйте через ${wait}.` : 'Забагато спроб. Спробуйте пізніше.',
  errorProvider: 'Не вдалося надіслати SMS. Спробуйте ще раз трохи згодом.',
  errorNetwork: 'Немає зв’язку із сервером. Перевірте підключення і спробуйте ще раз.',
  errorUnknown: 'Щось пішло не так. Спробуйте ще раз.',
};

export default uk;
