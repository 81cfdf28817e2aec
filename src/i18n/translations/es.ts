import type { Translation } from '../translation.js';

const es: Translation = {
  $code: 'es',
  $name: 'Español',
  $dir: 'ltr',

  title: 'Inicia sesión con tu teléfono',
  phoneIntro: 'Te enviaremos un código por SMS.',
  countryLabel: 'País',
  selectedCountry: (country, callingCode) => `País: ${country} (${callingCode})`,
  searchCountries: 'Buscar países',
  noCountryFound: 'No se encontró ningún país',
  phoneLabel: 'Número de teléfono',
  sendCode: 'Enviar código',
  sending: 'Enviando…',

  codeTitle: 'Introduce el código',
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
  codeResent: 'Te hemos enviado un código nuevo.',

  successTitle: 'Has iniciado sesión',
  successText: 'Tu número de teléfono está verificado.',

  retry: 'Reintentar',
  errorInvalidNumber: 'Este número de teléfono no parece correcto. Revísalo e inténtalo de nuevo.',
  errorCountryNotAllowed: 'Aquí no se aceptan números de teléfono de este país.',
  errorWrongCode: 'El código no es correcto. Revísalo e inténtalo de nuevo.',
  errorWrongCodeAttemptsLeft: {
    one: 'El código no es correcto. Queda {count} intento.',
    many: 'El código no es correcto. Quedan {count} de intentos.',
    other: 'El código no es correcto. Quedan {count} intentos.',
  },
  errorIncompleteCode: {
    one: 'Introduce el código de {count} dígito.',
    many: 'Introduce el código de {count} de dígitos.',
    other: 'Introduce el código de {count} dígitos.',
  },
  errorTooManyAttempts: 'Demasiados códigos incorrectos. Pide un código nuevo.',
  errorExpired: 'Este código ha caducado. Pide un código nuevo.',
  errorSignupDisabled: 'No hay ninguna cuenta con este número de teléfono.',
  errorRateLimited: (wait) =>
    wait
      ? `Demasiados intentos. Vuelve a intentarlo en ${wait}.`
      : 'Demasiados intentos. Vuelve a intentarlo más tarde.',
  errorProvider: 'No pudimos enviar el SMS. Inténtalo de nuevo en un momento.',
  errorNetwork: 'No pudimos conectar con el servidor. Revisa tu conexión e inténtalo de nuevo.',
  errorUnknown: 'Algo salió mal. Inténtalo de nuevo.',
};

export default es;
