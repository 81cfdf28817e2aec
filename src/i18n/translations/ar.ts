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
  codeSentTo: (phoneNumber) => `أرسلنا رمزًا إلى ${phoneNumber}.`,
  codeHint: {
    zero: '{count} رقم',
    one: 'رقم واحد',
    two: 'رقمان',
    few: '{count} أرقام',
    many: '{count} رقمًا',
    other: '{count} رقم',
  },
  codeLabel: 'رمز التحقق',
  verify: 'تحقق',
  verifying: 'جارٍ التحقق…',
  useAnotherNumber: 'استخدم رقمًا آخر',
  resendCode: 'إرسال رمز جديد',
  resendIn: {
    zero: 'رمز جديد بعد {count} ثانية',
    one: 'رمز جديد بعد ثانية واحدة',
    two: 'رمز جديد بعد ثانيتين',
    few: 'رمز جديد بعد {count} ثوانٍ',
    many: 'رمز جديد بعد {count} ثانية',
    other: 'رمز جديد بعد {count} ثانية',
  },
  codeResent: 'رمز جديد في الطريق إليك.',

  successTitle: 'تم تسجيل دخولك',
  successText: 'تم التحقق من رقم هاتفك.',

  retry: 'إعادة المحاولة',
  errorInvalidNumber: 'يبدو أن رقم الهاتف غير صحيح. تحقق منه وحاول مرة أخرى.',
  errorCountryNotAllowed: 'لا تُقبل هنا أرقام الهاتف من هذا البلد.',
  errorWrongCode: 'الرمز غير صحيح. تحقق منه وحاول مرة أخرى.',
  errorWrongCodeAttemptsLeft: {
    zero: 'الرمز غير صحيح. لم تتبقَّ أي محاولة.',
    one: 'الرمز غير صحيح. تتبقى محاولة واحدة.',
    two: 'الرمز غير صحيح. تتبقى محاولتان.',
    few: 'الرمز غير صحيح. تتبقى {count} محاولات.',
    many: 'الرمز غير صحيح. تتبقى {count} محاولة.',
    other: 'الرمز غير صحيح. تتبقى {count} محاولة.',
  },
  errorIncompleteCode: {
    zero: 'أدخل الرمز المكوّن من {count} رقم.',
    one: 'أدخل الرمز المكوّن من رقم واحد.',
    two: 'أدخل الرمز المكوّن من رقمين.',
    few: 'أدخل الرمز المكوّن من {count} أرقام.',
    many: 'أدخل الرمز المكوّن من {count} رقمًا.',
    other: 'أدخل الرمز المكوّن من {count} رقم.',
  },
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
