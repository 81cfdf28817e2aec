import type { BackendContext } from '../context.ts';
import { clearCookieHeader, readCookie, SESSION_COOKIE } from '../login/cookies.ts';
import { errorPage } from '../login/error-page.ts';
import { htmlResponse, page } from '../login/html.ts';
import { redirect } from '../login/respond.ts';
import { endSession } from '../login/sessions.ts';
import { decodeJwt } from 'jose';

/**
 * `GET /v2/logout?client_id&returnTo` (Auth0's) and `GET /oidc/logout?id_token_hint&
 * post_logout_redirect_uri&state` (OpenID Connect RP-initiated logout): ends the browser's
 * session, then returns to the app only at one of the client's allowed logout URLs (the
 * tenant's without a client).
 */
export async function logout(context: BackendContext, request: Request): Promise<Response> {
  const url = new URL(request.url);
  const query = url.searchParams;
  const oidc = url.pathname.endsWith('/oidc/logout');
  const returnTo = (oidc ? query.get('post_logout_redirect_uri') : query.get('returnTo')) ?? '';
  let clientId = query.get('client_id') ?? '';
  if (oidc && !clientId) clientId = audienceOfHint(query.get('id_token_hint')) ?? '';

  await endSession(context, readCookie(request, SESSION_COOKIE));
  const cleared = { 'Set-Cookie': clearCookieHeader(context.issuer, SESSION_COOKIE) };
  if (!returnTo)
    return htmlResponse(
      page('Signed out', '<main><h1>You are signed out.</h1></main>'),
      200,
      {},
      cleared,
    );
  // As in Auth0: the application's allowed logout URLs when the request names one, the
  // tenant's otherwise.
  const allowed = clientId
    ? clientId.length <= 128
      ? (await context.tenant.findClient(clientId))?.allowed_logout_urls
      : undefined
    : (await context.tenant.tenantSettings()).allowed_logout_urls;
  if (!allowed?.includes(returnTo))
    return withHeaders(
      errorPage(
        'invalid_request',
        `The "returnTo" URL is not in the list of allowed logout URLs of the ${clientId ? 'application' : 'tenant'}.`,
      ),
      cleared,
    );
  const target = new URL(returnTo);
  const state = query.get('state');
  if (oidc && state && state.length <= 2048) target.searchParams.set('state', state);
  return redirect(target.href, cleared);
}

/** The client an id token was issued to; the hint is not verified, only used to find the client. */
function audienceOfHint(hint: string | null): string | undefined {
  if (!hint || hint.length > 8192) return undefined;
  try {
    const { aud } = decodeJwt(hint);
    return typeof aud === 'string' ? aud : Array.isArray(aud) ? aud[0] : undefined;
  } catch {
    return undefined;
  }
}

function withHeaders(response: Response, headers: Record<string, string>): Response {
  for (const [name, value] of Object.entries(headers)) response.headers.append(name, value);
  return response;
}
