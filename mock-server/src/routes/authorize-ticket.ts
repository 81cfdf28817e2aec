import type { BackendContext, RequestInfo } from '../context.ts';
import {
  AuthorizeRedirectError,
  type AuthorizationRequest,
} from '../login/authorization-request.ts';
import { renderVerificationPage } from '../login/co-verification-page.ts';
import { answerAuthorization } from '../login/complete.ts';
import { clearCookieHeader, crossOriginCookie } from '../login/cookies.ts';
import { redeemCrossOriginTicket } from '../login/cross-origin-tickets.ts';
import { openSession } from '../login/sessions.ts';
import type { Client } from '../tenant/tenant.ts';

export interface TicketLogin {
  client: Client;
  authorization: AuthorizationRequest;
  query: URLSearchParams;
  coVerifier: string | undefined;
}

const INVALID_TICKET = 'The login ticket is invalid, expired or already used.';

const param = (query: URLSearchParams, name: string, max: number): string | undefined => {
  const values = query.getAll(name);
  if (values.length > 1)
    throw new AuthorizeRedirectError('invalid_request', `Duplicate parameter: ${name}`);
  const value = values[0];
  if (value !== undefined && value.length > max)
    throw new AuthorizeRedirectError('invalid_request', `Parameter too long: ${name}`);
  return value || undefined;
};

/**
 * `/authorize?login_ticket=…&realm=…`, the second half of an embedded login: the ticket from
 * `/co/authenticate` opens the session and the app gets its answer. A browser that did not keep
 * the ticket's cookie goes through the app's cross-origin verification page first.
 */
export async function ticketLogin(
  context: BackendContext,
  request: Request,
  info: RequestInfo,
  { client, authorization, query, coVerifier }: TicketLogin,
): Promise<Response> {
  const redemption = await redeemCrossOriginTicket(context, request, {
    ticket: param(query, 'login_ticket', 128) ?? '',
    clientId: client.client_id,
    realm: param(query, 'realm', 128),
    coVerifier,
  });
  if (redemption.outcome === 'invalid')
    throw new AuthorizeRedirectError('access_denied', INVALID_TICKET);
  if (redemption.outcome === 'unverified') {
    if (!client.cross_origin_loc)
      throw new AuthorizeRedirectError(
        'access_denied',
        'This browser did not keep the sign-in cookie, and the application has no cross-origin verification page (cross_origin_loc).',
      );
    return renderVerificationPage({
      verificationUrl: client.cross_origin_loc,
      coId: redemption.coId,
      authorizeQuery: query.toString(),
      frameAncestor:
        authorization.responseMode === 'web_message'
          ? new URL(authorization.redirectUri).origin
          : undefined,
    });
  }
  const user = await context.store.findUserById(redemption.userId);
  if (!user || user.blocked) throw new AuthorizeRedirectError('access_denied', INVALID_TICKET);
  const { cookie, session } = await openSession(context, user);
  return answerAuthorization(context, client, authorization, session, {
    request,
    info,
    newSessionCookie: cookie,
    extraHeaders: {
      'Set-Cookie': clearCookieHeader(context.issuer, crossOriginCookie(redemption.coId)),
    },
  });
}
