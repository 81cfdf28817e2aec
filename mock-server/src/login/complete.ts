import { PostLoginRefusal, runPostLoginActions } from '../actions/run-post-login.ts';
import type { BackendContext, RequestInfo } from '../context.ts';
import type { Client } from '../tenant/tenant.ts';
import { issueAuthorizationCode } from './authorization-codes.ts';
import type { AuthorizationRequest } from './authorization-request.ts';
import { SESSION_COOKIE, cookieHeader } from './cookies.ts';
import { implicitTokens } from './implicit-answer.ts';
import { respondToApp, type ExtraHeaders } from './respond.ts';
import { endSession, type BrowserSession } from './sessions.ts';

/** The browser's request that ends the authorization, and what it brings along. */
export interface AuthorizingRequest {
  request: Request;
  info: RequestInfo;
  /** The cookie of a session opened by this sign-in: set on success, ended on a refusal. */
  newSessionCookie?: string;
  extraHeaders?: ExtraHeaders;
}

const cookieList = (value: string | string[] | undefined): string[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

/**
 * The end of every successful authorization, whether the visitor just signed in or already had a
 * session: the post-login Actions run, then a code bound to the request, or the tokens of an
 * implicit response type, goes back to the app in its response mode. An Action's refusal goes
 * back as `access_denied`, and a session this sign-in opened is ended.
 */
export async function answerAuthorization(
  context: BackendContext,
  client: Client,
  request: AuthorizationRequest,
  session: BrowserSession,
  browser: AuthorizingRequest,
): Promise<Response> {
  const { newSessionCookie, extraHeaders = {} } = browser;
  const refuse = async (description: string) => {
    if (newSessionCookie) await endSession(context, newSessionCookie);
    return respondToApp(
      request,
      { error: 'access_denied', error_description: description },
      extraHeaders,
    );
  };
  const signedIn = await context.store.findUserById(session.userId);
  if (!signedIn || signedIn.blocked) return refuse('The user is blocked.');
  // Transactions stored before implicit response types existed asked for a code.
  const responseType = request.responseType ?? 'code';
  let afterActions;
  try {
    afterActions = await runPostLoginActions(context, {
      user: signedIn,
      client,
      request: browser.request,
      info: browser.info,
      transaction: {
        protocol: responseType === 'code' ? 'oidc-basic-profile' : 'oidc-implicit-profile',
        scope: request.scope,
        audience: request.audience,
        redirectUri: request.redirectUri,
        responseMode: request.responseMode,
        responseType,
        state: request.state,
        uiLocales: request.uiLocales,
      },
    });
  } catch (error) {
    if (error instanceof PostLoginRefusal) return refuse(error.description);
    throw error;
  }
  const { user, claims } = afterActions;
  const headers: ExtraHeaders = {
    ...extraHeaders,
    'Set-Cookie': [
      ...(newSessionCookie
        ? [
            cookieHeader(
              context.issuer,
              SESSION_COOKIE,
              newSessionCookie,
              await sessionCookieLifetime(context, session),
            ),
          ]
        : []),
      ...cookieList(extraHeaders['Set-Cookie']),
    ],
  };
  if (responseType !== 'code')
    return respondToApp(
      request,
      await implicitTokens(context, request, session, user, claims),
      headers,
    );
  const code = await issueAuthorizationCode(context, {
    clientId: client.client_id,
    redirectUri: request.redirectUri,
    codeChallenge: request.codeChallenge,
    userId: session.userId,
    scope: request.scope,
    audience: request.audience,
    nonce: request.nonce,
    sid: session.sid,
    authTime: session.authTime,
    customClaims: claims,
  });
  return respondToApp(request, { code }, headers);
}

/** Whether the session is recent enough for `max_age`. */
export function withinMaxAge(
  context: BackendContext,
  request: AuthorizationRequest,
  session: BrowserSession,
): boolean {
  return (
    request.maxAge === undefined || context.clock.now() - session.authTime <= request.maxAge * 1000
  );
}

/**
 * How long the browser keeps the session cookie (seconds): as long as the session lasts, or, in
 * the tenant's `non-persistent` cookie mode (Auth0's), until the browser closes.
 */
async function sessionCookieLifetime(
  context: BackendContext,
  session: BrowserSession,
): Promise<number | undefined> {
  const { session_cookie } = await context.tenant.tenantSettings();
  if (session_cookie.mode === 'non-persistent') return undefined;
  return Math.max(0, Math.ceil((session.expiresAt - context.clock.now()) / 1000));
}
