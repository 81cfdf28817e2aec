import type { Translation } from '../translation.js';

const he: Translation = {
  $code: 'he',
  $name: 'עברית',
  $dir: 'rtl',

  title: 'כניסה עם הטלפון',
  phoneIntro: 'נשלח אליך קוד בהודעת SMS.',
  countryLabel: 'מדינה',
  selectedCountry: (country, callingCode) => `מדינה: ${country} (${callingCode})`,
  searchCountries: 'חיפוש מדינה',
  noCountryFound: 'לא נמצאה מדינה',
  phoneLabel: 'מספר טלפון',
  sendCode: 'שליחת קוד',
  sending: 'שולח…',

  codeTitle: 'הזנת הקוד',
  codeSentTo: (phoneNumber) => `שלחנו קוד אל ${phoneNumber}.`,
  codeHint: { one: 'ספרה אחת', two: 'שתי ספרות', other: '{count} ספרות' },
  codeLabel: 'קוד אימות',
  verify: 'אימות',
  verifying: 'מאמת…',
  useAnotherNumber: 'שימוש במספר אחר',
  resendCode: 'שליחת קוד חדש',
  resendIn: {
    one: 'קוד חדש בעוד שנייה',
    two: 'קוד חדש בעוד שתי שניות',
    other: 'קוד חדש בעוד {count} שניות',
  },
  codeResent: 'קוד חדש בדרך.',

  successTitle: 'נכנסת בהצלחה',
  successText: 'מספר הטלפון שלך אומת.',

  retry: 'ניסיון נוסף',
  errorInvalidNumber: 'נראה שמספר הטלפון שגוי. יש לבדוק ולנסות שוב.',
  errorCountryNotAllowed: 'מספרי טלפון מהמדינה הזו אינם מתקבלים כאן.',
  errorWrongCode: 'הקוד שגוי. יש לבדוק ולנסות שוב.',
  errorWrongCodeAttemptsLeft: {
    one: 'הקוד שגוי. נותר ניסיון אחד.',
    two: 'הקוד שגוי. נותרו שני ניסיונות.',
    other: 'הקוד שגוי. נותרו {count} ניסיונות.',
  },
  errorIncompleteCode: {
    one: 'יש להזין את הקוד בן הספרה האחת.',
    two: 'יש להזין את הקוד בן שתי הספרות.',
    other: 'יש להזין את הקוד בן {count} הספרות.',
  },
  errorTooManyAttempts: 'יותר מדי קודים שגויים. יש לבקש קוד חדש.',
  errorExpired: 'תוקף הקוד פג. יש לבקש קוד חדש.',
  errorSignupDisabled: 'אין חשבון עם מספר הטלפון הזה.',
  errorRateLimited: (wait) =>
    wait
      ? `יותר מדי ניסיונות. אפשר לנסות שוב בעוד ${wait}.`
      : 'יותר מדי ניסיונות. אפשר לנסות שוב מאוחר יותר.',
  errorProvider: 'לא הצלחנו לשלוח את ה-SMS. יש לנסות שוב בעוד רגע.',
  errorNetwork: 'אין חיבור לשרת. יש לבדוק את החיבור ולנסות שוב.',
  errorUnknown: 'משהו השתבש. יש לנסות שוב.',
};

export default he;
