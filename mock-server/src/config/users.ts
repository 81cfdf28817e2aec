import { z } from 'zod';

// The configuration imports nothing of the backend: this is phone-number/e164.ts's pattern.
const E164 = /^\+[0-9]{1,15}$/;

const metadataSchema = z.record(z.string().min(1).max(255), z.unknown());

/**
 * The fields of an `sms` user that Auth0's Management API lets `POST /users` set (and `PATCH`
 * change), shared by users seeded from the configuration.
 */
export const smsUserFieldsSchema = z.strictObject({
  phone_number: z.string().regex(E164, 'must be an E.164 number such as +15555550100'),
  phone_verified: z.boolean().optional(),
  name: z.string().min(1).max(300).optional(),
  nickname: z.string().min(1).max(300).optional(),
  given_name: z.string().min(1).max(150).optional(),
  family_name: z.string().min(1).max(150).optional(),
  picture: z.url().max(2048).optional(),
  blocked: z.boolean().optional(),
  user_metadata: metadataSchema.optional(),
  app_metadata: metadataSchema.optional(),
});

/** `users[]`: created at start when the number has no user yet on the connection. */
export const seededUserSchema = smsUserFieldsSchema.extend({
  /** Left out: the tenant's only sms connection. */
  connection: z.string().min(1).max(128).optional(),
});

export type SmsUserFields = z.output<typeof smsUserFieldsSchema>;
export type SeededUser = z.output<typeof seededUserSchema>;

/** The sms connection a seeded user belongs to: the one it names, or the tenant's only one. */
export function seededUserConnection(
  user: SeededUser,
  connections: { name: string; strategy: string }[],
): string | undefined {
  const sms = connections.filter((connection) => connection.strategy === 'sms');
  if (user.connection !== undefined)
    return sms.some((connection) => connection.name === user.connection)
      ? user.connection
      : undefined;
  return sms.length === 1 ? sms[0]!.name : undefined;
}

/** Problems of `users[]` that the schema cannot see: unknown or ambiguous connections, twins. */
export function checkSeededUsers(config: {
  users: SeededUser[];
  connections: { name: string; strategy: string }[];
}): { path: string; message: string }[] {
  const problems: { path: string; message: string }[] = [];
  const seen = new Set<string>();
  config.users.forEach((user, index) => {
    const connection = seededUserConnection(user, config.connections);
    if (connection === undefined) {
      problems.push({
        path: `users[${index}].connection`,
        message:
          user.connection === undefined
            ? 'required when the tenant has more than one sms connection'
            : `no sms connection is named "${user.connection}"`,
      });
      return;
    }
    const key = `${connection}\u0000${user.phone_number}`;
    if (seen.has(key))
      problems.push({
        path: `users[${index}].phone_number`,
        message: `another seeded user of "${connection}" has ${user.phone_number}`,
      });
    seen.add(key);
  });
  return problems;
}
