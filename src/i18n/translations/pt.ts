import type { Translation } from '../translation.js';

const pt: Translation = {
  $code: 'pt',
  $name: 'Português',
  $dir: 'ltr',

  title: 'Iniciar sessão com o telemóvel',
  phoneIntro: 'Vamos enviar-lhe um código por SMS.',
  countryLabel: 'País',
  selectedCountry: (country, callingCode) => `País: ${country} (${callingCode})`,
  searchCountries: 'Pesquisar países',
  noCountryFound: 'Nenhum país encontrado',
  phoneLabel: 'Número de telemóvel',
  sendCode: 'Enviar código',
  sending: 'A enviar…',

  codeTitle: 'Introduza o código',
  codeSentTo: (phoneNumber) => `Enviámos um código para ${phoneNumber}.`,
  codeHint: {
    one: '{count} algarismo',
    many: '{count} de algarismos',
    other: '{count} algarismos',
  },
  codeLabel: 'Código de verificação',
  verify: 'Verificar',
  verifying: 'A verificar…',
  useAnotherNumber: 'Usar outro número',
  resendCode: 'Enviar um novo código',
  resendIn: {
    one: 'Novo código dentro de {count} s',
    many: 'Novo código dentro de {count} s',
    other: 'Novo código dentro de {count} s',
  },
  codeResent: 'Um novo código está a caminho.',

  successTitle: 'Sessão iniciada',
  successText: 'O seu número de telemóvel está verificado.',

  retry: 'Tentar novamente',
  errorInvalidNumber: 'Este número não parece correto. Verifique-o e tente novamente.',
  errorCountryNotAllowed: 'Números de telefone deste país não são aceites aqui.',
  errorWrongCode: 'O código não está correto. Verifique-o e tente novamente.',
  errorWrongCodeAttemptsLeft: {
    one: 'O código não está correto. Resta {count} tentativa.',
    many: 'O código não está correto. Restam {count} de tentativas.',
    other: 'O código não está correto. Restam {count} tentativas.',
  },
  errorIncompleteCode: {
    one: 'Introduza o código de {count} algarismo.',
    many: 'Introduza o código de {count} de algarismos.',
    other: 'Introduza o código de {count} algarismos.',
  },
  errorTooManyAttempts: 'Demasiados códigos errados. Peça um novo código.',
  errorExpired: 'Este código expirou. Peça um novo código.',
  errorSignupDisabled: 'Não existe nenhuma conta com este número.',
  errorRateLimited: (wait) =>
    wait
      ? `Demasiadas tentativas. Tente novamente dentro de ${wait}.`
      : 'Demasiadas tentativas. Tente novamente mais tarde.',
  errorProvider: 'Não foi possível enviar o SMS. Tente novamente daqui a pouco.',
  errorNetwork: 'Não foi possível contactar o servidor. Verifique a ligação e tente novamente.',
  errorUnknown: 'Ocorreu um erro. Tente novamente.',
};

export default pt;
