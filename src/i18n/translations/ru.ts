import type { Translation } from '../translation.js';

const attempts = (n: number) => {
  const mod10 = n % 10;
  const mod100 = n % 100;
  if (mod10 === 1 && mod100 !== 11) return 'попытка';
  if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) return 'попытки';
  return 'попыток';
};

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
  codeHint: (length) => `Цифр: ${length}`,
  codeLabel: 'Код подтверждения',
  verify: 'Подтвердить',
  verifying: 'Проверка…',
  useAnotherNumber: 'Другой номер',
  resendCode: 'Отправить новый код',
  resendIn: (seconds) => `Новый код через ${seconds} с`,
  codeResent: 'Новый код уже в пути.',

  successTitle: 'Вы вошли',
  successText: 'Ваш номер телефона подтверждён.',

  retry: 'Повторить',
  errorInvalidNumber: 'Похоже, номер указан неверно. Проверьте его и попробуйте снова.',
  errorCountryNotAllowed: 'Номера телефонов из этой страны здесь не принимаются.',
  errorWrongCode: (attemptsLeft) =>
    attemptsLeft === undefined
      ? 'Неверный код. Проверьте его и попробуйте снова.'
      : `Неверный код. Осталось: ${attemptsLeft} ${attempts(attemptsLeft)}.`,
  errorIncompleteCode: (length) => `Введите ${length}-значный код.`,
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
