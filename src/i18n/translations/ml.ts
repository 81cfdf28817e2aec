import type { Translation } from '../translation.js';

const ml: Translation = {
  $code: 'ml',
  $name: 'മലയാളം',
  $dir: 'ltr',

  title: 'ഫോൺ ഉപയോഗിച്ച് സൈൻ ഇൻ ചെയ്യുക',
  phoneIntro: 'സൈൻ ഇൻ ചെയ്യാൻ ഞങ്ങൾ നിങ്ങൾക്ക് SMS വഴി ഒരു കോഡ് അയയ്ക്കും.',
  countryLabel: 'രാജ്യം',
  selectedCountry: (country, callingCode) => `രാജ്യം: ${country} (${callingCode})`,
  searchCountries: 'രാജ്യം തിരയുക',
  noCountryFound: 'രാജ്യമൊന്നും കണ്ടെത്തിയില്ല',
  phoneLabel: 'ഫോൺ നമ്പർ',
  sendCode: 'കോഡ് അയയ്ക്കുക',
  sending: 'അയയ്ക്കുന്നു…',

  codeTitle: 'കോഡ് നൽകുക',
  codeSentTo: (phoneNumber) => `${phoneNumber} എന്ന നമ്പറിലേക്ക് ഞങ്ങൾ ഒരു കോഡ് അയച്ചു.`,
  codeHint: { one: '{count} അക്കങ്ങൾ', other: '{count} അക്കങ്ങൾ' },
  codeLabel: 'സ്ഥിരീകരണ കോഡ്',
  verify: 'സ്ഥിരീകരിക്കുക',
  verifying: 'സ്ഥിരീകരിക്കുന്നു…',
  useAnotherNumber: 'മറ്റൊരു നമ്പർ ഉപയോഗിക്കുക',
  resendCode: 'പുതിയ കോഡ് അയയ്ക്കുക',
  resendIn: { one: '{count} സെക്കൻഡിൽ പുതിയ കോഡ്', other: '{count} സെക്കൻഡിൽ പുതിയ കോഡ്' },
  codeResent: 'പുതിയ കോഡ് വരുന്നുണ്ട്.',

  successTitle: 'നിങ്ങൾ സൈൻ ഇൻ ചെയ്തു',
  successText: 'നിങ്ങളുടെ ഫോൺ നമ്പർ സ്ഥിരീകരിച്ചു.',

  retry: 'വീണ്ടും ശ്രമിക്കുക',
  errorInvalidNumber: 'ഈ ഫോൺ നമ്പർ ശരിയാണെന്ന് തോന്നുന്നില്ല. പരിശോധിച്ച് വീണ്ടും ശ്രമിക്കുക.',
  errorCountryNotAllowed: 'ഈ രാജ്യത്തെ ഫോൺ നമ്പറുകൾ ഇവിടെ സ്വീകരിക്കില്ല.',
  errorWrongCode: 'ആ കോഡ് ശരിയല്ല. പരിശോധിച്ച് വീണ്ടും ശ്രമിക്കുക.',
  errorWrongCodeAttemptsLeft: {
    one: 'ആ കോഡ് ശരിയല്ല. {count} ശ്രമം കൂടി ബാക്കിയുണ്ട്.',
    other: 'ആ കോഡ് ശരിയല്ല. {count} ശ്രമങ്ങൾ കൂടി ബാക്കിയുണ്ട്.',
  },
  errorIncompleteCode: { one: '{count} അക്ക കോഡ് നൽകുക.', other: '{count} അക്ക കോഡ് നൽകുക.' },
  errorTooManyAttempts: 'വളരെയധികം തെറ്റായ കോഡുകൾ. പുതിയ കോഡ് ആവശ്യപ്പെടുക.',
  errorExpired: 'ഈ കോഡിന്റെ കാലാവധി കഴിഞ്ഞു. പുതിയ കോഡ് ആവശ്യപ്പെടുക.',
  errorSignupDisabled: 'ഈ ഫോൺ നമ്പറിൽ അക്കൗണ്ട് ഒന്നുമില്ല.',
  errorRateLimited: (wait) =>
    wait
      ? `വളരെയധികം ശ്രമങ്ങൾ. ${wait} കാത്തിരുന്ന ശേഷം വീണ്ടും ശ്രമിക്കുക.`
      : 'വളരെയധികം ശ്രമങ്ങൾ. പിന്നീട് വീണ്ടും ശ്രമിക്കുക.',
  errorProvider: 'SMS അയയ്ക്കാൻ കഴിഞ്ഞില്ല. അൽപ്പസമയത്തിന് ശേഷം വീണ്ടും ശ്രമിക്കുക.',
  errorNetwork: 'സെർവറിലേക്ക് എത്താൻ കഴിഞ്ഞില്ല. നിങ്ങളുടെ കണക്ഷൻ പരിശോധിച്ച് വീണ്ടും ശ്രമിക്കുക.',
  errorUnknown: 'എന്തോ കുഴപ്പം സംഭവിച്ചു. വീണ്ടും ശ്രമിക്കുക.',
};

export default ml;
