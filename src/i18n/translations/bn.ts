import type { Translation } from '../translation.js';

const bn: Translation = {
  $code: 'bn',
  $name: 'বাংলা',
  $dir: 'ltr',

  title: 'ফোন দিয়ে সাইন ইন করুন',
  phoneIntro: 'সাইন ইন করার জন্য আমরা আপনাকে SMS-এ একটি কোড পাঠাব।',
  countryLabel: 'দেশ',
  selectedCountry: (country, callingCode) => `দেশ: ${country} (${callingCode})`,
  searchCountries: 'দেশ খুঁজুন',
  noCountryFound: 'কোনো দেশ পাওয়া যায়নি',
  phoneLabel: 'ফোন নম্বর',
  sendCode: 'কোড পাঠান',
  sending: 'পাঠানো হচ্ছে…',

  codeTitle: 'কোডটি লিখুন',
  codeSentTo: (phoneNumber) => `আমরা ${phoneNumber} নম্বরে একটি কোড পাঠিয়েছি।`,
  codeHint: { one: '{count} সংখ্যা', other: '{count} সংখ্যা' },
  codeLabel: 'যাচাইকরণ কোড',
  verify: 'যাচাই করুন',
  verifying: 'যাচাই করা হচ্ছে…',
  useAnotherNumber: 'অন্য নম্বর ব্যবহার করুন',
  resendCode: 'নতুন কোড পাঠান',
  resendIn: { one: '{count} সেকেন্ড পরে নতুন কোড', other: '{count} সেকেন্ড পরে নতুন কোড' },
  codeResent: 'নতুন কোড আসছে।',

  successTitle: 'আপনি সাইন ইন করেছেন',
  successText: 'আপনার ফোন নম্বর যাচাই করা হয়েছে।',

  retry: 'আবার চেষ্টা করুন',
  errorInvalidNumber: 'এই ফোন নম্বরটি সঠিক মনে হচ্ছে না। যাচাই করে আবার চেষ্টা করুন।',
  errorCountryNotAllowed: 'এই দেশের ফোন নম্বর এখানে গ্রহণ করা হয় না।',
  errorWrongCode: 'কোডটি সঠিক নয়। যাচাই করে আবার চেষ্টা করুন।',
  errorWrongCodeAttemptsLeft: {
    one: 'কোডটি সঠিক নয়। আর {count} বার চেষ্টা করতে পারবেন।',
    other: 'কোডটি সঠিক নয়। আর {count} বার চেষ্টা করতে পারবেন।',
  },
  errorIncompleteCode: { one: '{count} সংখ্যার কোডটি লিখুন।', other: '{count} সংখ্যার কোডটি লিখুন।' },
  errorTooManyAttempts: 'অনেকবার ভুল কোড দেওয়া হয়েছে। নতুন কোড চান।',
  errorExpired: 'এই কোডের মেয়াদ শেষ হয়ে গেছে। নতুন কোড চান।',
  errorSignupDisabled: 'এই ফোন নম্বরে কোনো অ্যাকাউন্ট নেই।',
  errorRateLimited: (wait) =>
    wait
      ? `অনেকবার চেষ্টা করা হয়েছে। ${wait} পরে আবার চেষ্টা করুন।`
      : 'অনেকবার চেষ্টা করা হয়েছে। পরে আবার চেষ্টা করুন।',
  errorProvider: 'আমরা SMS পাঠাতে পারিনি। একটু পরে আবার চেষ্টা করুন।',
  errorNetwork: 'সার্ভারের সাথে সংযোগ করা যায়নি। আপনার সংযোগ যাচাই করে আবার চেষ্টা করুন।',
  errorUnknown: 'কিছু একটা সমস্যা হয়েছে। আবার চেষ্টা করুন।',
};

export default bn;
