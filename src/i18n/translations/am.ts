import type { Translation } from '../translation.js';

const am: Translation = {
  $code: 'am',
  $name: 'አማርኛ',
  $dir: 'ltr',

  title: 'በስልክዎ ይግቡ',
  phoneIntro: 'ለመግባት በኤስኤምኤስ ኮድ እንልክልዎታለን።',
  countryLabel: 'አገር',
  selectedCountry: (country, callingCode) => `አገር፦ ${country} (${callingCode})`,
  searchCountries: 'አገር ይፈልጉ',
  noCountryFound: 'ምንም አገር አልተገኘም',
  phoneLabel: 'ስልክ ቁጥር',
  sendCode: 'ኮድ ላክ',
  sending: 'በመላክ ላይ…',

  codeTitle: 'ኮዱን ያስገቡ',
  codeSentTo: (phoneNumber) => `ወደ ${phoneNumber} ኮድ ልከናል።`,
  codeHint: { one: '{count} አሃዝ', other: '{count} አሃዞች' },
  codeLabel: 'የማረጋገጫ ኮድ',
  verify: 'አረጋግጥ',
  verifying: 'በማረጋገጥ ላይ…',
  useAnotherNumber: 'ሌላ ቁጥር ይጠቀሙ',
  resendCode: 'አዲስ ኮድ ላክ',
  resendIn: { one: 'አዲስ ኮድ በ{count} ሰከንድ ውስጥ', other: 'አዲስ ኮድ በ{count} ሰከንድ ውስጥ' },
  codeResent: 'አዲስ ኮድ በመንገድ ላይ ነው።',

  successTitle: 'ገብተዋል',
  successText: 'የስልክ ቁጥርዎ ተረጋግጧል።',

  retry: 'እንደገና ይሞክሩ',
  errorInvalidNumber: 'ይህ ስልክ ቁጥር ትክክል አይመስልም። ያረጋግጡና እንደገና ይሞክሩ።',
  errorCountryNotAllowed: 'ከዚህ አገር የሆኑ ስልክ ቁጥሮች እዚህ ተቀባይነት የላቸውም።',
  errorWrongCode: 'ያ ኮድ ትክክል አይደለም። ያረጋግጡና እንደገና ይሞክሩ።',
  errorWrongCodeAttemptsLeft: {
    one: 'ያ ኮድ ትክክል አይደለም። {count} ሙከራ ቀርቷል።',
    other: 'ያ ኮድ ትክክል አይደለም። {count} ሙከራዎች ቀርተዋል።',
  },
  errorIncompleteCode: { one: 'ባለ{count} አሃዝ ኮዱን ያስገቡ።', other: 'ባለ{count} አሃዝ ኮዱን ያስገቡ።' },
  errorTooManyAttempts: 'በጣም ብዙ የተሳሳቱ ኮዶች። አዲስ ኮድ ይጠይቁ።',
  errorExpired: 'የዚህ ኮድ ጊዜ አልፎበታል። አዲስ ኮድ ይጠይቁ።',
  errorSignupDisabled: 'በዚህ ስልክ ቁጥር የተመዘገበ መለያ የለም።',
  errorRateLimited: (wait) =>
    wait ? `በጣም ብዙ ሙከራዎች። ከ${wait} በኋላ እንደገና ይሞክሩ።` : 'በጣም ብዙ ሙከራዎች። ቆይተው እንደገና ይሞክሩ።',
  errorProvider: 'የጽሑፍ መልዕክቱን መላክ አልቻልንም። ትንሽ ቆይተው እንደገና ይሞክሩ።',
  errorNetwork: 'አገልጋዩን ማግኘት አልቻልንም። ግንኙነትዎን ያረጋግጡና እንደገና ይሞክሩ።',
  errorUnknown: 'የሆነ ችግር ተፈጥሯል። እንደገና ይሞክሩ።',
};

export default am;
