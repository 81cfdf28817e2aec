import type { Translation } from '../translation.js';

const vi: Translation = {
  $code: 'vi',
  $name: 'Tiếng Việt',
  $dir: 'ltr',

  title: 'Đăng nhập bằng điện thoại',
  phoneIntro: 'Chúng tôi sẽ gửi cho bạn mã đăng nhập qua tin nhắn SMS.',
  countryLabel: 'Quốc gia',
  selectedCountry: (country, callingCode) => `Quốc gia: ${country} (${callingCode})`,
  searchCountries: 'Tìm quốc gia',
  noCountryFound: 'Không tìm thấy quốc gia nào',
  phoneLabel: 'Số điện thoại',
  sendCode: 'Gửi mã',
  sending: 'Đang gửi…',

  codeTitle: 'Nhập mã',
  codeSentTo: (phoneNumber) => `Chúng tôi đã gửi mã đến ${phoneNumber}.`,
  codeHint: { other: '{count} chữ số' },
  codeLabel: 'Mã xác minh',
  verify: 'Xác minh',
  verifying: 'Đang xác minh…',
  useAnotherNumber: 'Dùng số khác',
  resendCode: 'Gửi mã mới',
  resendIn: { other: 'Gửi mã mới sau {count} giây' },
  codeResent: 'Mã mới đang được gửi đến bạn.',

  successTitle: 'Bạn đã đăng nhập',
  successText: 'Số điện thoại của bạn đã được xác minh.',

  retry: 'Thử lại',
  errorInvalidNumber: 'Số điện thoại này có vẻ không đúng. Hãy kiểm tra rồi thử lại.',
  errorCountryNotAllowed: 'Không chấp nhận số điện thoại của quốc gia này tại đây.',
  errorWrongCode: 'Mã không đúng. Hãy kiểm tra rồi thử lại.',
  errorWrongCodeAttemptsLeft: { other: 'Mã không đúng. Bạn còn {count} lần thử.' },
  errorIncompleteCode: { other: 'Hãy nhập mã gồm {count} chữ số.' },
  errorTooManyAttempts: 'Bạn đã nhập sai mã quá nhiều lần. Hãy yêu cầu mã mới.',
  errorExpired: 'Mã này đã hết hạn. Hãy yêu cầu mã mới.',
  errorSignupDisabled: 'Không có tài khoản nào dùng số điện thoại này.',
  errorRateLimited: (wait) =>
    wait
      ? `Bạn đã thử quá nhiều lần. Hãy thử lại sau ${wait}.`
      : 'Bạn đã thử quá nhiều lần. Hãy thử lại sau.',
  errorProvider: 'Chúng tôi không gửi được tin nhắn SMS. Hãy thử lại sau giây lát.',
  errorNetwork: 'Không kết nối được với máy chủ. Hãy kiểm tra kết nối rồi thử lại.',
  errorUnknown: 'Đã xảy ra lỗi. Hãy thử lại.',
};

export default vi;
