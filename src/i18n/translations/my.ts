import type { Translation } from '../translation.js';

const my: Translation = {
  $code: 'my',
  $name: 'မြန်မာ',
  $dir: 'ltr',

  title: 'ဖုန်းဖြင့် လက်မှတ်ထိုးဝင်ပါ',
  phoneIntro: 'လက်မှတ်ထိုးဝင်ရန် SMS ဖြင့် ကုဒ်တစ်ခု ပို့ပေးပါမည်။',
  countryLabel: 'နိုင်ငံ',
  selectedCountry: (country, callingCode) => `နိုင်ငံ- ${country} (${callingCode})`,
  searchCountries: 'နိုင်ငံ ရှာရန်',
  noCountryFound: 'နိုင်ငံ မတွေ့ပါ',
  phoneLabel: 'ဖုန်းနံပါတ်',
  sendCode: 'ကုဒ် ပို့ရန်',
  sending: 'ပို့နေသည်…',

  codeTitle: 'ကုဒ်ကို ထည့်ပါ',
  codeSentTo: (phoneNumber) => `${phoneNumber} သို့ ကုဒ်တစ်ခု ပို့ထားပါသည်။`,
  codeHint: { other: 'ဂဏန်း {count} လုံး' },
  codeLabel: 'အတည်ပြုကုဒ်',
  verify: 'အတည်ပြုရန်',
  verifying: 'အတည်ပြုနေသည်…',
  useAnotherNumber: 'အခြားနံပါတ် သုံးရန်',
  resendCode: 'ကုဒ်အသစ် ပို့ရန်',
  resendIn: { other: '{count} စက္ကန့်အကြာတွင် ကုဒ်အသစ်' },
  codeResent: 'ကုဒ်အသစ် လာနေပါပြီ။',

  successTitle: 'လက်မှတ်ထိုးဝင်ပြီးပါပြီ',
  successText: 'သင့်ဖုန်းနံပါတ်ကို အတည်ပြုပြီးပါပြီ။',

  retry: 'ထပ်စမ်းကြည့်ရန်',
  errorInvalidNumber: 'ဤဖုန်းနံပါတ် မှန်ပုံမရပါ။ စစ်ဆေးပြီး ထပ်စမ်းကြည့်ပါ။',
  errorCountryNotAllowed: 'ဤနိုင်ငံမှ ဖုန်းနံပါတ်များကို ဤနေရာတွင် လက်မခံပါ။',
  errorWrongCode: 'ကုဒ် မမှန်ပါ။ စစ်ဆေးပြီး ထပ်စမ်းကြည့်ပါ။',
  errorWrongCodeAttemptsLeft: { other: 'ကုဒ် မမှန်ပါ။ {count} ကြိမ် ကျန်ပါသေးသည်။' },
  errorIncompleteCode: { other: 'ဂဏန်း {count} လုံးပါ ကုဒ်ကို ထည့်ပါ။' },
  errorTooManyAttempts: 'ကုဒ်အမှား များလွန်းပါသည်။ ကုဒ်အသစ် တောင်းပါ။',
  errorExpired: 'ဤကုဒ် သက်တမ်းကုန်သွားပါပြီ။ ကုဒ်အသစ် တောင်းပါ။',
  errorSignupDisabled: 'ဤဖုန်းနံပါတ်ဖြင့် အကောင့် မရှိပါ။',
  errorRateLimited: (wait) =>
    wait
      ? `ကြိုးစားမှု များလွန်းပါသည်။ ${wait} အကြာတွင် ထပ်စမ်းကြည့်ပါ။`
      : 'ကြိုးစားမှု များလွန်းပါသည်။ နောက်မှ ထပ်စမ်းကြည့်ပါ။',
  errorProvider: 'SMS ပို့၍ မရပါ။ ခဏနေမှ ထပ်စမ်းကြည့်ပါ။',
  errorNetwork: 'ဆာဗာသို့ ချိတ်ဆက်၍ မရပါ။ ချိတ်ဆက်မှုကို စစ်ဆေးပြီး ထပ်စမ်းကြည့်ပါ။',
  errorUnknown: 'တစ်ခုခု မှားသွားပါသည်။ ထပ်စမ်းကြည့်ပါ။',
};

export default my;
