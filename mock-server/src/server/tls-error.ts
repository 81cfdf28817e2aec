/**
 * A certificate or key the server cannot serve: the message names the file and what is wrong
 * with it, and the command exits 1 with it alone (no stack trace).
 */
export class TlsError extends Error {
  override name = 'TlsError';
}
