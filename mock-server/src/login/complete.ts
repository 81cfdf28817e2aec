import type { BackendContext } from '../context.ts';
import type { Client } from '../tenant/tenant.ts';
import { issueAuthorizationCode } from './authorization-codes.ts';
import type { AuthorizationRequest } from './authorization-request.ts';
import { implicitTokens } from './implicit-answer.ts';
import { respondToApp, type ExtraHeaders } from './respond.ts';
import type { BrowserSession } from './sessions.ts';

/**
 * The end of every successful authorization, whether the visitor just signed in or already had a
 * session: a code bound to the request, or the tokens of an implicit response type, sent back to
 * the app in its response mode.
 */
export async function answerAuthorization(
  context: BackendContext,
  client: Client,
  request: AuthorizationRequest,
  session: BrowserSession,
  extraHeaders: ExtraHeaders = {},
): Promise<Response> {
  // Transactions stored before implicit response types existed asked for a code.
  if ((request.responseType ?? 'code') !== 'code') {
    const user = await context.store.findUserById(session.userId);
    if (!user || user.blocked)
      return respondToApp(
        request,
        { error: 'access_denied', error_description: 'The user is blocked.' },
        extraHeaders,
      );
    return respondToApp(
      request,
      await implicitTokens(context, request, session, user),
      extraHeaders,
    );
  }
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
  });
  return respondToApp(request, { code }, extraHeaders);
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
