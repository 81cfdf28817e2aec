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
  codeSentTo: (phoneNumber) => `שלחנו קוד אל \u2066${phoneNumber}\u2069.`,
  codeHint: (length) => `${length} ספרות`,
  codeLabel: 'קוד אימות',
  verify: 'אימות',
  verifying: 'מאמת…',
  useAnotherNumber: 'שימוש במספר אחר',
  resendCode: 'שליחת קוד חדש',
  resendIn: (seconds) => `קוד חדש בעוד ${seconds} שנ׳`,
  codeResent: 'קוד חדש בדרך.',

  successTitle: 'נכנסת בהצלחה',
  successText: 'מספר הטלפון שלך אומת.',

  retry: 'ניסיון נוסף',
  errorInvalidNumber: 'נראה שמספר הטלפון שגוי. יש לבדוק ולנסות שוב.',
  errorCountryNotAllowed: 'מספרי טלפון מהמדינה הזו אינם מתקבלים כאן.',
  errorWrongCode: (attemptsLeft) =>
    attemptsLeft === undefined
      ? 'הקוד שגוי. יש לבדוק ולנסות שוב.'
      : `הקוד שגוי. ${attemptsLeft === 1 ? 'נותר ניסיון אחד' : `נותרו ${attemptsLeft} ניסיונות`}.`,
  errorIncompleteCode: (length) => `יש להזין את הקוד בן ${length} הספרות.`,
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
