import type { BackendContext, RequestInfo } from '../context.ts';
import { AuthError } from '../errors.ts';
import { readAuthApiBody } from '../http/body.ts';
import { logInWithCode } from '../login/code-login.ts';
import { answerAuthorization } from '../login/complete.ts';
import { BROWSER_COOKIE, readCookie } from '../login/cookies.ts';
import { errorPage } from '../login/error-page.ts';
import { renderHostedPage } from '../login/hosted-page.ts';
import { issueLoginTicket, redeemLoginTicket } from '../login/login-tickets.ts';
import { PAGE_SCRIPTS } from '../login/page-scripts.ts';
import { openSession } from '../login/sessions.ts';
import {
  checkCsrfToken,
  csrfToken,
  endTransaction,
  findTransaction,
  type LoginTransaction,
} from '../login/transactions.ts';
import { passwordlessStart } from './passwordless-start.ts';
import { requireParameter } from './token/token-request.ts';

/** Loads a file of the built widget (`sms-login.js`, `chunks/…`); only the Node server has them. */
export type WidgetAssetLoader = (path: string) => Promise<Uint8Array<ArrayBuffer> | undefined>;

const EXPIRED =
  'The sign-in took too long or was started in another browser. Go back to the application and sign in again.';

async function transactionOf(context: BackendContext, request: Request, id: string | null) {
  return findTransaction(context, id, readCookie(request, BROWSER_COOKIE));
}

/** `GET /u/login?state=<transaction>`: the hosted page. */
export async function hostedLoginPage(
  context: BackendContext,
  request: Request,
): Promise<Response> {
  const transaction = await transactionOf(
    context,
    request,
    new URL(request.url).searchParams.get('state'),
  );
  if (!transaction) return errorPage('invalid_request', EXPIRED);
  const client = await context.tenant.findClient(transaction.request.clientId);
  if (!client) return errorPage('invalid_request', 'Unknown client.');
  const connection = await connectionFor(context, transaction);
  return renderHostedPage({
    issuer: context.issuer,
    client,
    transaction,
    connection,
    codeLength: (await context.tenant.findConnection(connection))?.options.totp.length,
    csrf: await csrfToken(context, transaction, readCookie(request, BROWSER_COOKIE)!),
    branding: await context.tenant.branding(),
    theme: await context.tenant.theme(),
    template: await context.tenant.universalLoginTemplate(),
  });
}

async function connectionFor(context: BackendContext, transaction: LoginTransaction) {
  if (transaction.request.connection) return transaction.request.connection;
  const enabled = (await context.tenant.listConnections()).find(
    (connection) =>
      connection.strategy === 'sms' &&
      connection.enabled_clients.includes(transaction.request.clientId),
  );
  return enabled?.name ?? 'sms';
}

/**
 * The page's own API calls (`/u/login/txn/<id>/passwordless/start` and `…/oauth/token`) come
 * from our origin, in the browser the transaction is bound to; anything else is refused.
 */
async function pageCall(context: BackendContext, request: Request, id: string) {
  if (request.headers.get('origin') !== new URL(context.issuer).origin)
    throw new AuthError(403, 'access_denied', 'Cross-site request refused.');
  const transaction = await transactionOf(context, request, id);
  if (!transaction) throw new AuthError(403, 'access_denied', EXPIRED);
  return transaction;
}

/** Strips the Origin header: the page is ours, not one of the client's web origins. */
function asFirstParty(request: Request, body: unknown): Request {
  const headers = new Headers(request.headers);
  headers.delete('origin');
  headers.set('content-type', 'application/json');
  return new Request(request.url, { method: 'POST', headers, body: JSON.stringify(body) });
}

export async function hostedLoginStart(
  context: BackendContext,
  request: Request,
  info: RequestInfo,
  id: string,
): Promise<Response> {
  const transaction = await pageCall(context, request, id);
  const body = await readAuthApiBody(request, 'bad.request');
  if (body.client_id !== transaction.request.clientId)
    throw new AuthError(400, 'bad.client_id', 'The client is not the one signing in.');
  return passwordlessStart(context, asFirstParty(request, body), info);
}

/**
 * The page's code check: the same code rules as `/oauth/token`; the answer carries a login ticket
 * where a token would be, which only this transaction's form can redeem.
 */
export async function hostedLoginVerify(
  context: BackendContext,
  request: Request,
  id: string,
): Promise<Response> {
  const transaction = await pageCall(context, request, id);
  const body = await readAuthApiBody(request, 'invalid_request');
  const connection = await context.tenant.findConnection(requireParameter(body, 'realm', 128));
  if (!connection || !connection.enabled_clients.includes(transaction.request.clientId))
    throw new AuthError(400, 'invalid_request', 'Connection does not exist');
  const user = await logInWithCode(context, {
    connection,
    clientId: transaction.request.clientId,
    phoneNumber: requireParameter(body, 'username', 32),
    otp: requireParameter(body, 'otp', 64),
  });
  const ticket = await issueLoginTicket(context, {
    userId: user.user_id,
    clientId: transaction.request.clientId,
    transactionId: transaction.id,
  });
  return Response.json(
    { access_token: ticket, token_type: 'login_ticket', expires_in: 120 },
    { headers: { 'Cache-Control': 'no-store' } },
  );
}

/** `POST /u/login`: the page's form with the ticket; opens the session and answers the app. */
export async function hostedLoginComplete(
  context: BackendContext,
  request: Request,
  info: RequestInfo,
): Promise<Response> {
  const form = await readAuthApiBody(request, 'invalid_request');
  const browser = readCookie(request, BROWSER_COOKIE);
  const transaction = await findTransaction(
    context,
    typeof form.state === 'string' ? form.state : undefined,
    browser,
  );
  if (!transaction || !browser) return errorPage('invalid_request', EXPIRED);
  if (!(await checkCsrfToken(context, transaction, browser, form.csrf_token)))
    return errorPage('invalid_request', 'The form was not sent by the sign-in page.', 403);
  const ticket = await redeemLoginTicket(
    context,
    form.login_ticket,
    (found) => 'transactionId' in found && found.transactionId === transaction.id,
  );
  const user = ticket ? await context.store.findUserById(ticket.userId) : undefined;
  if (!user || user.blocked)
    return errorPage('access_denied', 'The sign-in was not completed.', 403);
  const client = await context.tenant.findClient(transaction.request.clientId);
  if (!client) return errorPage('invalid_request', 'Unknown client.');
  await endTransaction(context, transaction.id);
  const { cookie, session } = await openSession(context, user);
  return answerAuthorization(context, client, transaction.request, session, {
    request,
    info,
    newSessionCookie: cookie,
  });
}

const CONTENT_TYPES: Record<string, string> = { js: 'text/javascript; charset=utf-8' };

/** `GET /u/assets/<path>`: the page scripts, and the built widget where the door provides it. */
export async function hostedLoginAsset(
  path: string,
  loadWidgetAsset: WidgetAssetLoader | undefined,
): Promise<Response> {
  const headers = {
    'Content-Type': CONTENT_TYPES.js!,
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Resource-Policy': 'same-origin',
  };
  const script = PAGE_SCRIPTS[path];
  if (script !== undefined)
    return new Response(script, { headers: { ...headers, 'Cache-Control': 'no-cache' } });
  if (!/^(sms-login\.js|chunks\/[A-Za-z0-9_.-]+\.js)$/.test(path) || !loadWidgetAsset)
    return new Response('Not found', { status: 404 });
  const bytes = await loadWidgetAsset(path);
  if (!bytes) return new Response('Not found', { status: 404 });
  // Chunk names carry a content hash: cached for good. The entry keeps its name: revalidated.
  const cache = path.startsWith('chunks/') ? 'public, max-age=31536000, immutable' : 'no-cache';
  return new Response(bytes, { headers: { ...headers, 'Cache-Control': cache } });
}
