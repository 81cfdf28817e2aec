import { AuthError } from '../errors.ts';

/**
 * Refuses numbers outside the connection's `allowed_countries`. The phone metadata is loaded
 * only when a connection has a list, so the backend stays small in the browser otherwise.
 */
export async function checkAllowedCountry(
  allowedCountries: string[] | undefined,
  phoneNumber: string,
): Promise<void> {
  if (!allowedCountries) return;
  const { parsePhoneNumberFromString } = await import('libphonenumber-js/max');
  const country = parsePhoneNumberFromString(phoneNumber)?.country;
  if (!country || !allowedCountries.includes(country))
    throw new AuthError(400, 'bad.phone_number', 'Phone numbers of this country are not allowed');
}
