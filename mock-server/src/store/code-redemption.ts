import { timingSafeEqualHex } from '../crypto/digest.ts';
import type { PendingCode, RedeemOutcome, RedeemRequest } from './types.ts';

/**
 * The rule both stores apply inside their one atomic step: what a candidate does to the pending
 * code. `next` is the code to keep (`null`: delete it; `undefined`: leave it as it is).
 */
export function judgeCandidate(
  code: PendingCode | undefined,
  request: RedeemRequest,
): { outcome: RedeemOutcome; next?: PendingCode | null } {
  if (!code) return { outcome: { outcome: 'missing' } };
  if (code.exhausted || code.failedAttempts >= request.maxAttempts)
    return { outcome: { outcome: 'exhausted' } };
  if (request.now >= code.expiresAt) return { outcome: { outcome: 'expired' } };
  if (timingSafeEqualHex(code.codeHash, request.candidateHash))
    return { outcome: { outcome: 'accepted' }, next: null };
  const failedAttempts = code.failedAttempts + 1;
  return {
    outcome: { outcome: 'wrong', attemptsLeft: request.maxAttempts - failedAttempts },
    next: { ...code, failedAttempts, exhausted: failedAttempts >= request.maxAttempts },
  };
}
