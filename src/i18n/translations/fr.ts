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
  codeHint: (length) => `${length} chiffres`,
  codeLabel: 'Code de vérification',
  verify: 'Valider',
  verifying: 'Vérification…',
  useAnotherNumber: 'Utiliser un autre numéro',
  resendCode: 'Envoyer un nouveau code',
  resendIn: (seconds) => `Nouveau code dans ${seconds} s`,
  codeResent: 'Un nouveau code est en route.',

  successTitle: 'Vous êtes connecté',
  successText: 'Votre numéro de téléphone est vérifié.',

  retry: 'Réessayer',
  errorInvalidNumber: 'Ce numéro de téléphone semble incorrect. Vérifiez-le et réessayez.',
  errorCountryNotAllowed: 'Les numéros de téléphone de ce pays ne sont pas acceptés ici.',
  errorWrongCode: (attemptsLeft) =>
    attemptsLeft === undefined
      ? 'Ce code est incorrect. Vérifiez-le et réessayez.'
      : `Ce code est incorrect. ${attemptsLeft === 1 ? 'Il reste 1 essai' : `Il reste ${attemptsLeft} essais`}.`,
  errorIncompleteCode: (length) => `Saisissez le code à ${length} chiffres.`,
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
