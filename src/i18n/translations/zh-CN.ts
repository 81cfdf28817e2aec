import type { Translation } from '../translation.js';

const zhCN: Translation = {
  $code: 'zh-CN',
  $name: '简体中文',
  $dir: 'ltr',

  title: '使用手机号登录',
  phoneIntro: '我们将通过短信向您发送验证码。',
  countryLabel: '国家/地区',
  selectedCountry: (country, callingCode) => `国家/地区：${country}（${callingCode}）`,
  searchCountries: '搜索国家/地区',
  noCountryFound: '未找到国家/地区',
  phoneLabel: '手机号码',
  sendCode: '发送验证码',
  sending: '正在发送…',

  codeTitle: '输入验证码',
  codeSentTo: (phoneNumber) => `验证码已发送至 ${phoneNumber}。`,
  codeHint: { other: '{count} 位数字' },
  codeLabel: '验证码',
  verify: '验证',
  verifying: '正在验证…',
  useAnotherNumber: '使用其他号码',
  resendCode: '重新发送验证码',
  resendIn: { other: '{count} 秒后可重新发送' },
  codeResent: '新的验证码已发送。',

  successTitle: '您已登录',
  successText: '您的手机号码已验证。',

  retry: '重试',
  errorInvalidNumber: '手机号码似乎不正确，请检查后重试。',
  errorCountryNotAllowed: '此处不接受该国家或地区的电话号码。',
  errorWrongCode: '验证码不正确，请检查后重试。',
  errorWrongCodeAttemptsLeft: { other: '验证码不正确，还剩 {count} 次机会。' },
  errorIncompleteCode: { other: '请输入 {count} 位验证码。' },
  errorTooManyAttempts: '错误次数过多，请获取新的验证码。',
  errorExpired: '验证码已过期，请获取新的验证码。',
  errorSignupDisabled: '没有使用此手机号码的账户。',
  errorRateLimited: (wait) =>
    wait ? `尝试次数过多，请在 ${wait}后重试。` : '尝试次数过多，请稍后重试。',
  errorProvider: '短信发送失败，请稍后重试。',
  errorNetwork: '无法连接服务器，请检查网络后重试。',
  errorUnknown: '出现问题，请重试。',
};

export default zhCN;
