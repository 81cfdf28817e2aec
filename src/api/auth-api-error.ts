/** An error answer of the Authentication API, or a request that never got an answer. */
export class AuthApiError extends Error {
  /** HTTP status; 0 when the request failed before any answer (network, CORS, offline). */
  readonly status: number;
  /** Auth0's `error` code (`invalid_grant`), or `network_error` / `unknown_error`. */
  readonly error: string;
  readonly errorDescription: string;
  /** Seconds to wait, from `Retry-After`, when the server said. */
  readonly retryAfter: number | undefined;

  constructor(status: number, error: string, errorDescription: string, retryAfter?: number) {
    super(`${error}: ${errorDescription}`);
    this.name = 'AuthApiError';
    this.status = status;
    this.error = error;
    this.errorDescription = errorDescription;
    this.retryAfter = retryAfter;
  }
}

/** `Retry-After` as seconds from now (it may be seconds or an HTTP date). */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim());
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - now) / 1000));
}
