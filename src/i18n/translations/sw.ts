import type { Translation } from '../translation.js';

const sw: Translation = {
  $code: 'sw',
  $name: 'Kiswahili',
  $dir: 'ltr',

  title: 'Ingia ukitumia simu yako',
  phoneIntro: 'Tutakutumia msimbo kwa SMS ili uingie.',
  countryLabel: 'Nchi',
  selectedCountry: (country, callingCode) => `Nchi: ${country} (${callingCode})`,
  searchCountries: 'Tafuta nchi',
  noCountryFound: 'Hakuna nchi iliyopatikana',
  phoneLabel: 'Nambari ya simu',
  sendCode: 'Tuma msimbo',
  sending: 'Inatuma…',

  codeTitle: 'Weka msimbo',
  codeSentTo: (phoneNumber) => `Tumetuma msimbo kwa ${phoneNumber}.`,
  codeHint: { one: 'Tarakimu {count}', other: 'Tarakimu {count}' },
  codeLabel: 'Msimbo wa uthibitishaji',
  verify: 'Thibitisha',
  verifying: 'Inathibitisha…',
  useAnotherNumber: 'Tumia nambari nyingine',
  resendCode: 'Tuma msimbo mpya',
  resendIn: {
    one: 'Msimbo mpya baada ya sekunde {count}',
    other: 'Msimbo mpya baada ya sekunde {count}',
  },
  codeResent: 'Msimbo mpya uko njiani.',

  successTitle: 'Umeingia',
  successText: 'Nambari yako ya simu imethibitishwa.',

  retry: 'Jaribu tena',
  errorInvalidNumber: 'Nambari hii ya simu haionekani kuwa sahihi. Iangalie kisha ujaribu tena.',
  errorCountryNotAllowed: 'Nambari za simu za nchi hii hazikubaliwi hapa.',
  errorWrongCode: 'Msimbo huo si sahihi. Uangalie kisha ujaribu tena.',
  errorWrongCodeAttemptsLeft: {
    one: 'Msimbo huo si sahihi. Umebakiza jaribio {count}.',
    other: 'Msimbo huo si sahihi. Umebakiza majaribio {count}.',
  },
  errorIncompleteCode: {
    one: 'Weka msimbo wenye tarakimu {count}.',
    other: 'Weka msimbo wenye tarakimu {count}.',
  },
  errorTooManyAttempts: 'Misimbo mingi mno isiyo sahihi. Omba msimbo mpya.',
  errorExpired: 'Muda wa msimbo huu umekwisha. Omba msimbo mpya.',
  errorSignupDisabled: 'Hakuna akaunti yenye nambari hii ya simu.',
  errorRateLimited: (wait) =>
    wait
      ? `Majaribio mengi mno. Jaribu tena baada ya ${wait}.`
      : 'Majaribio mengi mno. Jaribu tena baadaye.',
  errorProvider: 'Hatukuweza kutuma SMS. Jaribu tena baada ya muda mfupi.',
  errorNetwork: 'Hatukuweza kufikia seva. Angalia muunganisho wako kisha ujaribu tena.',
  errorUnknown: 'Hitilafu fulani imetokea. Jaribu tena.',
};

export default sw;
