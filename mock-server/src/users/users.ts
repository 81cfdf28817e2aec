import type { SmsUserFields } from '../config/users.ts';
import { randomHex } from '../crypto/digest.ts';
import type { StoredUser } from '../store/types.ts';

/** The profile Auth0 gives a user on the first successful code for a number. */
export function newSmsUser(connection: string, phoneNumber: string, nowMs: number): StoredUser {
  const at = new Date(nowMs).toISOString();
  return {
    user_id: `sms|${randomHex(12)}`,
    connection,
    phone_number: phoneNumber,
    phone_verified: true,
    name: phoneNumber,
    blocked: false,
    created_at: at,
    updated_at: at,
    last_login: null,
    logins_count: 0,
    user_metadata: {},
    app_metadata: {},
  };
}

/** A new user of `connection` with the fields Auth0's `POST /users` takes for an sms user. */
export function smsUserWithFields(
  connection: string,
  fields: SmsUserFields,
  nowMs: number,
  userId?: string,
): StoredUser {
  const base = newSmsUser(connection, fields.phone_number, nowMs);
  const { phone_number: _number, ...profile } = fields;
  return {
    ...base,
    ...(userId === undefined ? {} : { user_id: `sms|${userId}` }),
    // Made through the API, not by a code: the number is unproven until asked otherwise.
    phone_verified: false,
    ...Object.fromEntries(Object.entries(profile).filter(([, value]) => value !== undefined)),
  };
}

/** A user as the Management API and `/userinfo` show it. */
export function publicUser(user: StoredUser): Record<string, unknown> {
  const id = user.user_id.slice(user.user_id.indexOf('|') + 1);
  return {
    user_id: user.user_id,
    phone_number: user.phone_number,
    phone_verified: user.phone_verified,
    name: user.name,
    nickname: user.nickname ?? user.name,
    ...(user.given_name === undefined ? {} : { given_name: user.given_name }),
    ...(user.family_name === undefined ? {} : { family_name: user.family_name }),
    picture: user.picture ?? null,
    blocked: user.blocked,
    identities: [{ user_id: id, provider: 'sms', connection: user.connection, isSocial: false }],
    user_metadata: user.user_metadata,
    app_metadata: user.app_metadata,
    created_at: user.created_at,
    updated_at: user.updated_at,
    last_login: user.last_login,
    logins_count: user.logins_count,
  };
}
