import type { BackendContext } from '../context.ts';
import { randomHex, sha256Hex, timingSafeEqualHex } from '../crypto/digest.ts';
import type { StoredUser } from '../store/types.ts';
import { crossOriginCookie, readCookie } from './cookies.ts';
import { findLoginTicket, issueLoginTicket, redeemLoginTicket } from './login-tickets.ts';

/** What `/co/authenticate` answers: the ticket, and what ties it to the browser. */
export interface CrossOriginTicket {
  login_ticket: string;
  co_verifier: string;
  co_id: string;
}

/**
 * A ticket for a user who just proved a code from an app's own page. The browser keeps
 * `co_verifier` twice: in a cookie of ours (set by the caller) and, through auth0-js, in the
 * app's storage under `co_id`, for browsers that drop third-party cookies.
 */
export async function issueCrossOriginTicket(
  context: BackendContext,
  user: StoredUser,
  clientId: string,
  connection: string,
): Promise<CrossOriginTicket> {
  const coId = randomHex(16);
  const verifier = randomHex(32);
  const ticket = await issueLoginTicket(context, {
    userId: user.user_id,
    clientId,
    coId,
    verifierHash: await sha256Hex(verifier),
    connection,
  });
  return { login_ticket: ticket, co_verifier: verifier, co_id: coId };
}

export type TicketRedemption =
  | { outcome: 'redeemed'; userId: string; coId: string }
  /** Live and for this client, but this browser showed neither cookie nor verifier: not spent. */
  | { outcome: 'unverified'; coId: string }
  | { outcome: 'invalid' };

export interface TicketClaim {
  ticket: string;
  clientId: string;
  /** `realm` of `/authorize`, when sent: the ticket's connection. */
  realm: string | undefined;
  /** The verifier the cross-origin verification page read from the app's storage. */
  coVerifier: string | undefined;
}

/**
 * Redeems a `/co/authenticate` ticket at `/authorize`: once, live, for the client it was issued
 * to, in the browser it was issued to. A ticket shown for another client, realm or verifier is
 * spent, so whoever copied it cannot try again.
 */
export async function redeemCrossOriginTicket(
  context: BackendContext,
  request: Request,
  claim: TicketClaim,
): Promise<TicketRedemption> {
  const found = await findLoginTicket(context, claim.ticket);
  if (!found || !('coId' in found)) return { outcome: 'invalid' };
  const proof = claim.coVerifier ?? readCookie(request, crossOriginCookie(found.coId));
  const rightParty =
    found.clientId === claim.clientId &&
    (claim.realm === undefined || claim.realm === found.connection);
  if (rightParty && proof === undefined) return { outcome: 'unverified', coId: found.coId };
  const proofHash = await sha256Hex(proof ?? '');
  const redeemed = await redeemLoginTicket(
    context,
    claim.ticket,
    (ticket) =>
      rightParty && 'coId' in ticket && timingSafeEqualHex(ticket.verifierHash, proofHash),
  );
  if (!redeemed) return { outcome: 'invalid' };
  return { outcome: 'redeemed', userId: redeemed.userId, coId: found.coId };
}
