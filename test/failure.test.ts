// The error model on its own: what each failure shows, what it does to the code in hand, and
// where focus goes next.
import { expect } from '@open-wc/testing';
import { AuthApiError } from '../src/api/auth-api-error.js';
import {
  ATTEMPTS_PER_CODE,
  failureOf,
  failureOutcome,
  type Failure,
} from '../src/sms-login/failure.js';

const wrongCode: Failure = {
  step: 'code',
  error: 'invalid_grant',
  errorDescription: 'Wrong phone number or verification code.',
};

/** What "Try again" would do. */
const retry = () => {};

describe('failure model', () => {
  it('counts wrong codes, and the last allowed one kills the code', () => {
    let failures = 0;
    let codeDead = false;
    const left: (number | undefined)[] = [];
    for (let attempt = 1; attempt <= ATTEMPTS_PER_CODE; attempt++) {
      const outcome = failureOutcome(wrongCode, failures, codeDead);
      ({ failures, codeDead } = outcome);
      left.push(outcome.shown.attemptsLeft);
      expect(outcome.clearCode).to.equal(true);
      if (attempt < ATTEMPTS_PER_CODE) {
        expect(outcome.shown.kind).to.equal('wrong-code');
        expect(outcome).to.include({ focus: '#code', select: false });
      } else {
        expect(outcome.shown.kind).to.equal('too-many-attempts');
        expect(outcome).to.include({ focus: '#resend', select: false });
      }
    }
    expect(left).to.deep.equal([2, 1, 0]);
    expect(codeDead).to.equal(true);
  });

  it('an expired code is dead at once and sends focus to "Send a new code"', () => {
    const outcome = failureOutcome(
      {
        step: 'code',
        error: 'invalid_grant',
        errorDescription: 'The verification code has expired',
      },
      0,
      false,
    );
    expect(outcome.shown).to.deep.equal({ kind: 'expired', step: 'code' });
    expect(outcome).to.include({ codeDead: true, clearCode: true, failures: 0 });
    expect(outcome.focus).to.equal('#resend');
  });

  it('a bad number on the phone step selects the number; the code in hand is untouched', () => {
    for (const error of ['invalid_phone_number', 'country_not_allowed']) {
      const outcome = failureOutcome({ step: 'phone', error, errorDescription: '' }, 1, false);
      expect(outcome).to.include({ focus: '#number', select: true });
      expect(outcome).to.include({ codeDead: false, clearCode: false, failures: 1 });
    }
    const signup = failureOutcome(
      { step: 'phone', error: 'signup_disabled', errorDescription: '' },
      0,
      false,
    );
    expect(signup.shown.kind).to.equal('signup-disabled');
    expect(signup).to.include({ focus: '#number', select: false });
  });

  it('a network failure keeps "Try again" and focuses it; other kinds drop the retry', () => {
    const network = failureOutcome(
      { step: 'code', error: 'network_error', errorDescription: 'Failed to fetch', retry },
      2,
      false,
    );
    expect(network.shown).to.deep.equal({ kind: 'network', step: 'code', retry });
    expect(network).to.include({ clearCode: false, failures: 2, codeDead: false });
    expect(network).to.include({ focus: '#retry', select: false });
    const provider = failureOutcome(
      { step: 'phone', error: 'sms_provider_error', errorDescription: 'down', retry },
      0,
      false,
    );
    expect(provider.shown).to.deep.equal({ kind: 'provider', step: 'phone' });
  });

  it('a rate limit carries its wait when the server gave one', () => {
    const limited = { step: 'phone', error: 'too_many_requests', errorDescription: '' } as const;
    expect(failureOutcome({ ...limited, retryAfter: 42 }, 0, false).shown.retryAfter).to.equal(42);
    expect(failureOutcome(limited, 0, false).shown).to.not.have.property('retryAfter');
  });

  it('a dead code stays dead whatever fails next', () => {
    const outcome = failureOutcome(
      { step: 'code', error: 'network_error', errorDescription: '' },
      3,
      true,
    );
    expect(outcome.codeDead).to.equal(true);
  });

  it('reads a thrown error as a failure of its step', () => {
    expect(
      failureOf(new AuthApiError(429, 'too_many_requests', 'Slow down', 30), 'code', retry),
    ).to.deep.equal({
      step: 'code',
      error: 'too_many_requests',
      errorDescription: 'Slow down',
      retryAfter: 30,
      retry,
    });
    expect(failureOf(new TypeError('boom'), 'phone', retry)).to.deep.equal({
      step: 'phone',
      error: 'unknown_error',
      errorDescription: 'boom',
    });
  });
});
