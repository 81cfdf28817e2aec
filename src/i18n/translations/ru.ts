import type { Translation } from '../translation.js';

const ru: Translation = {
  $code: 'ru',
  $name: 'Русский',
  $dir: 'ltr',

  title: 'Вход по номеру телефона',
  phoneIntro: 'Мы отправим вам код в SMS.',
  countryLabel: 'Страна',
  selectedCountry: (country, callingCode) => `Страна: ${country} (${callingCode})`,
  searchCountries: 'Поиск страны',
  noCountryFound: 'Страна не найдена',
  phoneLabel: 'Номер телефона',
  sendCode: 'Отправить код',
  sending: 'Отправка…',

  codeTitle: 'Введите код',
  codeSentTo: (phoneNumber) => `Мы отправили код на номер ${phoneNumber}.`,
  codeHint: {
    one: '{count} цифра',
    few: '{count} цифры',
    many: '{count} цифр',
    other: '{count} цифры',
  },
  codeLabel: 'Код подтверждения',
  verify: 'Подтвердить',
  verifying: 'Проверка…',
  useAnotherNumber: 'Другой номер',
  resendCode: 'Отправить новый код',
  resendIn: {
    one: 'Новый код через {count} с',
    few: 'Новый код через {count} с',
    many: 'Новый код через {count} с',
    other: 'Новый код через {count} с',
  },
  codeResent: 'Новый код уже в пути.',

  successTitle: 'Вы вошли',
  successText: 'Ваш номер телефона подтверждён.',

  retry: 'Повторить',
  errorInvalidNumber: 'Похоже, номер указан неверно. Проверьте его и попробуйте снова.',
  errorCountryNotAllowed: 'Номера телефонов из этой страны здесь не принимаются.',
  errorWrongCode: 'Неверный код. Проверьте его и попробуйте снова.',
  errorWrongCodeAttemptsLeft: {
    one: 'Неверный код. Осталась {count} попытка.',
    few: 'Неверный код. Осталось {count} попытки.',
    many: 'Неверный код. Осталось {count} попыток.',
    other: 'Неверный код. Осталось {count} попытки.',
  },
  errorIncompleteCode: {
    one: 'Введите {count}-значный код.',
    few: 'Введите {count}-значный код.',
    many: 'Введите {count}-значный код.',
    other: 'Введите {count}-значный код.',
  },
  errorTooManyAttempts: 'Слишком много неверных кодов. Запросите новый код.',
  errorExpired: 'Срок действия кода истёк. Запросите новый код.',
  errorSignupDisabled: 'Учётной записи с этим номером нет.',
  errorRateLimited: (wait) =>
    wait
      ? `Слишком много попыток. Повторите через ${wait}.`
      : 'Слишком много попыток. Повторите позже.',
  errorProvider: 'Не удалось отправить SMS. Попробуйте ещё раз чуть позже.',
  errorNetwork: 'Нет связи с сервером. Проверьте подключение и попробуйте снова.',
  errorUnknown: 'Что-то пошло не так. Попробуйте снова.',
};

export default ru;
