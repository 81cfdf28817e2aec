import type { Translation } from '../translation.js';

const yo: Translation = {
  $code: 'yo',
  $name: 'Yorùbá',
  $dir: 'ltr',

  title: 'Wọlé pẹ̀lú fóònù rẹ',
  phoneIntro: 'A ó fi kóòdù ránṣẹ́ sí ọ ní SMS kí o lè wọlé.',
  countryLabel: 'Orílẹ̀-èdè',
  selectedCountry: (country, callingCode) => `Orílẹ̀-èdè: ${country} (${callingCode})`,
  searchCountries: 'Wá orílẹ̀-èdè',
  noCountryFound: 'A kò rí orílẹ̀-èdè kankan',
  phoneLabel: 'Nọ́ńbà fóònù',
  sendCode: 'Fi kóòdù ránṣẹ́',
  sending: 'Ń fi ránṣẹ́…',

  codeTitle: 'Tẹ kóòdù náà',
  codeSentTo: (phoneNumber) => `A ti fi kóòdù ránṣẹ́ sí ${phoneNumber}.`,
  codeHint: { other: 'Díjítì {count}' },
  codeLabel: 'Kóòdù ìjẹ́rìísí',
  verify: 'Jẹ́rìísí',
  verifying: 'Ń jẹ́rìísí…',
  useAnotherNumber: 'Lo nọ́ńbà mìíràn',
  resendCode: 'Fi kóòdù tuntun ránṣẹ́',
  resendIn: { other: 'Kóòdù tuntun lẹ́yìn ìṣẹ́jú-àáyá {count}' },
  codeResent: 'Kóòdù tuntun ti ń bọ̀.',

  successTitle: 'O ti wọlé',
  successText: 'A ti jẹ́rìísí nọ́ńbà fóònù rẹ.',

  retry: 'Gbìyànjú lẹ́ẹ̀kan sí i',
  errorInvalidNumber: 'Nọ́ńbà fóònù yìí kò dà bí èyí tó tọ́. Ṣàyẹ̀wò rẹ̀ kí o sì gbìyànjú lẹ́ẹ̀kan sí i.',
  errorCountryNotAllowed: 'A kò gba nọ́ńbà fóònù láti orílẹ̀-èdè yìí níbí.',
  errorWrongCode: 'Kóòdù yẹn kò tọ́. Ṣàyẹ̀wò rẹ̀ kí o sì gbìyànjú lẹ́ẹ̀kan sí i.',
  errorWrongCodeAttemptsLeft: { other: 'Kóòdù yẹn kò tọ́. Ìgbìyànjú {count} ló kù.' },
  errorIncompleteCode: { other: 'Tẹ kóòdù oní-díjítì {count}.' },
  errorTooManyAttempts: 'Kóòdù tí kò tọ́ ti pọ̀ jù. Béèrè fún kóòdù tuntun.',
  errorExpired: 'Kóòdù yìí ti parí. Béèrè fún kóòdù tuntun.',
  errorSignupDisabled: 'Kò sí àkáǹtì kankan pẹ̀lú nọ́ńbà fóònù yìí.',
  errorRateLimited: (wait) =>
    wait
      ? `Ìgbìyànjú ti pọ̀ jù. Gbìyànjú lẹ́ẹ̀kan sí i lẹ́yìn ${wait}.`
      : 'Ìgbìyànjú ti pọ̀ jù. Gbìyànjú lẹ́ẹ̀kan sí i nígbà míì.',
  errorProvider: 'A kò lè fi SMS náà ránṣẹ́. Gbìyànjú lẹ́ẹ̀kan sí i láìpẹ́.',
  errorNetwork: 'A kò lè dé ọ̀dọ̀ sáfà. Ṣàyẹ̀wò ìsopọ̀ rẹ kí o sì gbìyànjú lẹ́ẹ̀kan sí i.',
  errorUnknown: 'Nǹkan kan ò lọ dáadáa. Gbìyànjú lẹ́ẹ̀kan sí i.',
};

export default yo;
