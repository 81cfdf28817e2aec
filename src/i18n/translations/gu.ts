import type { Translation } from '../translation.js';

const gu: Translation = {
  $code: 'gu',
  $name: 'ગુજરાતી',
  $dir: 'ltr',

  title: 'તમારા ફોનથી સાઇન ઇન કરો',
  phoneIntro: 'સાઇન ઇન કરવા માટે અમે તમને SMS દ્વારા કોડ મોકલીશું.',
  countryLabel: 'દેશ',
  selectedCountry: (country, callingCode) => `દેશ: ${country} (${callingCode})`,
  searchCountries: 'દેશ શોધો',
  noCountryFound: 'કોઈ દેશ મળ્યો નથી',
  phoneLabel: 'ફોન નંબર',
  sendCode: 'કોડ મોકલો',
  sending: 'મોકલી રહ્યાં છીએ…',

  codeTitle: 'કોડ દાખલ કરો',
  codeSentTo: (phoneNumber) => `અમે ${phoneNumber} પર કોડ મોકલ્યો છે.`,
  codeHint: { one: '{count} અંક', other: '{count} અંક' },
  codeLabel: 'ચકાસણી કોડ',
  verify: 'ચકાસો',
  verifying: 'ચકાસી રહ્યાં છીએ…',
  useAnotherNumber: 'બીજો નંબર વાપરો',
  resendCode: 'નવો કોડ મોકલો',
  resendIn: { one: '{count} સેકન્ડમાં નવો કોડ', other: '{count} સેકન્ડમાં નવો કોડ' },
  codeResent: 'નવો કોડ આવી રહ્યો છે.',

  successTitle: 'તમે સાઇન ઇન થઈ ગયા છો',
  successText: 'તમારો ફોન નંબર ચકાસાઈ ગયો છે.',

  retry: 'ફરી પ્રયાસ કરો',
  errorInvalidNumber: 'આ ફોન નંબર સાચો લાગતો નથી. તેને તપાસો અને ફરી પ્રયાસ કરો.',
  errorCountryNotAllowed: 'આ દેશના ફોન નંબર અહીં સ્વીકારવામાં આવતા નથી.',
  errorWrongCode: 'આ કોડ સાચો નથી. તેને તપાસો અને ફરી પ્રયાસ કરો.',
  errorWrongCodeAttemptsLeft: {
    one: 'આ કોડ સાચો નથી. {count} પ્રયાસ બાકી છે.',
    other: 'આ કોડ સાચો નથી. {count} પ્રયાસ બાકી છે.',
  },
  errorIncompleteCode: { one: '{count} અંકનો કોડ દાખલ કરો.', other: '{count} અંકનો કોડ દાખલ કરો.' },
  errorTooManyAttempts: 'ઘણા બધા ખોટા કોડ. નવો કોડ માગો.',
  errorExpired: 'આ કોડની મુદત પૂરી થઈ ગઈ છે. નવો કોડ માગો.',
  errorSignupDisabled: 'આ ફોન નંબર સાથે કોઈ એકાઉન્ટ નથી.',
  errorRateLimited: (wait) =>
    wait
      ? `ઘણા બધા પ્રયાસો. ${wait} પછી ફરી પ્રયાસ કરો.`
      : 'ઘણા બધા પ્રયાસો. થોડી વાર પછી ફરી પ્રયાસ કરો.',
  errorProvider: 'અમે SMS મોકલી શક્યા નથી. થોડી વારમાં ફરી પ્રયાસ કરો.',
  errorNetwork: 'અમે સર્વર સુધી પહોંચી શક્યા નથી. તમારું કનેક્શન તપાસો અને ફરી પ્રયાસ કરો.',
  errorUnknown: 'કંઈક ખોટું થયું. ફરી પ્રયાસ કરો.',
};

export default gu;
