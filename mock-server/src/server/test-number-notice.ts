import type { BackendContext } from '../context.ts';
import { fixedTestCode } from '../otp/test-numbers.ts';

const PROVIDER_NAMES: Record<string, string> = {
  twilio: 'Twilio',
  sms_gateway: 'an SMS gateway',
  custom: 'a custom phone provider',
};

/**
 * What the server says at start about test numbers: which connections have them, and a loud
 * warning for each that also sends real SMS, since anyone who knows such a number signs in with
 * its fixed code there.
 */
export async function testNumberNotices(context: BackendContext): Promise<string[]> {
  const lines: string[] = [];
  const tenantProvider = await context.phone.activeProvider();
  const now = context.clock.now();
  for (const connection of await context.tenant.listConnections()) {
    const numbers = Object.keys(connection.options.test_phone_numbers ?? {});
    if (connection.strategy !== 'sms' || numbers.length === 0) continue;
    const validUntil = connection.options.test_phone_numbers_valid_until;
    const active = fixedTestCode(connection.options, numbers[0]!, now) !== undefined;
    const until = validUntil
      ? active
        ? `, valid until ${validUntil}`
        : `, expired on ${validUntil} (ignored)`
      : '';
    lines.push(
      `Test numbers on connection "${connection.name}" (fixed codes, no SMS, no send limits${until}): ${numbers.join(', ')}`,
    );
    const provider = tenantProvider?.name ?? connection.options.provider;
    if (active && provider)
      lines.push(
        `Warning: connection "${connection.name}" has test numbers and sends real SMS through ${PROVIDER_NAMES[provider] ?? provider}: anyone who knows a test number signs in with its fixed code. Remove options.test_phone_numbers (or set test_phone_numbers_valid_until) before real users reach it.`,
      );
  }
  return lines;
}
