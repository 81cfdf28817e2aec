import type { Translation } from '../translation.js';

const fr: Translation = {
  $code: 'fr',
  $name: 'Français',
  $dir: 'ltr',

  title: 'Connexion par téléphone',
  phoneIntro: 'Nous vous enverrons un code par SMS.',
  countryLabel: 'Pays',
  selectedCountry: (country, callingCode) => `Pays : ${country} (${callingCode})`,
  searchCountries: 'Rechercher un pays',
  noCountryFound: 'Aucun pays trouvé',
  phoneLabel: 'Numéro de téléphone',
  sendCode: 'Envoyer le code',
  sending: 'Envoi…',

  codeTitle: 'Saisissez le code',
  codeSentTo: (phoneNumber) => `Nous avons envoyé un code au ${phoneNumber}.`,
  codeHint: { one: '{count} chiffre', many: '{count} de chiffres', other: '{count} chiffres' },
  codeLabel: 'Code de vérification',
  verify: 'Valider',
  verifying: 'Vérification…',
  useAnotherNumber: 'Utiliser un autre numéro',
  resendCode: 'Envoyer un nouveau code',
  resendIn: {
    one: 'Nouveau code dans {count} s',
    many: 'Nouveau code dans {count} s',
    other: 'Nouveau code dans {count} s',
  },
  codeResent: 'Un nouveau code est en route.',

  successTitle: 'Vous êtes connecté',
  successText: 'Votre numéro de téléphone est vérifié.',

  retry: 'Réessayer',
  errorInvalidNumber: 'Ce numéro de téléphone semble incorrect. Vérifiez-le et réessayez.',
  errorCountryNotAllowed: 'Les numéros de téléphone de ce pays ne sont pas acceptés ici.',
  errorWrongCode: 'Ce code est incorrect. Vérifiez-le et réessayez.',
  errorWrongCodeAttemptsLeft: {
    one: 'Ce code est incorrect. Il reste {count} essai.',
    many: 'Ce code est incorrect. Il reste {count} d’essais.',
    other: 'Ce code est incorrect. Il reste {count} essais.',
  },
  errorIncompleteCode: {
    one: 'Saisissez le code à {count} chiffre.',
    many: 'Saisissez le code à {count} de chiffres.',
    other: 'Saisissez le code à {count} chiffres.',
  },
  errorTooManyAttempts: 'Trop de codes erronés. Demandez un nouveau code.',
  errorExpired: 'Ce code a expiré. Demandez un nouveau code.',
  errorSignupDisabled: 'Aucun compte n’est associé à ce numéro de téléphone.',
  errorRateLimited: (wait) =>
    wait
      ? `Trop de tentatives. Réessayez dans ${wait}.`
      : 'Trop de tentatives. Réessayez plus tard.',
  errorProvider: 'Le SMS n’a pas pu être envoyé. Réessayez dans un instant.',
  errorNetwork: 'Impossible de joindre le serveur. Vérifiez votre connexion et réessayez.',
  errorUnknown: 'Une erreur est survenue. Réessayez.',
};

export default fr;
