import type { Translation } from '../translation.js';

const kn: Translation = {
  $code: 'kn',
  $name: 'ಕನ್ನಡ',
  $dir: 'ltr',

  title: 'ನಿಮ್ಮ ಫೋನ್ ಮೂಲಕ ಸೈನ್ ಇನ್ ಮಾಡಿ',
  phoneIntro: 'ಸೈನ್ ಇನ್ ಮಾಡಲು ನಾವು ನಿಮಗೆ SMS ಮೂಲಕ ಕೋಡ್ ಕಳುಹಿಸುತ್ತೇವೆ.',
  countryLabel: 'ದೇಶ',
  selectedCountry: (country, callingCode) => `ದೇಶ: ${country} (${callingCode})`,
  searchCountries: 'ದೇಶವನ್ನು ಹುಡುಕಿ',
  noCountryFound: 'ಯಾವುದೇ ದೇಶ ಕಂಡುಬಂದಿಲ್ಲ',
  phoneLabel: 'ಫೋನ್ ಸಂಖ್ಯೆ',
  sendCode: 'ಕೋಡ್ ಕಳುಹಿಸಿ',
  sending: 'ಕಳುಹಿಸಲಾಗುತ್ತಿದೆ…',

  codeTitle: 'ಕೋಡ್ ನಮೂದಿಸಿ',
  codeSentTo: (phoneNumber) => `ನಾವು ${phoneNumber} ಗೆ ಕೋಡ್ ಕಳುಹಿಸಿದ್ದೇವೆ.`,
  codeHint: { one: '{count} ಅಂಕಿ', other: '{count} ಅಂಕಿಗಳು' },
  codeLabel: 'ಪರಿಶೀಲನೆ ಕೋಡ್',
  verify: 'ಪರಿಶೀಲಿಸಿ',
  verifying: 'ಪರಿಶೀಲಿಸಲಾಗುತ್ತಿದೆ…',
  useAnotherNumber: 'ಬೇರೆ ಸಂಖ್ಯೆ ಬಳಸಿ',
  resendCode: 'ಹೊಸ ಕೋಡ್ ಕಳುಹಿಸಿ',
  resendIn: { one: '{count} ಸೆಕೆಂಡ್‌ನಲ್ಲಿ ಹೊಸ ಕೋಡ್', other: '{count} ಸೆಕೆಂಡ್‌ನಲ್ಲಿ ಹೊಸ ಕೋಡ್' },
  codeResent: 'ಹೊಸ ಕೋಡ್ ಬರುತ್ತಿದೆ.',

  successTitle: 'ನೀವು ಸೈನ್ ಇನ್ ಆಗಿದ್ದೀರಿ',
  successText: 'ನಿಮ್ಮ ಫೋನ್ ಸಂಖ್ಯೆಯನ್ನು ಪರಿಶೀಲಿಸಲಾಗಿದೆ.',

  retry: 'ಮತ್ತೆ ಪ್ರಯತ್ನಿಸಿ',
  errorInvalidNumber: 'ಈ ಫೋನ್ ಸಂಖ್ಯೆ ಸರಿಯಾಗಿರುವಂತೆ ಕಾಣುತ್ತಿಲ್ಲ. ಪರಿಶೀಲಿಸಿ ಮತ್ತೆ ಪ್ರಯತ್ನಿಸಿ.',
  errorCountryNotAllowed: 'ಈ ದೇಶದ ಫೋನ್ ಸಂಖ್ಯೆಗಳನ್ನು ಇಲ್ಲಿ ಸ್ವೀಕರಿಸಲಾಗುವುದಿಲ್ಲ.',
  errorWrongCode: 'ಆ ಕೋಡ್ ಸರಿಯಾಗಿಲ್ಲ. ಪರಿಶೀಲಿಸಿ ಮತ್ತೆ ಪ್ರಯತ್ನಿಸಿ.',
  errorWrongCodeAttemptsLeft: {
    one: 'ಆ ಕೋಡ್ ಸರಿಯಾಗಿಲ್ಲ. {count} ಪ್ರಯತ್ನ ಉಳಿದಿದೆ.',
    other: 'ಆ ಕೋಡ್ ಸರಿಯಾಗಿಲ್ಲ. {count} ಪ್ರಯತ್ನಗಳು ಉಳಿದಿವೆ.',
  },
  errorIncompleteCode: { one: '{count} ಅಂಕಿಯ ಕೋಡ್ ನಮೂದಿಸಿ.', other: '{count} ಅಂಕಿಯ ಕೋಡ್ ನಮೂದಿಸಿ.' },
  errorTooManyAttempts: 'ತುಂಬಾ ತಪ್ಪು ಕೋಡ್‌ಗಳು. ಹೊಸ ಕೋಡ್ ಕೇಳಿ.',
  errorExpired: 'ಈ ಕೋಡ್‌ನ ಅವಧಿ ಮುಗಿದಿದೆ. ಹೊಸ ಕೋಡ್ ಕೇಳಿ.',
  errorSignupDisabled: 'ಈ ಫೋನ್ ಸಂಖ್ಯೆಯೊಂದಿಗೆ ಯಾವುದೇ ಖಾತೆ ಇಲ್ಲ.',
  errorRateLimited: (wait) =>
    wait ? `ತುಂಬಾ ಪ್ರಯತ್ನಗಳು. ${wait} ಕಾಯಿರಿ, ನಂತರ ಮತ್ತೆ ಪ್ರಯತ್ನಿಸಿ.` : 'ತುಂಬಾ ಪ್ರಯತ್ನಗಳು. ನಂತರ ಮತ್ತೆ ಪ್ರಯತ್ನಿಸಿ.',
  errorProvider: 'ನಮಗೆ SMS ಕಳುಹಿಸಲು ಸಾಧ್ಯವಾಗಲಿಲ್ಲ. ಸ್ವಲ್ಪ ಸಮಯದ ನಂತರ ಮತ್ತೆ ಪ್ರಯತ್ನಿಸಿ.',
  errorNetwork: 'ಸರ್ವರ್ ತಲುಪಲು ಸಾಧ್ಯವಾಗಲಿಲ್ಲ. ನಿಮ್ಮ ಸಂಪರ್ಕವನ್ನು ಪರಿಶೀಲಿಸಿ ಮತ್ತೆ ಪ್ರಯತ್ನಿಸಿ.',
  errorUnknown: 'ಏನೋ ತಪ್ಪಾಗಿದೆ. ಮತ್ತೆ ಪ್ರಯತ್ನಿಸಿ.',
};

export default kn;
