import type { BackendContext, RequestInfo } from '../context.ts';
import {
  AuthorizePageError,
  AuthorizeRedirectError,
  checkClientAndRedirect,
  readAuthorizationRequest,
  type AuthorizationRequest,
} from '../login/authorization-request.ts';
import { answerAuthorization, withinMaxAge } from '../login/complete.ts';
import { BROWSER_COOKIE, SESSION_COOKIE, cookieHeader, readCookie } from '../login/cookies.ts';
import { errorPage } from '../login/error-page.ts';
import { redirect, respondToApp } from '../login/respond.ts';
import { newSecret } from '../login/secrets.ts';
import { resumeSession } from '../login/sessions.ts';
import { createTransaction, TRANSACTION_LIFETIME_MS } from '../login/transactions.ts';
import { AUTHORIZATION_CODE_GRANT, IMPLICIT_GRANT } from '../config/schema.ts';
import { ticketLogin } from './authorize-ticket.ts';

/**
 * `GET /authorize`: the authorization code flow (with PKCE) and the implicit response types as
 * Auth0 runs them. A login ticket from `/co/authenticate` signs in at once; so does a live
 * session; otherwise the browser goes to the hosted login page, bound to it by a cookie.
 */
export function authorize(
  context: BackendContext,
  request: Request,
  info: RequestInfo,
): Promise<Response> {
  return authorizeWith(context, request, info, new URL(request.url).searchParams);
}

/** `/authorize` for `query`; `coVerifier` comes from the cross-origin verification page. */
export async function authorizeWith(
  context: BackendContext,
  request: Request,
  info: RequestInfo,
  query: URLSearchParams,
  coVerifier?: string,
): Promise<Response> {
  let checked: Awaited<ReturnType<typeof checkClientAndRedirect>>;
  try {
    checked = await checkClientAndRedirect(query, (id) => context.tenant.findClient(id));
  } catch (error) {
    if (error instanceof AuthorizePageError) return errorPage(error.error, error.description);
    throw error;
  }
  const { client, redirectUri } = checked;
  // Until the response mode is known, errors go back in the default one.
  const implicit = /token/.test(query.get('response_type') ?? '');
  let authorization: AuthorizationRequest = {
    clientId: client.client_id,
    redirectUri,
    responseType: 'code',
    responseMode: implicit ? 'fragment' : 'query',
    scope: 'openid',
    state: query.get('state') ?? undefined,
  };
  try {
    authorization = readAuthorizationRequest(query, client.client_id, redirectUri);
    const grant = authorization.responseType === 'code' ? AUTHORIZATION_CODE_GRANT : IMPLICIT_GRANT;
    if (!client.grant_types.includes(grant))
      throw new AuthorizeRedirectError(
        'unauthorized_client',
        `Grant type '${grant}' not allowed for the client.`,
      );
    if (authorization.responseMode === 'web_message' && !allowsWebMessage(client, redirectUri))
      throw new AuthorizeRedirectError(
        'invalid_request',
        'The redirect_uri origin is not an allowed web origin of the application.',
      );
    if (authorization.connection !== undefined) {
      const connection = await context.tenant.findConnection(authorization.connection);
      if (!connection || !connection.enabled_clients.includes(client.client_id))
        throw new AuthorizeRedirectError(
          'invalid_request',
          `the connection was not found or is not enabled for this application`,
        );
    }
    if (authorization.audience === context.managementAudience)
      throw new AuthorizeRedirectError(
        'access_denied',
        'The Management API does not accept user tokens.',
      );
    // As Auth0: an access token is issued for a registered API only.
    if (
      authorization.audience !== undefined &&
      !(await context.tenant.findResourceServer(authorization.audience))
    )
      throw new AuthorizeRedirectError(
        'access_denied',
        `Service not found: ${authorization.audience.slice(0, 512)}`,
      );

    // Embedded login: the ticket decides, whatever `prompt` says (auth0-js popup mode sends none).
    if (query.has('login_ticket'))
      return await ticketLogin(context, request, info, {
        client,
        authorization,
        query,
        coVerifier,
      });

    const session = await resumeSession(context, readCookie(request, SESSION_COOKIE));
    if (
      session &&
      authorization.prompt !== 'login' &&
      withinMaxAge(context, authorization, session)
    )
      return await answerAuthorization(context, client, authorization, session, {
        request,
        info,
      });
    if (authorization.prompt === 'none')
      throw new AuthorizeRedirectError('login_required', 'Login required');

    let browser = readCookie(request, BROWSER_COOKIE);
    const headers: Record<string, string> = {};
    if (!browser) {
      browser = (await newSecret()).secret;
      headers['Set-Cookie'] = cookieHeader(
        context.issuer,
        BROWSER_COOKIE,
        browser,
        TRANSACTION_LIFETIME_MS / 1000,
      );
    }
    const transaction = await createTransaction(context, authorization, browser);
    return redirect(`${context.issuer}u/login?state=${transaction.id}`, headers);
  } catch (error) {
    if (error instanceof AuthorizeRedirectError)
      return respondToApp(authorization, {
        error: error.error,
        error_description: error.description,
      });
    throw error;
  }
}

/** `web_message` answers go to the redirect URI's origin: it must be one the client allows. */
function allowsWebMessage(client: { web_origins: string[] }, redirectUri: string): boolean {
  return client.web_origins.includes(new URL(redirectUri).origin);
}
