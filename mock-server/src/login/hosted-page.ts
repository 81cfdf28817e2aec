import { randomHex } from '../crypto/digest.ts';
import type { Client } from '../tenant/tenant.ts';
import type { LoginTransaction } from './transactions.ts';
import { escapeHtml, htmlResponse, page } from './html.ts';

export interface HostedPageInput {
  issuer: string;
  client: Client;
  transaction: LoginTransaction;
  connection: string;
  csrf: string;
}

/** The first language of `ui_locales` (a space-separated list of BCP 47 tags), if any. */
export function firstUiLocale(uiLocales: string | undefined): string | undefined {
  const first = uiLocales?.split(/\s+/).find(Boolean);
  return first && /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(first) ? first : undefined;
}

/**
 * The hosted login page: the `<sms-login>` element, served by the backend itself, talking to this
 * transaction's endpoints (`/u/login/txn/<id>/…`), and the form that finishes the sign-in.
 */
export function renderHostedPage(input: HostedPageInput): Response {
  const { issuer, client, transaction, connection, csrf } = input;
  const language = firstUiLocale(transaction.request.uiLocales);
  const styleNonce = randomHex(16);
  const widgetBase = `${issuer}u/login/txn/${transaction.id}`;
  const body = `<main class="hosted-login">
<sms-login domain="${escapeHtml(widgetBase)}" client-id="${escapeHtml(client.client_id)}" connection="${escapeHtml(connection)}"${
    language ? ` language="${escapeHtml(language)}"` : ''
  } scope="openid">
<span slot="header"><h1 class="application">${escapeHtml(client.name)}</h1></span>
</sms-login>
<form id="complete" method="post" action="${escapeHtml(`${issuer}u/login`)}" hidden>
<input type="hidden" name="state" value="${escapeHtml(transaction.id)}">
<input type="hidden" name="csrf_token" value="${escapeHtml(csrf)}">
<input type="hidden" name="login_ticket" value="">
</form>
</main>
<script type="module" src="/u/assets/sms-login.js"></script>
<script type="module" src="/u/assets/hosted-login.js"></script>`;
  const head = `<style nonce="${styleNonce}">
body { margin: 0; min-height: 100vh; display: grid; place-items: center; font-family: system-ui, sans-serif; background: #f5f6f8; }
.hosted-login { width: min(26rem, 100% - 2rem); }
.application { margin: 0 0 0.5rem; font-size: 1.25rem; }
</style>`;
  return htmlResponse(
    page(`Sign in to ${client.name}`, body, head, language ?? 'en', directionOf(language)),
    200,
    {
      styleNonce,
    },
  );
}

/** Right-to-left scripts among the widget's languages. */
export function directionOf(language: string | undefined): 'rtl' | 'ltr' {
  return /^(ar|he|fa|ur)(-|$)/i.test(language ?? '') ? 'rtl' : 'ltr';
}
