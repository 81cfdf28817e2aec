import type { Translation } from '../translation.js';

const bg: Translation = {
  $code: 'bg',
  $name: 'Български',
  $dir: 'ltr',

  title: 'Вход с телефон',
  phoneIntro: 'Ще ви изпратим код с SMS, за да влезете.',
  countryLabel: 'Държава',
  selectedCountry: (country, callingCode) => `Държава: ${country} (${callingCode})`,
  searchCountries: 'Търсене на държава',
  noCountryFound: 'Не е намерена държава',
  phoneLabel: 'Телефонен номер',
  sendCode: 'Изпращане на код',
  sending: 'Изпраща се…',

  codeTitle: 'Въведете кода',
  codeSentTo: (phoneNumber) => `Изпратихме код на ${phoneNumber}.`,
  codeHint: { one: '{count} цифра', other: '{count} цифри' },
  codeLabel: 'Код за потвърждение',
  verify: 'Потвърждаване',
  verifying: 'Проверява се…',
  useAnotherNumber: 'Използване на друг номер',
  resendCode: 'Изпращане на нов код',
  resendIn: { one: 'Нов код след {count} сек', other: 'Нов код след {count} сек' },
  codeResent: 'Нов код е на път.',

  successTitle: 'Влязохте',
  successText: 'Телефонният ви номер е потвърден.',

  retry: 'Опитайте отново',
  errorInvalidNumber: 'Този телефонен номер не изглежда правилен. Проверете го и опитайте отново.',
  errorCountryNotAllowed: 'Телефонни номера от тази държава не се приемат тук.',
  errorWrongCode: 'Кодът не е правилен. Проверете го и опитайте отново.',
  errorWrongCodeAttemptsLeft: {
    one: 'Кодът не е правилен. Остава {count} опит.',
    other: 'Кодът не е правилен. Остават {count} опита.',
  },
  errorIncompleteCode: {
    one: 'Въведете {count}-цифрения код.',
    other: 'Въведете {count}-цифрения код.',
  },
  errorTooManyAttempts: 'Твърде много грешни кодове. Поискайте нов код.',
  errorExpired: 'Този код е изтекъл. Поискайте нов код.',
  errorSignupDisabled: 'Няма профил с този телефонен номер.',
  errorRateLimited: (wait) =>
    wait
      ? `Твърде много опити. Опитайте отново след ${wait}.`
      : 'Твърде много опити. Опитайте отново по-късно.',
  errorProvider: 'Не успяхме да изпратим SMS съобщението. Опитайте отново след малко.',
  errorNetwork: 'Не успяхме да се свържем със сървъра. Проверете връзката си и опитайте отново.',
  errorUnknown: 'Нещо се обърка. Опитайте отново.',
};

export default bg;
