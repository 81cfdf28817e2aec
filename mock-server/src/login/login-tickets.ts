import type { BackendContext } from '../context.ts';
import { newSecret, secretId } from './secrets.ts';

/** A code checked on the hosted page becomes a ticket that the page's form redeems at once. */
export const LOGIN_TICKET_LIFETIME_MS = 2 * 60_000;

export interface LoginTicket {
  userId: string;
  /** The transaction it was issued for: a ticket finishes that transaction only. */
  transactionId: string;
  expiresAt: number;
}

export async function issueLoginTicket(
  context: BackendContext,
  ticket: Omit<LoginTicket, 'expiresAt'>,
): Promise<string> {
  const { secret, id } = await newSecret();
  await context.store.putDocument<LoginTicket>('login_tickets', id, {
    ...ticket,
    expiresAt: context.clock.now() + LOGIN_TICKET_LIFETIME_MS,
  });
  return secret;
}

/** The ticket's user, if the ticket is live and for this transaction; spent either way. */
export async function redeemLoginTicket(
  context: BackendContext,
  secret: unknown,
  transactionId: string,
): Promise<string | undefined> {
  if (typeof secret !== 'string' || !/^[0-9a-f]{64}$/.test(secret)) return undefined;
  const id = await secretId(secret);
  const ticket = await context.store.getDocument<LoginTicket>('login_tickets', id);
  // Deleting is the redemption: of two concurrent ones, only one deletes it.
  if (!ticket || !(await context.store.deleteDocument('login_tickets', id))) return undefined;
  if (ticket.expiresAt <= context.clock.now() || ticket.transactionId !== transactionId)
    return undefined;
  return ticket.userId;
}
