import type { Translation } from '../translation.js';

const el: Translation = {
  $code: 'el',
  $name: 'Ελληνικά',
  $dir: 'ltr',

  title: 'Σύνδεση με το τηλέφωνό σας',
  phoneIntro: 'Θα σας στείλουμε έναν κωδικό με SMS για να συνδεθείτε.',
  countryLabel: 'Χώρα',
  selectedCountry: (country, callingCode) => `Χώρα: ${country} (${callingCode})`,
  searchCountries: 'Αναζήτηση χώρας',
  noCountryFound: 'Δεν βρέθηκε χώρα',
  phoneLabel: 'Αριθμός τηλεφώνου',
  sendCode: 'Αποστολή κωδικού',
  sending: 'Αποστολή…',

  codeTitle: 'Εισαγάγετε τον κωδικό',
  codeSentTo: (phoneNumber) => `Στείλαμε έναν κωδικό στο ${phoneNumber}.`,
  codeHint: { one: '{count} ψηφίο', other: '{count} ψηφία' },
  codeLabel: 'Κωδικός επαλήθευσης',
  verify: 'Επαλήθευση',
  verifying: 'Επαλήθευση…',
  useAnotherNumber: 'Χρήση άλλου αριθμού',
  resendCode: 'Αποστολή νέου κωδικού',
  resendIn: { one: 'Νέος κωδικός σε {count} δευτ.', other: 'Νέος κωδικός σε {count} δευτ.' },
  codeResent: 'Ένας νέος κωδικός είναι καθ’ οδόν.',

  successTitle: 'Συνδεθήκατε',
  successText: 'Ο αριθμός τηλεφώνου σας επαληθεύτηκε.',

  retry: 'Δοκιμάστε ξανά',
  errorInvalidNumber:
    'Αυτός ο αριθμός τηλεφώνου δεν φαίνεται σωστός. Ελέγξτε τον και δοκιμάστε ξανά.',
  errorCountryNotAllowed: 'Οι αριθμοί τηλεφώνου από αυτήν τη χώρα δεν γίνονται δεκτοί εδώ.',
  errorWrongCode: 'Ο κωδικός δεν είναι σωστός. Ελέγξτε τον και δοκιμάστε ξανά.',
  errorWrongCodeAttemptsLeft: {
    one: 'Ο κωδικός δεν είναι σωστός. Απομένει {count} προσπάθεια.',
    other: 'Ο κωδικός δεν είναι σωστός. Απομένουν {count} προσπάθειες.',
  },
  errorIncompleteCode: {
    one: 'Εισαγάγετε τον κωδικό {count} ψηφίου.',
    other: 'Εισαγάγετε τον κωδικό {count} ψηφίων.',
  },
  errorTooManyAttempts: 'Πάρα πολλοί λανθασμένοι κωδικοί. Ζητήστε νέο κωδικό.',
  errorExpired: 'Αυτός ο κωδικός έχει λήξει. Ζητήστε νέο κωδικό.',
  errorSignupDisabled: 'Δεν υπάρχει λογαριασμός με αυτόν τον αριθμό τηλεφώνου.',
  errorRateLimited: (wait) =>
    wait
      ? `Πάρα πολλές προσπάθειες. Δοκιμάστε ξανά σε ${wait}.`
      : 'Πάρα πολλές προσπάθειες. Δοκιμάστε ξανά αργότερα.',
  errorProvider: 'Δεν ήταν δυνατή η αποστολή του SMS. Δοκιμάστε ξανά σε λίγο.',
  errorNetwork:
    'Δεν ήταν δυνατή η σύνδεση με τον διακομιστή. Ελέγξτε τη σύνδεσή σας και δοκιμάστε ξανά.',
  errorUnknown: 'Κάτι πήγε στραβά. Δοκιμάστε ξανά.',
};

export default el;
