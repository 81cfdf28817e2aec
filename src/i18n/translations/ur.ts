import type { Translation } from '../translation.js';

const ur: Translation = {
  $code: 'ur',
  $name: 'اردو',
  $dir: 'rtl',

  title: 'اپنے فون سے سائن ان کریں',
  phoneIntro: 'سائن ان کرنے کے لیے ہم آپ کو SMS کے ذریعے ایک کوڈ بھیجیں گے۔',
  countryLabel: 'ملک',
  selectedCountry: (country, callingCode) => `ملک: ${country} (${callingCode})`,
  searchCountries: 'ملک تلاش کریں',
  noCountryFound: 'کوئی ملک نہیں ملا',
  phoneLabel: 'فون نمبر',
  sendCode: 'کوڈ بھیجیں',
  sending: 'بھیجا جا رہا ہے…',

  codeTitle: 'کوڈ درج کریں',
  codeSentTo: (phoneNumber) => `ہم نے ${phoneNumber} پر ایک کوڈ بھیجا ہے۔`,
  codeHint: { one: '{count} ہندسہ', other: '{count} ہندسے' },
  codeLabel: 'تصدیقی کوڈ',
  verify: 'توثیق کریں',
  verifying: 'توثیق ہو رہی ہے…',
  useAnotherNumber: 'دوسرا نمبر استعمال کریں',
  resendCode: 'نیا کوڈ بھیجیں',
  resendIn: { one: '{count} سیکنڈ میں نیا کوڈ', other: '{count} سیکنڈ میں نیا کوڈ' },
  codeResent: 'نیا کوڈ راستے میں ہے۔',

  successTitle: 'آپ سائن ان ہو گئے ہیں',
  successText: 'آپ کے فون نمبر کی توثیق ہو گئی ہے۔',

  retry: 'دوبارہ کوشش کریں',
  errorInvalidNumber: 'یہ فون نمبر درست نہیں لگتا۔ اسے چیک کریں اور دوبارہ کوشش کریں۔',
  errorCountryNotAllowed: 'اس ملک کے فون نمبر یہاں قبول نہیں کیے جاتے۔',
  errorWrongCode: 'یہ کوڈ درست نہیں ہے۔ اسے چیک کریں اور دوبارہ کوشش کریں۔',
  errorWrongCodeAttemptsLeft: {
    one: 'یہ کوڈ درست نہیں ہے۔ {count} کوشش باقی ہے۔',
    other: 'یہ کوڈ درست نہیں ہے۔ {count} کوششیں باقی ہیں۔',
  },
  errorIncompleteCode: {
    one: '{count} ہندسے کا کوڈ درج کریں۔',
    other: '{count} ہندسوں کا کوڈ درج کریں۔',
  },
  errorTooManyAttempts: 'بہت زیادہ غلط کوڈ۔ نیا کوڈ طلب کریں۔',
  errorExpired: 'اس کوڈ کی میعاد ختم ہو گئی ہے۔ نیا کوڈ طلب کریں۔',
  errorSignupDisabled: 'اس فون نمبر کے ساتھ کوئی اکاؤنٹ نہیں ہے۔',
  errorRateLimited: (wait) =>
    wait
      ? `بہت زیادہ کوششیں۔ ${wait} بعد دوبارہ کوشش کریں۔`
      : 'بہت زیادہ کوششیں۔ بعد میں دوبارہ کوشش کریں۔',
  errorProvider: 'ہم SMS نہیں بھیج سکے۔ تھوڑی دیر میں دوبارہ کوشش کریں۔',
  errorNetwork: 'ہم سرور تک نہیں پہنچ سکے۔ اپنا کنکشن چیک کریں اور دوبارہ کوشش کریں۔',
  errorUnknown: 'کچھ غلط ہو گیا۔ دوبارہ کوشش کریں۔',
};

export default ur;
