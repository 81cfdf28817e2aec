import type { Translation } from '../translation.js';

const zhTW: Translation = {
  $code: 'zh-TW',
  $name: '繁體中文',
  $dir: 'ltr',

  title: '使用手機登入',
  phoneIntro: '我們會傳送簡訊驗證碼給你，讓你登入。',
  countryLabel: '國家/地區',
  selectedCountry: (country, callingCode) => `國家/地區：${country}（${callingCode}）`,
  searchCountries: '搜尋國家/地區',
  noCountryFound: '找不到國家/地區',
  phoneLabel: '手機號碼',
  sendCode: '傳送驗證碼',
  sending: '傳送中…',

  codeTitle: '輸入驗證碼',
  codeSentTo: (phoneNumber) => `我們已將驗證碼傳送至 ${phoneNumber}。`,
  codeHint: { other: '{count} 位數' },
  codeLabel: '驗證碼',
  verify: '驗證',
  verifying: '驗證中…',
  useAnotherNumber: '使用其他號碼',
  resendCode: '重新傳送驗證碼',
  resendIn: { other: '{count} 秒後可重新傳送' },
  codeResent: '新的驗證碼已傳送。',

  successTitle: '你已登入',
  successText: '你的手機號碼已通過驗證。',

  retry: '重試',
  errorInvalidNumber: '這個手機號碼似乎不正確，請檢查後再試一次。',
  errorCountryNotAllowed: '這裡不接受這個國家/地區的手機號碼。',
  errorWrongCode: '驗證碼不正確，請檢查後再試一次。',
  errorWrongCodeAttemptsLeft: { other: '驗證碼不正確，還剩 {count} 次機會。' },
  errorIncompleteCode: { other: '請輸入 {count} 位數驗證碼。' },
  errorTooManyAttempts: '輸入錯誤的驗證碼次數過多，請重新取得驗證碼。',
  errorExpired: '這個驗證碼已過期，請重新取得驗證碼。',
  errorSignupDisabled: '沒有使用這個手機號碼的帳戶。',
  errorRateLimited: (wait) =>
    wait ? `嘗試次數過多，請在 ${wait}後再試一次。` : '嘗試次數過多，請稍後再試。',
  errorProvider: '無法傳送簡訊，請稍後再試。',
  errorNetwork: '無法連線至伺服器，請檢查網路連線後再試一次。',
  errorUnknown: '發生錯誤，請再試一次。',
};

export default zhTW;
