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
  codeHint: (length) => `${length} algarismos`,
  codeLabel: 'Código de verificação',
  verify: 'Verificar',
  verifying: 'A verificar…',
  useAnotherNumber: 'Usar outro número',
  resendCode: 'Enviar um novo código',
  resendIn: (seconds) => `Novo código dentro de ${seconds} s`,
  codeResent: 'Um novo código está a caminho.',

  successTitle: 'Sessão iniciada',
  successText: 'O seu número de telemóvel está verificado.',

  retry: 'Tentar novamente',
  errorInvalidNumber: 'Este número não parece correto. Verifique-o e tente novamente.',
  errorCountryNotAllowed: 'Números de telefone deste país não são aceites aqui.',
  errorWrongCode: (attemptsLeft) =>
    attemptsLeft === undefined
      ? 'O código não está correto. Verifique-o e tente novamente.'
      : `O código não está correto. ${attemptsLeft === 1 ? 'Resta 1 tentativa' : `Restam ${attemptsLeft} tentativas`}.`,
  errorIncompleteCode: (length) => `Introduza o código de ${length} algarismos.`,
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
