import type { Translation } from '../translation.js';

const mr: Translation = {
  $code: 'mr',
  $name: 'मराठी',
  $dir: 'ltr',

  title: 'तुमच्या फोनने साइन इन करा',
  phoneIntro: 'साइन इन करण्यासाठी आम्ही तुम्हाला SMS द्वारे कोड पाठवू.',
  countryLabel: 'देश',
  selectedCountry: (country, callingCode) => `देश: ${country} (${callingCode})`,
  searchCountries: 'देश शोधा',
  noCountryFound: 'कोणताही देश सापडला नाही',
  phoneLabel: 'फोन नंबर',
  sendCode: 'कोड पाठवा',
  sending: 'पाठवत आहे…',

  codeTitle: 'कोड एंटर करा',
  codeSentTo: (phoneNumber) => `आम्ही ${phoneNumber} वर कोड पाठवला आहे.`,
  codeHint: { one: '{count} अंक', other: '{count} अंक' },
  codeLabel: 'पडताळणी कोड',
  verify: 'पडताळणी करा',
  verifying: 'पडताळणी करत आहे…',
  useAnotherNumber: 'दुसरा नंबर वापरा',
  resendCode: 'नवीन कोड पाठवा',
  resendIn: { one: '{count} सेकंदांत नवीन कोड', other: '{count} सेकंदांत नवीन कोड' },
  codeResent: 'नवीन कोड येत आहे.',

  successTitle: 'तुम्ही साइन इन केले आहे',
  successText: 'तुमच्या फोन नंबरची पडताळणी झाली आहे.',

  retry: 'पुन्हा प्रयत्न करा',
  errorInvalidNumber: 'हा फोन नंबर बरोबर दिसत नाही. तो तपासा आणि पुन्हा प्रयत्न करा.',
  errorCountryNotAllowed: 'या देशातील फोन नंबर येथे स्वीकारले जात नाहीत.',
  errorWrongCode: 'हा कोड बरोबर नाही. तो तपासा आणि पुन्हा प्रयत्न करा.',
  errorWrongCodeAttemptsLeft: {
    one: 'हा कोड बरोबर नाही. {count} प्रयत्न शिल्लक आहे.',
    other: 'हा कोड बरोबर नाही. {count} प्रयत्न शिल्लक आहेत.',
  },
  errorIncompleteCode: { one: '{count} अंकी कोड एंटर करा.', other: '{count} अंकी कोड एंटर करा.' },
  errorTooManyAttempts: 'खूप चुकीचे कोड. नवीन कोड मागवा.',
  errorExpired: 'या कोडची मुदत संपली आहे. नवीन कोड मागवा.',
  errorSignupDisabled: 'या फोन नंबरचे कोणतेही खाते नाही.',
  errorRateLimited: (wait) =>
    wait ? `खूप प्रयत्न झाले. ${wait} थांबा आणि पुन्हा प्रयत्न करा.` : 'खूप प्रयत्न झाले. नंतर पुन्हा प्रयत्न करा.',
  errorProvider: 'आम्ही SMS पाठवू शकलो नाही. थोड्या वेळाने पुन्हा प्रयत्न करा.',
  errorNetwork: 'आम्ही सर्व्हरशी कनेक्ट होऊ शकलो नाही. तुमचे कनेक्शन तपासा आणि पुन्हा प्रयत्न करा.',
  errorUnknown: 'काहीतरी चूक झाली. पुन्हा प्रयत्न करा.',
};

export default mr;
