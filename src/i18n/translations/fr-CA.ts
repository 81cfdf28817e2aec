import type { Translation } from '../translation.js';

const frCA: Translation = {
  $code: 'fr-CA',
  $name: 'Français (Canada)',
  $dir: 'ltr',

  title: 'Connectez-vous avec votre téléphone',
  phoneIntro: 'Nous vous enverrons un code par texto pour vous connecter.',
  countryLabel: 'Pays',
  selectedCountry: (country, callingCode) => `Pays : ${country} (${callingCode})`,
  searchCountries: 'Rechercher un pays',
  noCountryFound: 'Aucun pays trouvé',
  phoneLabel: 'Numéro de téléphone',
  sendCode: 'Envoyer le code',
  sending: 'Envoi en cours…',

  codeTitle: 'Entrez le code',
  codeSentTo: (phoneNumber) => `Nous avons envoyé un code au ${phoneNumber}.`,
  codeHint: { one: '{count} chiffre', many: '{count} de chiffres', other: '{count} chiffres' },
  codeLabel: 'Code de vérification',
  verify: 'Vérifier',
  verifying: 'Vérification en cours…',
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
  errorInvalidNumber: 'Ce numéro de téléphone ne semble pas valide. Vérifiez-le et réessayez.',
  errorCountryNotAllowed: 'Les numéros de téléphone de ce pays ne sont pas acceptés ici.',
  errorWrongCode: 'Ce code est incorrect. Vérifiez-le et réessayez.',
  errorWrongCodeAttemptsLeft: {
    one: 'Ce code est incorrect. Il reste {count} essai.',
    many: 'Ce code est incorrect. Il reste {count} d’essais.',
    other: 'Ce code est incorrect. Il reste {count} essais.',
  },
  errorIncompleteCode: {
    one: 'Entrez le code à {count} chiffre.',
    many: 'Entrez le code à {count} de chiffres.',
    other: 'Entrez le code à {count} chiffres.',
  },
  errorTooManyAttempts: 'Trop de codes erronés. Demandez un nouveau code.',
  errorExpired: 'Ce code est expiré. Demandez un nouveau code.',
  errorSignupDisabled: 'Aucun compte n’est associé à ce numéro de téléphone.',
  errorRateLimited: (wait) =>
    wait
      ? `Trop de tentatives. Réessayez dans ${wait}.`
      : 'Trop de tentatives. Réessayez plus tard.',
  errorProvider: 'Nous n’avons pas pu envoyer le texto. Réessayez dans un instant.',
  errorNetwork: 'Nous n’arrivons pas à joindre le serveur. Vérifiez votre connexion et réessayez.',
  errorUnknown: 'Une erreur s’est produite. Réessayez.',
};

export default frCA;
