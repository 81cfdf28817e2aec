import { noteExpiringWrite } from '../tokens/expiry-sweep.ts';
import type { BackendContext } from '../context.ts';
import { newSecret, secretId } from './secrets.ts';

/**
 * A checked code becomes a ticket that finishes the sign-in at once: the hosted page's form posts
 * it, an embedded login (auth0-js, Lock) sends it to `/authorize`. Short lived and single use.
 */
export const LOGIN_TICKET_LIFETIME_MS = 2 * 60_000;

/** What a ticket is bound to, besides its client: who may redeem it. */
export type TicketBinding =
  /** The hosted page: the transaction it was issued for, and no other. */
  | { transactionId: string }
  /**
   * `/co/authenticate`: the browser that asked, proven by the cookie it was given or by the
   * `co_verifier` the app kept (the cross-origin verification fallback).
   */
  | { coId: string; verifierHash: string; connection: string };

/** A ticket to issue: its user, the client it is for, its binding. */
export type NewLoginTicket = { userId: string; clientId: string } & TicketBinding;
export type LoginTicket = NewLoginTicket & { expiresAt: number };

export async function issueLoginTicket(
  context: BackendContext,
  ticket: NewLoginTicket,
): Promise<string> {
  const { secret, id } = await newSecret();
  await context.store.putDocument<LoginTicket>('login_tickets', id, {
    ...ticket,
    expiresAt: context.clock.now() + LOGIN_TICKET_LIFETIME_MS,
  });
  await noteExpiringWrite(context);
  return secret;
}

const wellFormed = (secret: unknown): secret is string =>
  typeof secret === 'string' && /^[0-9a-f]{64}$/.test(secret);

/** The live ticket, without spending it: the cross-origin fallback must look before it redeems. */
export async function findLoginTicket(
  context: BackendContext,
  secret: unknown,
): Promise<LoginTicket | undefined> {
  if (!wellFormed(secret)) return undefined;
  const ticket = await context.store.getDocument<LoginTicket>(
    'login_tickets',
    await secretId(secret),
  );
  return ticket && ticket.expiresAt > context.clock.now() ? ticket : undefined;
}

/**
 * The ticket, if it is live and `accepts` it (its client, its binding); spent either way, so a
 * ticket shown to the wrong party is dead for the right one too.
 */
export async function redeemLoginTicket(
  context: BackendContext,
  secret: unknown,
  accepts: (ticket: LoginTicket) => boolean,
): Promise<LoginTicket | undefined> {
  if (!wellFormed(secret)) return undefined;
  const id = await secretId(secret);
  const ticket = await context.store.getDocument<LoginTicket>('login_tickets', id);
  // Deleting is the redemption: of two concurrent ones, only one deletes it.
  if (!ticket || !(await context.store.deleteDocument('login_tickets', id))) return undefined;
  if (ticket.expiresAt <= context.clock.now() || !accepts(ticket)) return undefined;
  return ticket;
}
