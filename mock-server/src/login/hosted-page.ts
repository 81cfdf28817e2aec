import type { Branding } from '../config/branding.ts';
import type { BrandingTheme } from '../config/branding-theme.ts';
import { randomHex } from '../crypto/digest.ts';
import { E164_PATTERN } from '../phone-number/e164.ts';
import { renderLoginPage } from '../templates/login-page.ts';
import type { Client } from '../tenant/tenant.ts';
import type { LoginTransaction } from './transactions.ts';
import { escapeHtml, htmlResponse, page } from './html.ts';
import { brandingCss, themeCss } from './page-style.ts';

export interface HostedPageInput {
  issuer: string;
  client: Client;
  transaction: LoginTransaction;
  connection: string;
  /** The connection's code length, so that the widget asks for as many digits as are sent. */
  codeLength: number | undefined;
  csrf: string;
  branding: Branding;
  /** The tenant's Universal Login theme, if it has one. */
  theme: BrandingTheme | undefined;
  /** The tenant's Universal Login page template, if it has one. */
  template: string | undefined;
}

/** The first language of `ui_locales` (a space-separated list of BCP 47 tags), if any. */
export function firstUiLocale(uiLocales: string | undefined): string | undefined {
  const first = uiLocales?.split(/\s+/).find(Boolean);
  return first && /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(first) ? first : undefined;
}

/** Right-to-left scripts among the widget's languages. */
export function directionOf(language: string | undefined): 'rtl' | 'ltr' {
  return /^(ar|he|fa|ur)(-|$)/i.test(language ?? '') ? 'rtl' : 'ltr';
}

/** A URL for a double-quoted attribute. */
const attributeUrl = (url: string): string => escapeHtml(new URL(url).href);

/**
 * The hosted login page: the `<sms-login>` element, served by the backend itself, talking to this
 * transaction's endpoints (`/u/login/txn/<id>/…`), and the form that finishes the sign-in; in the
 * tenant's page template when it has one, with its branding either way.
 */
export async function renderHostedPage(input: HostedPageInput): Promise<Response> {
  const { issuer, client, transaction, connection, csrf, branding } = input;
  const language = firstUiLocale(transaction.request.uiLocales);
  const styleNonce = randomHex(16);
  const widgetBase = `${issuer}u/login/txn/${transaction.id}`;
  const hint = transaction.request.loginHint;
  const phoneNumber = hint && E164_PATTERN.test(hint) ? ` phone-number="${escapeHtml(hint)}"` : '';
  const logoUrl = input.theme?.widget.logo_url || branding.logo_url;
  const logo = logoUrl ? `<img class="logo" src="${attributeUrl(logoUrl)}" alt="">` : '';
  const widget = `<main class="hosted-login">
<sms-login domain="${escapeHtml(widgetBase)}" client-id="${escapeHtml(client.client_id)}" connection="${escapeHtml(connection)}"${
    language ? ` language="${escapeHtml(language)}"` : ''
  }${phoneNumber}${input.codeLength ? ` code-length="${input.codeLength}"` : ''} scope="openid">
<span slot="header">${logo}<h1 class="application">${escapeHtml(client.name)}</h1></span>
</sms-login>
<form id="complete" method="post" action="${escapeHtml(`${issuer}u/login`)}" hidden>
<input type="hidden" name="state" value="${escapeHtml(transaction.id)}">
<input type="hidden" name="csrf_token" value="${escapeHtml(csrf)}">
<input type="hidden" name="login_ticket" value="">
</form>
</main>`;
  const head = `<style nonce="${styleNonce}">
body { margin: 0; min-height: 100vh; display: grid; place-items: center; font-family: system-ui, sans-serif; background: #f5f6f8; }
.hosted-login { width: min(26rem, 100% - 2rem); }
.application { margin: 0 0 0.5rem; font-size: 1.25rem; }
.logo { display: block; max-height: 3rem; margin-bottom: 0.75rem; }
${brandingCss(branding)}
${input.theme ? themeCss(input.theme) : ''}
</style>
${
  // Without a favicon of the tenant's, an empty one: the browser would otherwise ask for /favicon.ico.
  `<link rel="icon" href="${branding.favicon_url ? attributeUrl(branding.favicon_url) : 'data:,'}">`
}
<script type="module" src="/u/assets/sms-login.js"></script>
<script type="module" src="/u/assets/hosted-login.js"></script>`;
  const title = `Sign in to ${client.name}`;
  const html = input.template
    ? await renderLoginPage(
        input.template,
        { head: `<title>${escapeHtml(title)}</title>\n${head}`, widget },
        { application: { name: client.name }, locale: language ?? 'en', branding },
      )
    : page(title, widget, head, language ?? 'en', directionOf(language));
  return htmlResponse(html, 200, { styleNonce });
}
