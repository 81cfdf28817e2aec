/**
 * Thrown by a store that cannot reach its database (a PostgreSQL server down, restarting or out
 * of connections). The request is answered `503` and may be tried again; nothing it wrote was
 * acknowledged, and the store reconnects by itself on a later request.
 */
export class StoreUnavailableError extends Error {
  override name = 'StoreUnavailableError';
  constructor(cause: unknown) {
    super('The database cannot be reached', { cause });
  }
}
