/** Auth0's pattern for a phone number: `+` and 1 to 15 digits (E.164), as its errors quote it. */
export const E164_PATTERN_TEXT = '^\\+[0-9]{1,15}$';
export const E164_PATTERN = new RegExp(E164_PATTERN_TEXT);
