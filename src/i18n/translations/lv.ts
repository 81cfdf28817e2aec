import type { Translation } from '../translation.js';

const lv: Translation = {
  $code: 'lv',
  $name: 'Latviešu',
  $dir: 'ltr',

  title: 'Pierakstieties ar tālruni',
  phoneIntro: 'Mēs nosūtīsim jums pierakstīšanās kodu īsziņā.',
  countryLabel: 'Valsts',
  selectedCountry: (country, callingCode) => `Valsts: ${country} (${callingCode})`,
  searchCountries: 'Meklēt valsti',
  noCountryFound: 'Neviena valsts netika atrasta',
  phoneLabel: 'Tālruņa numurs',
  sendCode: 'Sūtīt kodu',
  sending: 'Notiek sūtīšana…',

  codeTitle: 'Ievadiet kodu',
  codeSentTo: (phoneNumber) => `Mēs nosūtījām kodu uz numuru ${phoneNumber}.`,
  codeHint: { zero: '{count} cipari', one: '{count} cipars', other: '{count} cipari' },
  codeLabel: 'Verifikācijas kods',
  verify: 'Verificēt',
  verifying: 'Notiek verificēšana…',
  useAnotherNumber: 'Izmantot citu numuru',
  resendCode: 'Sūtīt jaunu kodu',
  resendIn: {
    zero: 'Jauns kods pēc {count} s',
    one: 'Jauns kods pēc {count} s',
    other: 'Jauns kods pēc {count} s',
  },
  codeResent: 'Jauns kods jau ceļā.',

  successTitle: 'Jūs esat pierakstījies',
  successText: 'Jūsu tālruņa numurs ir verificēts.',

  retry: 'Mēģināt vēlreiz',
  errorInvalidNumber: 'Šķiet, ka tālruņa numurs nav pareizs. Pārbaudiet to un mēģiniet vēlreiz.',
  errorCountryNotAllowed: 'Šīs valsts tālruņa numuri šeit netiek pieņemti.',
  errorWrongCode: 'Kods nav pareizs. Pārbaudiet to un mēģiniet vēlreiz.',
  errorWrongCodeAttemptsLeft: {
    zero: 'Kods nav pareizs. Atlikuši {count} mēģinājumi.',
    one: 'Kods nav pareizs. Atlicis {count} mēģinājums.',
    other: 'Kods nav pareizs. Atlikuši {count} mēģinājumi.',
  },
  errorIncompleteCode: {
    zero: 'Ievadiet {count} ciparu kodu.',
    one: 'Ievadiet {count} ciparu kodu.',
    other: 'Ievadiet {count} ciparu kodu.',
  },
  errorTooManyAttempts: 'Pārāk daudz nepareizu kodu. Pieprasiet jaunu kodu.',
  errorExpired: 'Šī koda derīguma termiņš ir beidzies. Pieprasiet jaunu kodu.',
  errorSignupDisabled: 'Ar šo tālruņa numuru nav reģistrēts neviens konts.',
  errorRateLimited: (wait) =>
    wait
      ? `Pārāk daudz mēģinājumu. Uzgaidiet ${wait} un mēģiniet vēlreiz.`
      : 'Pārāk daudz mēģinājumu. Mēģiniet vēlreiz vēlāk.',
  errorProvider: 'Neizdevās nosūtīt īsziņu. Pēc brīža mēģiniet vēlreiz.',
  errorNetwork: 'Neizdevās sazināties ar serveri. Pārbaudiet savienojumu un mēģiniet vēlreiz.',
  errorUnknown: 'Radās kļūda. Mēģiniet vēlreiz.',
};

export default lv;
