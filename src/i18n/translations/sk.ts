import type { Translation } from '../translation.js';

const sk: Translation = {
  $code: 'sk',
  $name: 'Slovenčina',
  $dir: 'ltr',

  title: 'Prihlásenie telefónom',
  phoneIntro: 'Pošleme vám SMS s kódom na prihlásenie.',
  countryLabel: 'Krajina',
  selectedCountry: (country, callingCode) => `Krajina: ${country} (${callingCode})`,
  searchCountries: 'Hľadať krajinu',
  noCountryFound: 'Nenašla sa žiadna krajina',
  phoneLabel: 'Telefónne číslo',
  sendCode: 'Odoslať kód',
  sending: 'Odosiela sa…',

  codeTitle: 'Zadajte kód',
  codeSentTo: (phoneNumber) => `Kód sme poslali na číslo ${phoneNumber}.`,
  codeHint: {
    one: '{count} číslica',
    few: '{count} číslice',
    many: '{count} číslice',
    other: '{count} číslic',
  },
  codeLabel: 'Overovací kód',
  verify: 'Overiť',
  verifying: 'Overuje sa…',
  useAnotherNumber: 'Použiť iné číslo',
  resendCode: 'Poslať nový kód',
  resendIn: {
    one: 'Nový kód o {count} s',
    few: 'Nový kód o {count} s',
    many: 'Nový kód o {count} s',
    other: 'Nový kód o {count} s',
  },
  codeResent: 'Nový kód je na ceste.',

  successTitle: 'Ste prihlásení',
  successText: 'Vaše telefónne číslo je overené.',

  retry: 'Skúsiť znova',
  errorInvalidNumber: 'Toto telefónne číslo nevyzerá správne. Skontrolujte ho a skúste to znova.',
  errorCountryNotAllowed: 'Telefónne čísla z tejto krajiny tu nie sú prijímané.',
  errorWrongCode: 'Kód nie je správny. Skontrolujte ho a skúste to znova.',
  errorWrongCodeAttemptsLeft: {
    one: 'Kód nie je správny. Zostáva {count} pokus.',
    few: 'Kód nie je správny. Zostávajú {count} pokusy.',
    many: 'Kód nie je správny. Zostáva {count} pokusu.',
    other: 'Kód nie je správny. Zostáva {count} pokusov.',
  },
  errorIncompleteCode: {
    one: 'Zadajte {count}-miestny kód.',
    few: 'Zadajte {count}-miestny kód.',
    many: 'Zadajte {count}-miestny kód.',
    other: 'Zadajte {count}-miestny kód.',
  },
  errorTooManyAttempts: 'Príliš veľa nesprávnych kódov. Vyžiadajte si nový kód.',
  errorExpired: 'Platnosť kódu vypršala. Vyžiadajte si nový kód.',
  errorSignupDisabled: 'S týmto telefónnym číslom neexistuje žiadny účet.',
  errorRateLimited: (wait) =>
    wait
      ? `Príliš veľa pokusov. Skúste to znova o ${wait}.`
      : 'Príliš veľa pokusov. Skúste to znova neskôr.',
  errorProvider: 'SMS sa nepodarilo odoslať. Skúste to o chvíľu znova.',
  errorNetwork: 'Nepodarilo sa spojiť so serverom. Skontrolujte pripojenie a skúste to znova.',
  errorUnknown: 'Niečo sa pokazilo. Skúste to znova.',
};

export default sk;
