// The message a connection sends when it has no template of its own: one sentence per language
// of the widget, worded as banks and apps of that language word an SMS code. Each fits one SMS
// segment with a 6-digit code (160 GSM-7 septets, or 70 UCS-2 units for other scripts).

/** The languages of the widget, as BCP 47 tags. */
export const MESSAGE_LANGUAGES = [
  'af',
  'am',
  'ar',
  'az',
  'bg',
  'bn',
  'ca',
  'cs',
  'da',
  'de',
  'el',
  'en',
  'es',
  'es-419',
  'et',
  'fa',
  'fi',
  'fil',
  'fr',
  'fr-CA',
  'gu',
  'ha',
  'he',
  'hi',
  'hr',
  'hu',
  'id',
  'it',
  'ja',
  'km',
  'kn',
  'ko',
  'lt',
  'lv',
  'ml',
  'mr',
  'ms',
  'my',
  'nb',
  'nl',
  'nn',
  'pa',
  'pl',
  'pt',
  'pt-BR',
  'ro',
  'ru',
  'sk',
  'sl',
  'sr',
  'sv',
  'sw',
  'ta',
  'te',
  'th',
  'tr',
  'uk',
  'ur',
  'vi',
  'yo',
  'zh-CN',
  'zh-TW',
] as const;
export type MessageLanguage = (typeof MESSAGE_LANGUAGES)[number];

/** `{code}` stands for the code. */
export const DEFAULT_MESSAGES: Record<MessageLanguage, string> = {
  af: 'Jou verifikasiekode is {code}',
  am: 'የማረጋገጫ ኮድዎ {code} ነው።',
  ar: 'رمز التحقق الخاص بك هو {code}',
  az: 'Təsdiq kodunuz: {code}',
  bg: 'Вашият код за потвърждение е {code}',
  bn: 'আপনার যাচাইকরণ কোড হল {code}',
  ca: 'El teu codi de verificació és {code}',
  cs: 'Váš ověřovací kód je {code}',
  da: 'Din bekræftelseskode er {code}',
  de: 'Ihr Bestätigungscode lautet {code}',
  el: 'Ο κωδικός επαλήθευσής σας είναι {code}',
  en: 'Your verification code is: {code}',
  es: 'Tu código de verificación es {code}',
  'es-419': 'Tu código de verificación es: {code}',
  et: 'Teie kinnituskood on {code}',
  fa: 'کد تأیید شما: {code}',
  fi: 'Vahvistuskoodisi on {code}',
  fil: 'Ang iyong verification code ay {code}',
  fr: 'Votre code de vérification est {code}',
  'fr-CA': 'Votre code de vérification : {code}',
  gu: 'તમારો ચકાસણી કોડ {code} છે',
  ha: 'Lambar tabbatarwarka ita ce {code}',
  he: 'קוד האימות שלך הוא {code}',
  hi: 'आपका सत्यापन कोड {code} है',
  hr: 'Vaš kôd za potvrdu je {code}',
  hu: 'Az Ön ellenőrző kódja: {code}',
  id: 'Kode verifikasi Anda adalah {code}',
  it: 'Il tuo codice di verifica è {code}',
  ja: '認証コードは{code}です。',
  km: 'លេខកូដផ្ទៀងផ្ទាត់របស់អ្នកគឺ {code}',
  kn: 'ನಿಮ್ಮ ಪರಿಶೀಲನಾ ಕೋಡ್ {code}',
  ko: '인증번호는 {code}입니다.',
  lt: 'Jūsų patvirtinimo kodas: {code}',
  lv: 'Jūsu verifikācijas kods: {code}',
  ml: 'നിങ്ങളുടെ സ്ഥിരീകരണ കോഡ് {code} ആണ്',
  mr: 'तुमचा पडताळणी कोड {code} आहे',
  ms: 'Kod pengesahan anda ialah {code}',
  my: 'သင်၏ အတည်ပြုကုဒ်မှာ {code} ဖြစ်သည်',
  nb: 'Din bekreftelseskode er {code}',
  nl: 'Je verificatiecode is {code}',
  nn: 'Stadfestingskoden din er {code}',
  pa: 'ਤੁਹਾਡਾ ਪੁਸ਼ਟੀਕਰਨ ਕੋਡ {code} ਹੈ',
  pl: 'Twój kod weryfikacyjny to {code}',
  pt: 'O seu código de verificação é {code}',
  'pt-BR': 'Seu código de verificação é {code}',
  ro: 'Codul tău de verificare este {code}',
  ru: 'Ваш код подтверждения: {code}',
  sk: 'Váš overovací kód je {code}',
  sl: 'Vaša koda za preverjanje je {code}',
  sr: 'Ваш верификациони код је {code}',
  sv: 'Din verifieringskod är {code}',
  sw: 'Msimbo wako wa uthibitishaji ni {code}',
  ta: 'உங்கள் சரிபார்ப்புக் குறியீடு {code}',
  te: 'మీ ధృవీకరణ కోడ్ {code}',
  th: 'รหัสยืนยันของคุณคือ {code}',
  tr: 'Doğrulama kodunuz: {code}',
  uk: 'Ваш код підтвердження: {code}',
  ur: 'آپ کا تصدیقی کوڈ {code} ہے',
  vi: 'Mã xác minh của bạn là {code}',
  yo: 'Kóòdù ìjẹ́rìísí rẹ ni {code}',
  'zh-CN': '您的验证码是{code}，请勿泄露给他人。',
  'zh-TW': '您的驗證碼是{code}，請勿洩漏給他人。',
};

/** Older or broader tags, and the language of the table that stands for them. */
const ALIASES: Record<string, MessageLanguage> = {
  zh: 'zh-CN',
  'zh-hant': 'zh-TW',
  'zh-hk': 'zh-TW',
  'zh-mo': 'zh-TW',
  no: 'nb',
  tl: 'fil',
  iw: 'he',
  in: 'id',
};

// Spanish of the Americas reads Latin American Spanish before Spain's (CLDR's parent locales).
const LATIN_AMERICAN_SPANISH =
  /^es-(ar|bo|br|bz|cl|co|cr|cu|do|ec|gt|hn|mx|ni|pa|pe|pr|py|sv|us|uy|ve)$/;

const byLowerCase = new Map<string, MessageLanguage>(
  MESSAGE_LANGUAGES.map((language) => [language.toLowerCase(), language]),
);

/**
 * The table's language for a request language, as the widget falls back: the tag itself, then
 * each shorter prefix (`pt-BR-x` → `pt-BR` → `pt`, `zh-Hant-HK` → `zh-Hant` → `zh-TW`), with
 * `es-MX` and the other Spanish of the Americas as `es-419`, then `en`.
 */
export function messageLanguageFor(tag: string | null): MessageLanguage {
  const subtags = (tag ?? '').toLowerCase().replace(/_/g, '-').split('-');
  for (let length = subtags.length; length > 0; length--) {
    const candidate = subtags.slice(0, length).join('-');
    const found =
      byLowerCase.get(candidate) ??
      ALIASES[candidate] ??
      (LATIN_AMERICAN_SPANISH.test(candidate) ? 'es-419' : undefined);
    if (found) return found;
  }
  return 'en';
}

/** The default message in `language`, with `code` (digits, or digits spelled for a voice). */
export const defaultMessage = (language: MessageLanguage, code: string): string =>
  DEFAULT_MESSAGES[language].replace('{code}', code);
