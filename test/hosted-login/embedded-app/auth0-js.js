// An app that embeds passwordless login with auth0-js, as Auth0's guide writes it, exposed to
// the test as `app`. Every callback becomes a promise of `{error}` or the result.
import auth0 from 'auth0-js';

const { domain, clientId } = await (await fetch('/config.json')).json();
const webAuth = new auth0.WebAuth({
  domain,
  clientID: clientId,
  redirectUri: `${location.origin}/auth0-js.html`,
  responseType: 'token id_token',
  scope: 'openid profile phone',
});
const settle = (call) =>
  new Promise((resolve) =>
    call((error, result) =>
      resolve(
        error
          ? {
              error: error.error ?? error.code ?? error.description,
              error_description: error.error_description ?? error.description,
            }
          : (result ?? {}),
      ),
    ),
  );
window.app = {
  start: (phoneNumber) =>
    settle((done) =>
      webAuth.passwordlessStart({ connection: 'sms', send: 'code', phoneNumber }, done),
    ),
  // Redirect mode leaves the page; popup mode answers through a hidden frame.
  login: (phoneNumber, verificationCode, options = {}) =>
    settle((done) =>
      webAuth.passwordlessLogin(
        {
          connection: 'sms',
          phoneNumber,
          verificationCode,
          ...options,
          ...(window.beforeRedirect && { onRedirecting: (go) => window.beforeRedirect().then(go) }),
        },
        done,
      ),
    ),
  checkSession: () => settle((done) => webAuth.checkSession({}, done)),
  country: () => settle((done) => webAuth.client.getUserCountry(done)),
};
window.parsed = location.hash ? await settle((done) => webAuth.parseHash({}, done)) : undefined;
document.documentElement.dataset.ready = 'true';
