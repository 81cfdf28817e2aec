import type { Translation } from '../translation.js';

const ptBR: Translation = {
  $code: 'pt-BR',
  $name: 'Português (Brasil)',
  $dir: 'ltr',

  title: 'Entrar com seu celular',
  phoneIntro: 'Vamos enviar um código por SMS.',
  countryLabel: 'País',
  selectedCountry: (country, callingCode) => `País: ${country} (${callingCode})`,
  searchCountries: 'Buscar países',
  noCountryFound: 'Nenhum país encontrado',
  phoneLabel: 'Número de celular',
  sendCode: 'Enviar código',
  sending: 'Enviando…',

  codeTitle: 'Digite o código',
  codeSentTo: (phoneNumber) => `Enviamos um código para ${phoneNumber}.`,
  codeHint: { one: '{count} dígito', many: '{count} de dígitos', other: '{count} dígitos' },
  codeLabel: 'Código de verificação',
  verify: 'Verificar',
  verifying: 'Verificando…',
  useAnotherNumber: 'Usar outro número',
  resendCode: 'Enviar um novo código',
  resendIn: {
    one: 'Novo código em {count} s',
    many: 'Novo código em {count} s',
    other: 'Novo código em {count} s',
  },
  codeResent: 'Um novo código está a caminho.',

  successTitle: 'Você entrou',
  successText: 'Seu número de celular foi verificado.',

  retry: 'Tentar de novo',
  errorInvalidNumber: 'Este número não parece correto. Confira e tente de novo.',
  errorCountryNotAllowed: 'Números de telefone deste país não são aceitos aqui.',
  errorWrongCode: 'O código está incorreto. Confira e tente de novo.',
  errorWrongCodeAttemptsLeft: {
    one: 'O código está incorreto. Resta {count} tentativa.',
    many: 'O código está incorreto. Restam {count} de tentativas.',
    other: 'O código está incorreto. Restam {count} tentativas.',
  },
  errorIncompleteCode: {
    one: 'Digite o código de {count} dígito.',
    many: 'Digite o código de {count} de dígitos.',
    other: 'Digite o código de {count} dígitos.',
  },
  errorTooManyAttempts: 'Muitos códigos incorretos. Peça um novo código.',
  errorExpired: 'Este código expirou. Peça um novo código.',
  errorSignupDisabled: 'Não existe conta com este número de celular.',
  errorRateLimited: (wait) =>
    wait
      ? `Muitas tentativas. Tente de novo em ${wait}.`
      : 'Muitas tentativas. Tente de novo mais tarde.',
  errorProvider: 'Não foi possível enviar o SMS. Tente de novo em instantes.',
  errorNetwork: 'Não foi possível acessar o servidor. Verifique sua conexão e tente de novo.',
  errorUnknown: 'Algo deu errado. Tente de novo.',
};

export default ptBR;
