// An app that shows Auth0's passwordless Lock for sms, as Auth0's guide writes it; the test reads
// `lockEvents`.
import { Auth0LockPasswordless } from 'auth0-lock';

const { domain, clientId } = await (await fetch('/config.json')).json();
window.lockEvents = [];
const lock = new Auth0LockPasswordless(clientId, domain, {
  allowedConnections: ['sms'],
  passwordlessMethod: 'code',
  auth: {
    redirectUrl: `${location.origin}/lock.html`,
    responseType: 'token id_token',
    params: { scope: 'openid profile phone' },
  },
});
for (const name of ['authenticated', 'authorization_error', 'unrecoverable_error'])
  lock.on(name, (result) => window.lockEvents.push({ name, result }));
lock.show();
document.documentElement.dataset.ready = 'true';
