import { noteExpiringWrite } from '../tokens/expiry-sweep.ts';
import type { BackendContext } from '../context.ts';
import { hmacHex, randomHex, timingSafeEqualHex } from '../crypto/digest.ts';
import type { AuthorizationRequest } from './authorization-request.ts';
import { secretId } from './secrets.ts';

/** How long the visitor has to sign in on the hosted page. */
export const TRANSACTION_LIFETIME_MS = 30 * 60_000;

/**
 * One `/authorize` waiting for the visitor to sign in. Its id travels in the page's URL; it can
 * only be finished by the browser holding the cookie it was bound to.
 */
export interface LoginTransaction {
  id: string;
  request: AuthorizationRequest;
  /** Hash of the browser cookie of the browser that started it. */
  browser: string;
  createdAt: number;
  expiresAt: number;
}

export async function createTransaction(
  context: BackendContext,
  request: AuthorizationRequest,
  browserCookie: string,
): Promise<LoginTransaction> {
  const now = context.clock.now();
  const transaction: LoginTransaction = {
    id: randomHex(16),
    request,
    browser: await secretId(browserCookie),
    createdAt: now,
    expiresAt: now + TRANSACTION_LIFETIME_MS,
  };
  await context.store.putDocument('login_transactions', transaction.id, transaction);
  await noteExpiringWrite(context);
  return transaction;
}

/** The transaction, if it exists, is live and belongs to this browser. */
export async function findTransaction(
  context: BackendContext,
  id: string | null | undefined,
  browserCookie: string | undefined,
): Promise<LoginTransaction | undefined> {
  if (!id || !/^[0-9a-f]{32}$/.test(id) || !browserCookie) return undefined;
  const transaction = await context.store.getDocument<LoginTransaction>('login_transactions', id);
  if (!transaction || transaction.expiresAt <= context.clock.now()) return undefined;
  if (!timingSafeEqualHex(transaction.browser, await secretId(browserCookie))) return undefined;
  return transaction;
}

export const endTransaction = (context: BackendContext, id: string) =>
  context.store.deleteDocument('login_transactions', id);

/** The hosted page's form token: keyed to the transaction and the browser cookie. */
export async function csrfToken(
  context: BackendContext,
  transaction: LoginTransaction,
  browserCookie: string,
): Promise<string> {
  return hmacHex(await context.codeHashKey(), `csrf:${transaction.id}:${browserCookie}`);
}

export async function checkCsrfToken(
  context: BackendContext,
  transaction: LoginTransaction,
  browserCookie: string,
  token: unknown,
): Promise<boolean> {
  if (typeof token !== 'string' || !/^[0-9a-f]{64}$/.test(token)) return false;
  return timingSafeEqualHex(token, await csrfToken(context, transaction, browserCookie));
}
