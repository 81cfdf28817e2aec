import type { Translation } from '../translation.js';

const fa: Translation = {
  $code: 'fa',
  $name: 'فارسی',
  $dir: 'rtl',

  title: 'ورود با تلفن همراه',
  phoneIntro: 'برای ورود، کدی با پیامک برایتان می‌فرستیم.',
  countryLabel: 'کشور',
  selectedCountry: (country, callingCode) => `کشور: ${country} (${callingCode})`,
  searchCountries: 'جستجوی کشور',
  noCountryFound: 'کشوری پیدا نشد',
  phoneLabel: 'شماره تلفن',
  sendCode: 'ارسال کد',
  sending: 'در حال ارسال…',

  codeTitle: 'کد را وارد کنید',
  codeSentTo: (phoneNumber) => `کدی به ${phoneNumber} فرستادیم.`,
  codeHint: { one: '{count} رقم', other: '{count} رقم' },
  codeLabel: 'کد تأیید',
  verify: 'تأیید',
  verifying: 'در حال تأیید…',
  useAnotherNumber: 'استفاده از شماره‌ای دیگر',
  resendCode: 'ارسال کد جدید',
  resendIn: { one: 'کد جدید تا {count} ثانیه دیگر', other: 'کد جدید تا {count} ثانیه دیگر' },
  codeResent: 'کد جدید در راه است.',

  successTitle: 'وارد شدید',
  successText: 'شماره تلفن شما تأیید شد.',

  retry: 'تلاش دوباره',
  errorInvalidNumber:
    'به نظر می‌رسد این شماره تلفن درست نیست. آن را بررسی کنید و دوباره تلاش کنید.',
  errorCountryNotAllowed: 'شماره تلفن‌های این کشور در اینجا پذیرفته نمی‌شوند.',
  errorWrongCode: 'این کد درست نیست. آن را بررسی کنید و دوباره تلاش کنید.',
  errorWrongCodeAttemptsLeft: {
    one: 'این کد درست نیست. {count} بار دیگر می‌توانید تلاش کنید.',
    other: 'این کد درست نیست. {count} بار دیگر می‌توانید تلاش کنید.',
  },
  errorIncompleteCode: {
    one: 'کد {count} رقمی را وارد کنید.',
    other: 'کد {count} رقمی را وارد کنید.',
  },
  errorTooManyAttempts: 'تعداد کدهای نادرست بیش از حد است. کد جدیدی درخواست کنید.',
  errorExpired: 'این کد منقضی شده است. کد جدیدی درخواست کنید.',
  errorSignupDisabled: 'حسابی با این شماره تلفن وجود ندارد.',
  errorRateLimited: (wait) =>
    wait
      ? `تلاش‌ها بیش از حد است. ${wait} دیگر دوباره تلاش کنید.`
      : 'تلاش‌ها بیش از حد است. بعداً دوباره تلاش کنید.',
  errorProvider: 'نتوانستیم پیامک را بفرستیم. کمی بعد دوباره تلاش کنید.',
  errorNetwork: 'به سرور دسترسی نداریم. اتصال خود را بررسی کنید و دوباره تلاش کنید.',
  errorUnknown: 'مشکلی پیش آمد. دوباره تلاش کنید.',
};

export default fa;
