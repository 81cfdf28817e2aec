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
  // The hosted login page: the widget checks the code and hands over a login ticket, which this
  // form posts back with the page's CSRF token.
  'hosted-login.js': `const form = document.getElementById('complete');
document.querySelector('sms-login').addEventListener('sms-login-success', (event) => {
  form.elements.login_ticket.value = event.detail.accessToken;
  form.submit();
});
`,
};
