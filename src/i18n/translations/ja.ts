import type { Translation } from '../translation.js';

const ja: Translation = {
  $code: 'ja',
  $name: '日本語',
  $dir: 'ltr',

  title: '電話番号でログイン',
  phoneIntro: 'SMS で確認コードをお送りします。',
  countryLabel: '国・地域',
  selectedCountry: (country, callingCode) => `国・地域: ${country} (${callingCode})`,
  searchCountries: '国・地域を検索',
  noCountryFound: '該当する国・地域がありません',
  phoneLabel: '電話番号',
  sendCode: 'コードを送信',
  sending: '送信中…',

  codeTitle: 'コードを入力',
  codeSentTo: (phoneNumber) => `${phoneNumber} にコードを送信しました。`,
  codeHint: { other: '{count} 桁' },
  codeLabel: '認証コード',
  verify: '確認',
  verifying: '確認中…',
  useAnotherNumber: '別の番号を使う',
  resendCode: '新しいコードを送信',
  resendIn: { other: '{count} 秒後に再送信できます' },
  codeResent: '新しいコードを送信しました。',

  successTitle: 'ログインしました',
  successText: '電話番号が確認されました。',

  retry: '再試行',
  errorInvalidNumber: '電話番号が正しくないようです。確認してもう一度お試しください。',
  errorCountryNotAllowed: 'この国の電話番号はここではご利用いただけません。',
  errorWrongCode: 'コードが正しくありません。確認してもう一度お試しください。',
  errorWrongCodeAttemptsLeft: { other: 'コードが正しくありません。残り {count} 回です。' },
  errorIncompleteCode: { other: '{count} 桁のコードを入力してください。' },
  errorTooManyAttempts: '間違ったコードが多すぎます。新しいコードを取得してください。',
  errorExpired: 'このコードは有効期限が切れています。新しいコードを取得してください。',
  errorSignupDisabled: 'この電話番号のアカウントはありません。',
  errorRateLimited: (wait) =>
    wait
      ? `試行回数が多すぎます。${wait}後にもう一度お試しください。`
      : '試行回数が多すぎます。しばらくしてからもう一度お試しください。',
  errorProvider: 'SMS を送信できませんでした。少し待ってからもう一度お試しください。',
  errorNetwork: 'サーバーに接続できません。接続を確認してもう一度お試しください。',
  errorUnknown: '問題が発生しました。もう一度お試しください。',
};

export default ja;
