import { jsonAnswer, type AnswerHeaders } from './json-answer.ts';

/**
 * The one error type of the backend. `error` is Auth0's machine code (`bad.phone_number`,
 * `invalid_grant`, …) and `description` its `error_description`, exactly as the contract gives them.
 * Anything thrown that is not an `AuthError` becomes a generic 500 that leaks nothing.
 */
export class AuthError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 405 | 413 | 415 | 429 | 431 | 500 | 503,
    readonly error: string,
    readonly description: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(description);
    this.name = 'AuthError';
  }

  toJSON(): { error: string; error_description: string } {
    return { error: this.error, error_description: this.description };
  }

  /** The answer, with the request's answer headers when `info` is given. */
  toResponse(info?: AnswerHeaders): Response {
    return jsonAnswer(this.toJSON(), { status: this.status, headers: this.headers }, info);
  }
}

export const internalError = (): AuthError =>
  new AuthError(500, 'server_error', 'Something went wrong on our side. Please try again.');

/**
 * The store's database cannot be reached: OAuth's `temporarily_unavailable`, to be tried again.
 * Nothing the request wrote was acknowledged.
 */
export const storeUnavailable = (): AuthError =>
  new AuthError(
    503,
    'temporarily_unavailable',
    'The service cannot reach its database right now. Please try again shortly.',
    { 'Retry-After': '1' },
  );
