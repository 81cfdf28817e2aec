import type { Translation } from '../translation.js';

const ko: Translation = {
  $code: 'ko',
  $name: '한국어',
  $dir: 'ltr',

  title: '휴대전화로 로그인',
  phoneIntro: '문자 메시지로 인증 코드를 보내 드립니다.',
  countryLabel: '국가',
  selectedCountry: (country, callingCode) => `국가: ${country} (${callingCode})`,
  searchCountries: '국가 검색',
  noCountryFound: '국가를 찾을 수 없습니다',
  phoneLabel: '전화번호',
  sendCode: '코드 보내기',
  sending: '보내는 중…',

  codeTitle: '코드 입력',
  codeSentTo: (phoneNumber) => `${phoneNumber}(으)로 코드를 보냈습니다.`,
  codeHint: { other: '{count}자리' },
  codeLabel: '인증 코드',
  verify: '확인',
  verifying: '확인 중…',
  useAnotherNumber: '다른 번호 사용',
  resendCode: '새 코드 보내기',
  resendIn: { other: '{count}초 후 새 코드 보내기' },
  codeResent: '새 코드를 보냈습니다.',

  successTitle: '로그인되었습니다',
  successText: '전화번호가 인증되었습니다.',

  retry: '다시 시도',
  errorInvalidNumber: '전화번호가 올바르지 않은 것 같습니다. 확인 후 다시 시도하세요.',
  errorCountryNotAllowed: '이 국가의 전화번호는 여기에서 사용할 수 없습니다.',
  errorWrongCode: '코드가 올바르지 않습니다. 확인 후 다시 시도하세요.',
  errorWrongCodeAttemptsLeft: { other: '코드가 올바르지 않습니다. {count}번 남았습니다.' },
  errorIncompleteCode: { other: '{count}자리 코드를 입력하세요.' },
  errorTooManyAttempts: '잘못된 코드를 너무 많이 입력했습니다. 새 코드를 요청하세요.',
  errorExpired: '코드가 만료되었습니다. 새 코드를 요청하세요.',
  errorSignupDisabled: '이 전화번호로 등록된 계정이 없습니다.',
  errorRateLimited: (wait) =>
    wait
      ? `시도 횟수가 너무 많습니다. ${wait} 후에 다시 시도하세요.`
      : '시도 횟수가 너무 많습니다. 나중에 다시 시도하세요.',
  errorProvider: '문자 메시지를 보내지 못했습니다. 잠시 후 다시 시도하세요.',
  errorNetwork: '서버에 연결할 수 없습니다. 연결을 확인한 후 다시 시도하세요.',
  errorUnknown: '문제가 발생했습니다. 다시 시도하세요.',
};

export default ko;
