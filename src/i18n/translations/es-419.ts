import type { Translation } from '../translation.js';

const es419: Translation = {
  $code: 'es-419',
  $name: 'Español (Latinoamérica)',
  $dir: 'ltr',

  title: 'Inicia sesión con tu teléfono',
  phoneIntro: 'Te enviaremos un código por SMS para iniciar sesión.',
  countryLabel: 'País',
  selectedCountry: (country, callingCode) => `País: ${country} (${callingCode})`,
  searchCountries: 'Buscar país',
  noCountryFound: 'No se encontró ningún país',
  phoneLabel: 'Número de teléfono',
  sendCode: 'Enviar código',
  sending: 'Enviando…',

  codeTitle: 'Ingresa el código',
  codeSentTo: (phoneNumber) => `Enviamos un código al ${phoneNumber}.`,
  codeHint: { one: '{count} dígito', many: '{count} de dígitos', other: '{count} dígitos' },
  codeLabel: 'Código de verificación',
  verify: 'Verificar',
  verifying: 'Verificando…',
  useAnotherNumber: 'Usar otro número',
  resendCode: 'Enviar un código nuevo',
  resendIn: {
    one: 'Nuevo código en {count} s',
    many: 'Nuevo código en {count} s',
    other: 'Nuevo código en {count} s',
  },
  codeResent: 'Un código nuevo va en camino.',

  successTitle: 'Iniciaste sesión',
  successText: 'Se verificó tu número de teléfono.',

  retry: 'Reintentar',
  errorInvalidNumber: 'Este número de teléfono no parece correcto. Revísalo y vuelve a intentarlo.',
  errorCountryNotAllowed: 'Aquí no se aceptan números de teléfono de este país.',
  errorWrongCode: 'El código no es correcto. Revísalo y vuelve a intentarlo.',
  errorWrongCodeAttemptsLeft: {
    one: 'El código no es correcto. Queda {count} intento.',
    many: 'El código no es correcto. Quedan {count} de intentos.',
    other: 'El código no es correcto. Quedan {count} intentos.',
  },
  errorIncompleteCode: {
    one: 'Ingresa el código de {count} dígito.',
    many: 'Ingresa el código de {count} de dígitos.',
    other: 'Ingresa el código de {count} dígitos.',
  },
  errorTooManyAttempts: 'Demasiados códigos incorrectos. Solicita un código nuevo.',
  errorExpired: 'Este código venció. Solicita un código nuevo.',
  errorSignupDisabled: 'No hay ninguna cuenta con este número de teléfono.',
  errorRateLimited: (wait) =>
    wait
      ? `Demasiados intentos. Vuelve a intentarlo en ${wait}.`
      : 'Demasiados intentos. Vuelve a intentarlo más tarde.',
  errorProvider: 'No pudimos enviar el SMS. Vuelve a intentarlo en un momento.',
  errorNetwork: 'No pudimos conectarnos con el servidor. Revisa tu conexión y vuelve a intentarlo.',
  errorUnknown: 'Algo salió mal. Vuelve a intentarlo.',
};

export default es419;
