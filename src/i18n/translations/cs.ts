import type { Translation } from '../translation.js';

const cs: Translation = {
  $code: 'cs',
  $name: 'Čeština',
  $dir: 'ltr',

  title: 'Přihlášení telefonem',
  phoneIntro: 'Pošleme vám SMS s kódem pro přihlášení.',
  countryLabel: 'Země',
  selectedCountry: (country, callingCode) => `Země: ${country} (${callingCode})`,
  searchCountries: 'Hledat zemi',
  noCountryFound: 'Žádná země nenalezena',
  phoneLabel: 'Telefonní číslo',
  sendCode: 'Odeslat kód',
  sending: 'Odesílání…',

  codeTitle: 'Zadejte kód',
  codeSentTo: (phoneNumber) => `Kód jsme poslali na číslo ${phoneNumber}.`,
  codeHint: {
    one: '{count} číslice',
    few: '{count} číslice',
    many: '{count} číslice',
    other: '{count} číslic',
  },
  codeLabel: 'Ověřovací kód',
  verify: 'Ověřit',
  verifying: 'Ověřování…',
  useAnotherNumber: 'Použít jiné číslo',
  resendCode: 'Poslat nový kód',
  resendIn: {
    one: 'Nový kód za {count} s',
    few: 'Nový kód za {count} s',
    many: 'Nový kód za {count} s',
    other: 'Nový kód za {count} s',
  },
  codeResent: 'Nový kód je na cestě.',

  successTitle: 'Jste přihlášeni',
  successText: 'Vaše telefonní číslo je ověřené.',

  retry: 'Zkusit znovu',
  errorInvalidNumber: 'Toto telefonní číslo nevypadá správně. Zkontrolujte ho a zkuste to znovu.',
  errorCountryNotAllowed: 'Telefonní čísla z této země zde nejsou přijímána.',
  errorWrongCode: 'Kód není správný. Zkontrolujte ho a zkuste to znovu.',
  errorWrongCodeAttemptsLeft: {
    one: 'Kód není správný. Zbývá {count} pokus.',
    few: 'Kód není správný. Zbývají {count} pokusy.',
    many: 'Kód není správný. Zbývá {count} pokusu.',
    other: 'Kód není správný. Zbývá {count} pokusů.',
  },
  errorIncompleteCode: {
    one: 'Zadejte {count}místný kód.',
    few: 'Zadejte {count}místný kód.',
    many: 'Zadejte {count}místný kód.',
    other: 'Zadejte {count}místný kód.',
  },
  errorTooManyAttempts: 'Příliš mnoho nesprávných kódů. Vyžádejte si nový kód.',
  errorExpired: 'Platnost kódu vypršela. Vyžádejte si nový kód.',
  errorSignupDisabled: 'K tomuto telefonnímu číslu neexistuje žádný účet.',
  errorRateLimited: (wait) =>
    wait
      ? `Příliš mnoho pokusů. Zkuste to znovu za ${wait}.`
      : 'Příliš mnoho pokusů. Zkuste to znovu později.',
  errorProvider: 'SMS se nepodařilo odeslat. Zkuste to za chvíli znovu.',
  errorNetwork: 'Nepodařilo se spojit se serverem. Zkontrolujte připojení a zkuste to znovu.',
  errorUnknown: 'Něco se pokazilo. Zkuste to znovu.',
};

export default cs;
