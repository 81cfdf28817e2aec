import type { Translation } from '../translation.js';

const te: Translation = {
  $code: 'te',
  $name: 'తెలుగు',
  $dir: 'ltr',

  title: 'మీ ఫోన్‌తో సైన్ ఇన్ చేయండి',
  phoneIntro: 'సైన్ ఇన్ చేయడానికి మేము మీకు SMS ద్వారా కోడ్ పంపుతాము.',
  countryLabel: 'దేశం',
  selectedCountry: (country, callingCode) => `దేశం: ${country} (${callingCode})`,
  searchCountries: 'దేశాన్ని వెతకండి',
  noCountryFound: 'ఏ దేశమూ కనుగొనబడలేదు',
  phoneLabel: 'ఫోన్ నంబర్',
  sendCode: 'కోడ్ పంపండి',
  sending: 'పంపుతోంది…',

  codeTitle: 'కోడ్‌ను నమోదు చేయండి',
  codeSentTo: (phoneNumber) => `మేము ${phoneNumber}కు కోడ్ పంపాము.`,
  codeHint: { one: '{count} అంకె', other: '{count} అంకెలు' },
  codeLabel: 'ధృవీకరణ కోడ్',
  verify: 'ధృవీకరించండి',
  verifying: 'ధృవీకరిస్తోంది…',
  useAnotherNumber: 'వేరే నంబర్ ఉపయోగించండి',
  resendCode: 'కొత్త కోడ్ పంపండి',
  resendIn: { one: '{count} సెకన్లలో కొత్త కోడ్', other: '{count} సెకన్లలో కొత్త కోడ్' },
  codeResent: 'కొత్త కోడ్ వస్తోంది.',

  successTitle: 'మీరు సైన్ ఇన్ చేశారు',
  successText: 'మీ ఫోన్ నంబర్ ధృవీకరించబడింది.',

  retry: 'మళ్లీ ప్రయత్నించండి',
  errorInvalidNumber: 'ఈ ఫోన్ నంబర్ సరైనదిగా కనిపించడం లేదు. దాన్ని తనిఖీ చేసి మళ్లీ ప్రయత్నించండి.',
  errorCountryNotAllowed: 'ఈ దేశపు ఫోన్ నంబర్‌లు ఇక్కడ ఆమోదించబడవు.',
  errorWrongCode: 'ఆ కోడ్ సరైనది కాదు. దాన్ని తనిఖీ చేసి మళ్లీ ప్రయత్నించండి.',
  errorWrongCodeAttemptsLeft: {
    one: 'ఆ కోడ్ సరైనది కాదు. {count} ప్రయత్నం మిగిలి ఉంది.',
    other: 'ఆ కోడ్ సరైనది కాదు. {count} ప్రయత్నాలు మిగిలి ఉన్నాయి.',
  },
  errorIncompleteCode: {
    one: '{count} అంకెల కోడ్‌ను నమోదు చేయండి.',
    other: '{count} అంకెల కోడ్‌ను నమోదు చేయండి.',
  },
  errorTooManyAttempts: 'చాలా తప్పు కోడ్‌లు. కొత్త కోడ్ అడగండి.',
  errorExpired: 'ఈ కోడ్ గడువు ముగిసింది. కొత్త కోడ్ అడగండి.',
  errorSignupDisabled: 'ఈ ఫోన్ నంబర్‌తో ఏ ఖాతా లేదు.',
  errorRateLimited: (wait) =>
    wait ? `చాలా ప్రయత్నాలు. ${wait} వేచి ఉండి మళ్లీ ప్రయత్నించండి.` : 'చాలా ప్రయత్నాలు. తర్వాత మళ్లీ ప్రయత్నించండి.',
  errorProvider: 'మేము SMS పంపలేకపోయాము. కొద్దిసేపటి తర్వాత మళ్లీ ప్రయత్నించండి.',
  errorNetwork: 'సర్వర్‌ను చేరుకోలేకపోయాము. మీ కనెక్షన్‌ను తనిఖీ చేసి మళ్లీ ప్రయత్నించండి.',
  errorUnknown: 'ఏదో తప్పు జరిగింది. మళ్లీ ప్రయత్నించండి.',
};

export default te;
