import type { BackendContext } from '../context.ts';
import type { Client } from '../tenant/tenant.ts';
import { issueAuthorizationCode } from './authorization-codes.ts';
import type { AuthorizationRequest } from './authorization-request.ts';
import { respondToApp } from './respond.ts';
import type { BrowserSession } from './sessions.ts';

/**
 * The end of every successful authorization, whether the visitor just signed in or already had a
 * session: a code bound to the request, sent back to the app.
 */
export async function answerWithCode(
  context: BackendContext,
  client: Client,
  request: AuthorizationRequest,
  session: BrowserSession,
  extraHeaders: Record<string, string> = {},
): Promise<Response> {
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
