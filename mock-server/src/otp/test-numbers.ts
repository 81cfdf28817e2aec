import type { SmsOptions } from '../config/schema.ts';

/**
 * The fixed code of a test number (`options.test_phone_numbers`), or undefined for an ordinary
 * number or once `test_phone_numbers_valid_until` has passed. Such a number gets no SMS and no
 * send limit; its code is then checked like any other.
 */
export function fixedTestCode(
  options: Pick<SmsOptions, 'test_phone_numbers' | 'test_phone_numbers_valid_until'>,
  phoneNumber: string,
  now: number,
): string | undefined {
  const numbers = options.test_phone_numbers;
  if (!numbers || !Object.hasOwn(numbers, phoneNumber)) return undefined;
  const validUntil = options.test_phone_numbers_valid_until;
  if (validUntil !== undefined && now >= Date.parse(validUntil)) return undefined;
  return numbers[phoneNumber];
}
