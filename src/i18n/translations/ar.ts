import type { Translation } from '../translation.js';

const ar: Translation = {
  $code: 'ar',
  $name: 'العربية',
  $dir: 'rtl',

  title: 'تسجيل الدخول برقم هاتفك',
  phoneIntro: 'سنرسل إليك رمزًا في رسالة نصية.',
  countryLabel: 'البلد',
  selectedCountry: (country, callingCode) => `البلد: ${country} (${callingCode})`,
  searchCountries: 'ابحث عن بلد',
  noCountryFound: 'لم يتم العثور على أي بلد',
  phoneLabel: 'رقم الهاتف',
  sendCode: 'إرسال الرمز',
  sending: 'جارٍ الإرسال…',

  codeTitle: 'أدخل الرمز',
  codeSentTo: (phoneNumber) => `أرسلنا رمزًا إلى \u2066${phoneNumber}\u2069.`,
  codeHint: (length) => `${length} أرقام`,
  codeLabel: 'رمز التحقق',
  verify: 'تحقق',
  verifying: 'جارٍ التحقق…',
  useAnotherNumber: 'استخدم رقمًا آخر',
  resendCode: 'إرسال رمز جديد',
  resendIn: (seconds) => `رمز جديد بعد ${seconds} ث`,
  codeResent: 'رمز جديد في الطريق إليك.',

  successTitle: 'تم تسجيل دخولك',
  successText: 'تم التحقق من رقم هاتفك.',

  retry: 'إعادة المحاولة',
  errorInvalidNumber: 'يبدو أن رقم الهاتف غير صحيح. تحقق منه وحاول مرة أخرى.',
  errorCountryNotAllowed: 'لا تُقبل هنا أرقام الهاتف من هذا البلد.',
  errorWrongCode: (attemptsLeft) =>
    attemptsLeft === undefined
      ? 'الرمز غير صحيح. تحقق منه وحاول مرة أخرى.'
      : `الرمز غير صحيح. المحاولات المتبقية: ${attemptsLeft}.`,
  errorIncompleteCode: (length) => `أدخل الرمز المكوّن من ${length} أرقام.`,
  errorTooManyAttempts: 'عدد كبير جدًا من الرموز الخاطئة. اطلب رمزًا جديدًا.',
  errorExpired: 'انتهت صلاحية هذا الرمز. اطلب رمزًا جديدًا.',
  errorSignupDisabled: 'لا يوجد حساب بهذا الرقم.',
  errorRateLimited: (wait) =>
    wait
      ? `محاولات كثيرة جدًا. حاول مرة أخرى بعد ${wait}.`
      : 'محاولات كثيرة جدًا. حاول مرة أخرى لاحقًا.',
  errorProvider: 'تعذر إرسال الرسالة النصية. حاول مرة أخرى بعد قليل.',
  errorNetwork: 'تعذر الاتصال بالخادم. تحقق من اتصالك وحاول مرة أخرى.',
  errorUnknown: 'حدث خطأ ما. حاول مرة أخرى.',
};

export default ar;
