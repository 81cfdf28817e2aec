import type { Translation } from '../translation.js';

const attempts = (n: number) => {
  const mod10 = n % 10;
  const mod100 = n % 100;
  if (mod10 === 1 && mod100 !== 11) return 'спроба';
  if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) return 'спроби';
  return 'спроб';
};

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
  codeHint: (length) => `Цифр: ${length}`,
  codeLabel: 'Код підтвердження',
  verify: 'Підтвердити',
  verifying: 'Перевірка…',
  useAnotherNumber: 'Інший номер',
  resendCode: 'Надіслати новий код',
  resendIn: (seconds) => `Новий код через ${seconds} с`,
  codeResent: 'Новий код уже в дорозі.',

  successTitle: 'Ви увійшли',
  successText: 'Ваш номер телефону підтверджено.',

  retry: 'Спробувати ще раз',
  errorInvalidNumber: 'Схоже, номер указано неправильно. Перевірте його і спробуйте ще раз.',
  errorCountryNotAllowed: 'Номери телефонів із цієї країни тут не приймаються.',
  errorWrongCode: (attemptsLeft) =>
    attemptsLeft === undefined
      ? 'Неправильний код. Перевірте його і спробуйте ще раз.'
      : `Неправильний код. Залишилося: ${attemptsLeft} ${attempts(attemptsLeft)}.`,
  errorIncompleteCode: (length) => `Введіть ${length}-значний код.`,
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
