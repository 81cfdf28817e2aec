// An app as Auth0's quick start writes it with @auth0/auth0-spa-js, exposed to the test as `app`.
import { createAuth0Client } from '@auth0/auth0-spa-js';

const { domain, clientId, refreshTokens } = await (await fetch('/config.json')).json();
const client = await createAuth0Client({
  domain,
  clientId,
  useRefreshTokens: refreshTokens,
  cacheLocation: refreshTokens ? 'localstorage' : 'memory',
  authorizationParams: {
    redirect_uri: `${location.origin}/spa.html`,
    connection: 'sms',
    scope: refreshTokens ? 'openid profile phone offline_access' : 'openid profile phone',
  },
});
if (new URLSearchParams(location.search).has('code')) {
  await client.handleRedirectCallback();
  history.replaceState({}, '', '/spa.html');
}
const failure = (error) => ({ error: error.error ?? error.message });
window.app = {
  login: (options) => client.loginWithRedirect(options),
  user: () => client.getUser(),
  token: (options) => client.getTokenSilently(options).catch(failure),
  logout: () => client.logout({ logoutParams: { returnTo: `${location.origin}/spa.html` } }),
};
document.documentElement.dataset.ready = 'true';
