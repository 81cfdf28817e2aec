import type { Translation } from '../translation.js';

const hi: Translation = {
  $code: 'hi',
  $name: 'हिन्दी',
  $dir: 'ltr',

  title: 'अपने फ़ोन से साइन इन करें',
  phoneIntro: 'हम आपको SMS से एक कोड भेजेंगे।',
  countryLabel: 'देश',
  selectedCountry: (country, callingCode) => `देश: ${country} (${callingCode})`,
  searchCountries: 'देश खोजें',
  noCountryFound: 'कोई देश नहीं मिला',
  phoneLabel: 'फ़ोन नंबर',
  sendCode: 'कोड भेजें',
  sending: 'भेजा जा रहा है…',

  codeTitle: 'कोड दर्ज करें',
  codeSentTo: (phoneNumber) => `हमने ${phoneNumber} पर कोड भेजा है।`,
  codeHint: { one: '{count} अंक', other: '{count} अंक' },
  codeLabel: 'सत्यापन कोड',
  verify: 'सत्यापित करें',
  verifying: 'सत्यापित किया जा रहा है…',
  useAnotherNumber: 'दूसरा नंबर इस्तेमाल करें',
  resendCode: 'नया कोड भेजें',
  resendIn: { one: '{count} सेकंड में नया कोड', other: '{count} सेकंड में नया कोड' },
  codeResent: 'नया कोड भेजा जा रहा है।',

  successTitle: 'आप साइन इन हो गए हैं',
  successText: 'आपका फ़ोन नंबर सत्यापित हो गया है।',

  retry: 'फिर से कोशिश करें',
  errorInvalidNumber: 'यह फ़ोन नंबर सही नहीं लगता। जाँचें और फिर से कोशिश करें।',
  errorCountryNotAllowed: 'इस देश के फ़ोन नंबर यहाँ स्वीकार नहीं किए जाते।',
  errorWrongCode: 'कोड सही नहीं है। जाँचें और फिर से कोशिश करें।',
  errorWrongCodeAttemptsLeft: {
    one: 'कोड सही नहीं है। {count} प्रयास बाकी है।',
    other: 'कोड सही नहीं है। {count} प्रयास बाकी हैं।',
  },
  errorIncompleteCode: { one: '{count} अंक का कोड दर्ज करें।', other: '{count} अंकों का कोड दर्ज करें।' },
  errorTooManyAttempts: 'बहुत ज़्यादा गलत कोड। नया कोड माँगें।',
  errorExpired: 'इस कोड की समय-सीमा खत्म हो गई है। नया कोड माँगें।',
  errorSignupDisabled: 'इस फ़ोन नंबर से कोई खाता नहीं है।',
  errorRateLimited: (wait) =>
    wait
      ? `बहुत ज़्यादा प्रयास। ${wait} बाद फिर से कोशिश करें।`
      : 'बहुत ज़्यादा प्रयास। बाद में फिर से कोशिश करें।',
  errorProvider: 'SMS नहीं भेजा जा सका। थोड़ी देर बाद फिर से कोशिश करें।',
  errorNetwork: 'सर्वर तक नहीं पहुँच सके। अपना कनेक्शन जाँचें और फिर से कोशिश करें।',
  errorUnknown: 'कुछ गड़बड़ हो गई। फिर से कोशिश करें।',
};

export default hi;
