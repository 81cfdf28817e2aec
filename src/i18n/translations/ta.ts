import type { Translation } from '../translation.js';

const ta: Translation = {
  $code: 'ta',
  $name: 'தமிழ்',
  $dir: 'ltr',

  title: 'ஃபோன் மூலம் உள்நுழைக',
  phoneIntro: 'உள்நுழைய, SMS மூலம் உங்களுக்கு ஒரு குறியீட்டை அனுப்புவோம்.',
  countryLabel: 'நாடு',
  selectedCountry: (country, callingCode) => `நாடு: ${country} (${callingCode})`,
  searchCountries: 'நாட்டைத் தேடுக',
  noCountryFound: 'நாடு எதுவும் இல்லை',
  phoneLabel: 'ஃபோன் எண்',
  sendCode: 'குறியீட்டை அனுப்பு',
  sending: 'அனுப்புகிறது…',

  codeTitle: 'குறியீட்டை உள்ளிடுக',
  codeSentTo: (phoneNumber) => `${phoneNumber} என்ற எண்ணுக்குக் குறியீட்டை அனுப்பியுள்ளோம்.`,
  codeHint: { one: '{count} இலக்கங்கள்', other: '{count} இலக்கங்கள்' },
  codeLabel: 'சரிபார்ப்புக் குறியீடு',
  verify: 'சரிபார்',
  verifying: 'சரிபார்க்கிறது…',
  useAnotherNumber: 'வேறு எண்ணைப் பயன்படுத்து',
  resendCode: 'புதிய குறியீட்டை அனுப்பு',
  resendIn: { one: '{count} வி.யில் புதிய குறியீடு', other: '{count} வி.யில் புதிய குறியீடு' },
  codeResent: 'புதிய குறியீடு வந்துகொண்டிருக்கிறது.',

  successTitle: 'உள்நுழைந்துவிட்டீர்கள்',
  successText: 'உங்கள் ஃபோன் எண் சரிபார்க்கப்பட்டது.',

  retry: 'மீண்டும் முயல்க',
  errorInvalidNumber: 'இந்த ஃபோன் எண் சரியாகத் தெரியவில்லை. சரிபார்த்து மீண்டும் முயல்க.',
  errorCountryNotAllowed: 'இந்த நாட்டின் ஃபோன் எண்கள் இங்கு ஏற்கப்படாது.',
  errorWrongCode: 'குறியீடு சரியில்லை. சரிபார்த்து மீண்டும் முயல்க.',
  errorWrongCodeAttemptsLeft: {
    one: 'குறியீடு சரியில்லை. இன்னும் {count} முயற்சி மீதமுள்ளது.',
    other: 'குறியீடு சரியில்லை. இன்னும் {count} முயற்சிகள் மீதமுள்ளன.',
  },
  errorIncompleteCode: {
    one: '{count} இலக்கக் குறியீட்டை உள்ளிடுக.',
    other: '{count} இலக்கக் குறியீட்டை உள்ளிடுக.',
  },
  errorTooManyAttempts: 'தவறான குறியீடுகள் அதிகம். புதிய குறியீட்டைக் கோருக.',
  errorExpired: 'இந்தக் குறியீடு காலாவதியாகிவிட்டது. புதிய குறியீட்டைக் கோருக.',
  errorSignupDisabled: 'இந்த ஃபோன் எண்ணில் கணக்கு எதுவும் இல்லை.',
  errorRateLimited: (wait) =>
    wait
      ? `முயற்சிகள் அதிகம். மீண்டும் முயல ${wait} காத்திருக்கவும்.`
      : 'முயற்சிகள் அதிகம். பிறகு மீண்டும் முயல்க.',
  errorProvider: 'SMS அனுப்ப முடியவில்லை. சிறிது நேரம் கழித்து மீண்டும் முயல்க.',
  errorNetwork: 'சேவையகத்தை அணுக முடியவில்லை. இணைப்பைச் சரிபார்த்து மீண்டும் முயல்க.',
  errorUnknown: 'ஏதோ தவறாகிவிட்டது. மீண்டும் முயல்க.',
};

export default ta;
