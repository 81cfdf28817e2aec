// The scripts of our pages, served from our origin (`/u/assets/<name>`) because the pages'
// Content-Security-Policy allows no inline script.
export const PAGE_SCRIPTS: Record<string, string> = {
  // form_post: submits the form that carries the answer to the app.
  'form-post.js': `document.querySelector('form[data-auto-submit]').submit();\n`,
  // web_message: posts the answer to the app's window, to its origin only.
  'web-message.js': `const data = JSON.parse(document.getElementById('authorization-response').textContent);
const target = window.opener || window.parent;
target.postMessage(data.response, data.targetOrigin);
`,
  // The cross-origin verification fallback: asks the app's verification page (auth0-js
  // crossOriginVerification) for the co_verifier of this co_id, then posts it to /co/verify.
  'co-verify.js': `const data = JSON.parse(document.getElementById('co-verification').textContent);
const form = document.getElementById('co-verify');
const frame = document.createElement('iframe');
frame.hidden = true;
window.addEventListener('message', (event) => {
  if (event.origin !== data.origin || event.source !== frame.contentWindow) return;
  if (event.data && event.data.type === 'ready')
    frame.contentWindow.postMessage({ type: 'co_verifier_request', request: { id: data.coId } }, data.origin);
  if (event.data && event.data.type === 'co_verifier_response') {
    form.elements.co_verifier.value = String(event.data.response && event.data.response.verifier || '');
    form.submit();
  }
});
frame.src = data.url + '#origin=' + encodeURIComponent(location.origin);
document.body.appendChild(frame);
`,
  // The hosted login page: the widget checks the code and hands over a login ticket, which this
  // form posts back with the page's CSRF token.
  'hosted-login.js': `const form = document.getElementById('complete');
document.querySelector('sms-login').addEventListener('sms-login-success', (event) => {
  form.elements.login_ticket.value = event.detail.accessToken;
  form.submit();
});
`,
};
