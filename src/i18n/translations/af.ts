import type { Translation } from '../translation.js';

const af: Translation = {
  $code: 'af',
  $name: 'Afrikaans',
  $dir: 'ltr',

  title: 'Meld aan met jou foon',
  phoneIntro: 'Ons stuur vir jou ’n kode per SMS om aan te meld.',
  countryLabel: 'Land',
  selectedCountry: (country, callingCode) => `Land: ${country} (${callingCode})`,
  searchCountries: 'Soek lande',
  noCountryFound: 'Geen land gevind nie',
  phoneLabel: 'Foonnommer',
  sendCode: 'Stuur kode',
  sending: 'Stuur tans…',

  codeTitle: 'Voer die kode in',
  codeSentTo: (phoneNumber) => `Ons het ’n kode na ${phoneNumber} gestuur.`,
  codeHint: { one: '{count} syfer', other: '{count} syfers' },
  codeLabel: 'Verifikasiekode',
  verify: 'Verifieer',
  verifying: 'Verifieer tans…',
  useAnotherNumber: 'Gebruik ’n ander nommer',
  resendCode: 'Stuur ’n nuwe kode',
  resendIn: { one: 'Nuwe kode oor {count} s', other: 'Nuwe kode oor {count} s' },
  codeResent: '’n Nuwe kode is op pad.',

  successTitle: 'Jy is aangemeld',
  successText: 'Jou foonnommer is geverifieer.',

  retry: 'Probeer weer',
  errorInvalidNumber: 'Hierdie foonnommer lyk nie reg nie. Gaan dit na en probeer weer.',
  errorCountryNotAllowed: 'Foonnommers van hierdie land word nie hier aanvaar nie.',
  errorWrongCode: 'Daardie kode is nie reg nie. Gaan dit na en probeer weer.',
  errorWrongCodeAttemptsLeft: {
    one: 'Daardie kode is nie reg nie. Nog {count} poging oor.',
    other: 'Daardie kode is nie reg nie. Nog {count} pogings oor.',
  },
  errorIncompleteCode: {
    one: 'Voer die {count}-syferkode in.',
    other: 'Voer die {count}-syferkode in.',
  },
  errorTooManyAttempts: 'Te veel verkeerde kodes. Vra vir ’n nuwe kode.',
  errorExpired: 'Hierdie kode het verval. Vra vir ’n nuwe kode.',
  errorSignupDisabled: 'Daar is geen rekening met hierdie foonnommer nie.',
  errorRateLimited: (wait) =>
    wait ? `Te veel pogings. Probeer weer oor ${wait}.` : 'Te veel pogings. Probeer later weer.',
  errorProvider: 'Ons kon nie die SMS stuur nie. Probeer binne ’n oomblik weer.',
  errorNetwork: 'Ons kon nie die bediener bereik nie. Gaan jou verbinding na en probeer weer.',
  errorUnknown: 'Iets het skeefgeloop. Probeer weer.',
};

export default af;
