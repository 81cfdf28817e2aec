import type { Translation } from '../translation.js';

const pa: Translation = {
  $code: 'pa',
  $name: 'ਪੰਜਾਬੀ',
  $dir: 'ltr',

  title: 'ਆਪਣੇ ਫ਼ੋਨ ਨਾਲ ਸਾਈਨ ਇਨ ਕਰੋ',
  phoneIntro: 'ਸਾਈਨ ਇਨ ਕਰਨ ਲਈ ਅਸੀਂ ਤੁਹਾਨੂੰ SMS ਰਾਹੀਂ ਇੱਕ ਕੋਡ ਭੇਜਾਂਗੇ।',
  countryLabel: 'ਦੇਸ਼',
  selectedCountry: (country, callingCode) => `ਦੇਸ਼: ${country} (${callingCode})`,
  searchCountries: 'ਦੇਸ਼ ਖੋਜੋ',
  noCountryFound: 'ਕੋਈ ਦੇਸ਼ ਨਹੀਂ ਮਿਲਿਆ',
  phoneLabel: 'ਫ਼ੋਨ ਨੰਬਰ',
  sendCode: 'ਕੋਡ ਭੇਜੋ',
  sending: 'ਭੇਜਿਆ ਜਾ ਰਿਹਾ ਹੈ…',

  codeTitle: 'ਕੋਡ ਦਾਖਲ ਕਰੋ',
  codeSentTo: (phoneNumber) => `ਅਸੀਂ ${phoneNumber} ’ਤੇ ਇੱਕ ਕੋਡ ਭੇਜਿਆ ਹੈ।`,
  codeHint: { one: '{count} ਅੰਕ', other: '{count} ਅੰਕ' },
  codeLabel: 'ਪੁਸ਼ਟੀਕਰਨ ਕੋਡ',
  verify: 'ਪੁਸ਼ਟੀ ਕਰੋ',
  verifying: 'ਪੁਸ਼ਟੀ ਕੀਤੀ ਜਾ ਰਹੀ ਹੈ…',
  useAnotherNumber: 'ਕੋਈ ਹੋਰ ਨੰਬਰ ਵਰਤੋ',
  resendCode: 'ਨਵਾਂ ਕੋਡ ਭੇਜੋ',
  resendIn: { one: '{count} ਸਕਿੰਟ ਵਿੱਚ ਨਵਾਂ ਕੋਡ', other: '{count} ਸਕਿੰਟ ਵਿੱਚ ਨਵਾਂ ਕੋਡ' },
  codeResent: 'ਨਵਾਂ ਕੋਡ ਆ ਰਿਹਾ ਹੈ।',

  successTitle: 'ਤੁਸੀਂ ਸਾਈਨ ਇਨ ਕਰ ਲਿਆ ਹੈ',
  successText: 'ਤੁਹਾਡੇ ਫ਼ੋਨ ਨੰਬਰ ਦੀ ਪੁਸ਼ਟੀ ਹੋ ਗਈ ਹੈ।',

  retry: 'ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ',
  errorInvalidNumber: 'ਇਹ ਫ਼ੋਨ ਨੰਬਰ ਸਹੀ ਨਹੀਂ ਲੱਗਦਾ। ਇਸ ਦੀ ਜਾਂਚ ਕਰੋ ਅਤੇ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।',
  errorCountryNotAllowed: 'ਇਸ ਦੇਸ਼ ਦੇ ਫ਼ੋਨ ਨੰਬਰ ਇੱਥੇ ਸਵੀਕਾਰ ਨਹੀਂ ਕੀਤੇ ਜਾਂਦੇ।',
  errorWrongCode: 'ਇਹ ਕੋਡ ਸਹੀ ਨਹੀਂ ਹੈ। ਇਸ ਦੀ ਜਾਂਚ ਕਰੋ ਅਤੇ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।',
  errorWrongCodeAttemptsLeft: {
    one: 'ਇਹ ਕੋਡ ਸਹੀ ਨਹੀਂ ਹੈ। {count} ਕੋਸ਼ਿਸ਼ ਬਾਕੀ ਹੈ।',
    other: 'ਇਹ ਕੋਡ ਸਹੀ ਨਹੀਂ ਹੈ। {count} ਕੋਸ਼ਿਸ਼ਾਂ ਬਾਕੀ ਹਨ।',
  },
  errorIncompleteCode: {
    one: '{count} ਅੰਕ ਵਾਲਾ ਕੋਡ ਦਾਖਲ ਕਰੋ।',
    other: '{count} ਅੰਕਾਂ ਵਾਲਾ ਕੋਡ ਦਾਖਲ ਕਰੋ।',
  },
  errorTooManyAttempts: 'ਬਹੁਤ ਸਾਰੇ ਗਲਤ ਕੋਡ। ਨਵਾਂ ਕੋਡ ਮੰਗੋ।',
  errorExpired: 'ਇਸ ਕੋਡ ਦੀ ਮਿਆਦ ਪੁੱਗ ਗਈ ਹੈ। ਨਵਾਂ ਕੋਡ ਮੰਗੋ।',
  errorSignupDisabled: 'ਇਸ ਫ਼ੋਨ ਨੰਬਰ ਨਾਲ ਕੋਈ ਖਾਤਾ ਨਹੀਂ ਹੈ।',
  errorRateLimited: (wait) =>
    wait
      ? `ਬਹੁਤ ਸਾਰੀਆਂ ਕੋਸ਼ਿਸ਼ਾਂ। ${wait} ਬਾਅਦ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।`
      : 'ਬਹੁਤ ਸਾਰੀਆਂ ਕੋਸ਼ਿਸ਼ਾਂ। ਬਾਅਦ ਵਿੱਚ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।',
  errorProvider: 'ਅਸੀਂ SMS ਨਹੀਂ ਭੇਜ ਸਕੇ। ਥੋੜ੍ਹੀ ਦੇਰ ਬਾਅਦ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।',
  errorNetwork: 'ਅਸੀਂ ਸਰਵਰ ਤੱਕ ਨਹੀਂ ਪਹੁੰਚ ਸਕੇ। ਆਪਣਾ ਕਨੈਕਸ਼ਨ ਜਾਂਚੋ ਅਤੇ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।',
  errorUnknown: 'ਕੁਝ ਗਲਤ ਹੋ ਗਿਆ। ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।',
};

export default pa;
