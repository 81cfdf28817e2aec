// The element's error model: what a failed request or check shows, what it does to the code in
// hand, and where focus goes next.
import { AuthApiError } from '../api/auth-api-error.js';
import { classifyError, type ErrorKind } from './error-kinds.js';

/** Failed attempts a code survives (the backend's rule, counted here to say how many are left). */
export const ATTEMPTS_PER_CODE = 3;

export type FailedStep = 'phone' | 'code';

/** A failure as the `sms-login-error` event tells it, plus what "Try again" would do. */
export interface Failure {
  step: FailedStep;
  /** Auth0's `error` (or the widget's own: `network_error`, `invalid_phone_number`, …). */
  error: string;
  errorDescription: string;
  /** Seconds, for rate limits. */
  retryAfter?: number | undefined;
  /** What "Try again" does, for network failures. */
  retry?: (() => void) | undefined;
}

/** The message the element shows. */
export interface ShownError {
  kind: ErrorKind;
  step: FailedStep;
  attemptsLeft?: number;
  /** Seconds, for rate limits. */
  retryAfter?: number;
  /** What "Try again" does, for network failures. */
  retry?: () => void;
}

/** What a failure leaves behind. */
export interface FailureOutcome {
  shown: ShownError;
  /** Wrong codes so far for the code in hand. */
  failures: number;
  /** The code in hand can no longer be used: only a new one helps. */
  codeDead: boolean;
  /** Whether the code field is emptied. */
  clearCode: boolean;
  /** Where focus goes. */
  focus: '#code' | '#number' | '#resend' | '#retry';
  /** Whether the focused field's text is selected. */
  select: boolean;
}

/** A thrown request error as a failure of `step`; `retry` is kept for network failures. */
export function failureOf(error: unknown, step: FailedStep, retry: () => void): Failure {
  if (error instanceof AuthApiError)
    return {
      step,
      error: error.error,
      errorDescription: error.errorDescription,
      retryAfter: error.retryAfter,
      retry,
    };
  return {
    step,
    error: 'unknown_error',
    errorDescription: error instanceof Error ? error.message : String(error),
  };
}

/** The outcome of `failure` after `failures` wrong codes, with the code in hand dead or not. */
export function failureOutcome(
  failure: Failure,
  failures: number,
  codeDead: boolean,
): FailureOutcome {
  const kind = classifyError(failure.error, failure.errorDescription);
  const shown: ShownError = { kind, step: failure.step };
  if (kind === 'wrong-code') {
    failures += 1;
    shown.attemptsLeft = Math.max(0, ATTEMPTS_PER_CODE - failures);
    if (shown.attemptsLeft === 0) shown.kind = 'too-many-attempts';
  }
  const dead = shown.kind === 'too-many-attempts' || kind === 'expired';
  if (kind === 'rate-limited' && failure.retryAfter !== undefined)
    shown.retryAfter = failure.retryAfter;
  if (kind === 'network' && failure.retry) shown.retry = failure.retry;

  const badNumber = kind === 'invalid-number' || kind === 'country-not-allowed';
  const onCode = kind !== 'network' && failure.step === 'code';
  return {
    shown,
    failures,
    codeDead: codeDead || dead,
    clearCode: onCode && (dead || kind === 'wrong-code'),
    focus:
      kind === 'network'
        ? '#retry'
        : failure.step === 'phone'
          ? '#number'
          : dead
            ? '#resend'
            : '#code',
    select: kind !== 'network' && failure.step === 'phone' && badNumber,
  };
}
