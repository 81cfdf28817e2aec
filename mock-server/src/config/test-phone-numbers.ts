import { z } from 'zod';

// The configuration imports nothing of the backend: this is phone-number/e164.ts's pattern.
const E164 = /^\+[0-9]{1,15}$/;

/** Firebase allows ten; a few more leave room for a suite's fixtures, not for a phone book. */
export const MAX_TEST_PHONE_NUMBERS = 100;

/** `options.test_phone_numbers`: an E.164 number → its fixed code (digits only). */
export const testPhoneNumbersSchema = z
  .record(z.string(), z.string().regex(/^[0-9]{4,40}$/, 'codes are 4 to 40 digits'))
  .superRefine((numbers, context) => {
    // Checked here rather than as the record's key schema, whose error does not say why.
    for (const phoneNumber of Object.keys(numbers))
      if (!E164.test(phoneNumber))
        context.addIssue({
          code: 'custom',
          path: [phoneNumber],
          message: 'keys must be E.164 numbers such as +15555550100',
        });
    if (Object.keys(numbers).length > MAX_TEST_PHONE_NUMBERS)
      context.addIssue({
        code: 'custom',
        message: `at most ${MAX_TEST_PHONE_NUMBERS} test numbers`,
      });
  });

/** `options.test_phone_numbers_valid_until`: an ISO 8601 date-time with `Z` or an offset. */
export const testPhoneNumbersValidUntilSchema = z.iso.datetime({ offset: true });
