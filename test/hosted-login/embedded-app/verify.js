// The app's cross-origin verification page (the client's cross_origin_loc), as Auth0's guide
// writes it: auth0-js hands the backend the co_verifier it kept.
import auth0 from 'auth0-js';

const { domain, clientId } = await (await fetch('/config.json')).json();
new auth0.WebAuth({ domain, clientID: clientId }).crossOriginVerification();
