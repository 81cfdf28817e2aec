import { z } from 'zod';
import { requireScope } from '../../management/access.ts';
import { invalidBody, ManagementError } from '../../management/errors.ts';
import { parsePayload } from '../../management/payload.ts';
import {
  allowQueryParameters,
  fieldSelection,
  invalidQuery,
  pageParameters,
} from '../../management/query.ts';
import type { StoredUser } from '../../store/types.ts';
import { revokeUserGrants } from '../../users/revoke-user-grants.ts';
import { publicUser, smsUserWithFields } from '../../users/users.ts';
import { smsUserFieldsSchema } from '../../config/users.ts';
import { readManagementBody, type ManagementRoutes } from './router.ts';
import { E164_PATTERN, E164_PATTERN_TEXT } from '../../phone-number/e164.ts';

/**
 * What `PATCH /users/{id}` may change on an sms user; metadata is merged key by key (`null`
 * removes a key). `connection` may be sent, as Auth0's SDKs do, and must be the user's own.
 */
const userChangesSchema = smsUserFieldsSchema.partial().extend({
  connection: z.string().min(1).max(128).optional(),
});

/** `POST /users` for an sms user: Auth0's fields, with an optional `user_id` (without `sms|`). */
const newUserSchema = smsUserFieldsSchema.extend({
  connection: z.string().min(1).max(128),
  user_id: z
    .string()
    .regex(/^[A-Za-z0-9_.-]{1,255}$/, 'letters, digits, ".", "_" and "-" only')
    .optional(),
});

const userNotFound = () => new ManagementError(404, 'The user does not exist.', 'inexistent_user');
const userExists = () => new ManagementError(409, 'The user already exists.', 'auth0_idp_error');
const missingProperty = (name: string) =>
  invalidBody(`Payload validation error: 'Missing required property: ${name}'.`);

/** The one search this backend answers: `phone_number:"+…"` (quotes optional). */
function phoneNumberOfQuery(q: string): string {
  const match = /^\s*phone_number\s*:\s*(?:"(\+[0-9]{1,15})"|(\+[0-9]{1,15}))\s*$/.exec(q);
  if (!match)
    throw new ManagementError(
      400,
      `Invalid query string: only phone_number:"+<E.164 number>" is supported, not "${q.slice(0, 100)}"`,
      'invalid_query_string',
    );
  return (match[1] ?? match[2])!;
}

/**
 * `GET /users` (offset pages, `q=phone_number:"+…"`, `connection=`), `GET /users-by-phone`,
 * `POST /users`, `GET/PATCH/DELETE /users/{id}`. A blocked user gets no more codes and no more tokens; blocking
 * or deleting a user revokes what they were granted.
 */
export const userRoutes: ManagementRoutes = (app, context) => {
  app.get('/users', async (c) => {
    requireScope(c.get('scopes'), 'read:users');
    const url = new URL(c.req.url);
    allowQueryParameters(url, [
      'page',
      'per_page',
      'include_totals',
      'q',
      'search_engine',
      'connection',
      'fields',
      'include_fields',
    ]);
    const { page, perPage, includeTotals } = pageParameters(url);
    const q = url.searchParams.get('q');
    const connection = url.searchParams.get('connection');
    const select = fieldSelection(url);
    const { users, total } = await context.store.listUsers({
      page,
      perPage,
      ...(q ? { phoneNumber: phoneNumberOfQuery(q) } : {}),
      ...(connection ? { connection } : {}),
    });
    const views = users.map((user) => select(publicUser(user)));
    if (!includeTotals) return c.json(views);
    return c.json({
      start: page * perPage,
      limit: perPage,
      length: views.length,
      total,
      users: views,
    });
  });

  app.get('/users-by-phone', async (c) => {
    requireScope(c.get('scopes'), 'read:users');
    const url = new URL(c.req.url);
    allowQueryParameters(url, ['phone_number', 'fields', 'include_fields']);
    const phoneNumber = url.searchParams.get('phone_number');
    if (phoneNumber === null)
      throw invalidQuery(`'Missing required property: phone_number' on property phone_number.`);
    if (!E164_PATTERN.test(phoneNumber))
      throw invalidQuery(
        `'String does not match pattern: ${E164_PATTERN_TEXT}' on property phone_number.`,
      );
    const select = fieldSelection(url);
    const { users } = await context.store.listUsers({ page: 0, perPage: 100, phoneNumber });
    return c.json(users.map((user) => select(publicUser(user))));
  });

  app.get('/users/:id', async (c) => {
    requireScope(c.get('scopes'), 'read:users');
    const url = new URL(c.req.url);
    allowQueryParameters(url, ['fields', 'include_fields']);
    const user = await context.store.findUserById(c.req.param('id'));
    if (!user) throw userNotFound();
    return c.json(fieldSelection(url)(publicUser(user)));
  });

  app.post('/users', async (c) => {
    requireScope(c.get('scopes'), 'create:users');
    const body = await readManagementBody(c.req.raw);
    if (body.connection === undefined) throw missingProperty('connection');
    const fields = parsePayload(newUserSchema, body);
    const connection = await context.tenant.findConnection(fields.connection);
    if (!connection)
      throw new ManagementError(400, 'The connection does not exist.', 'inexistent_connection');
    if (connection.strategy !== 'sms')
      throw invalidBody('Only users of sms connections can be created on this backend.');
    const { connection: _name, user_id: userId, ...profile } = fields;
    const outcome = await context.store.createUser(
      smsUserWithFields(connection.name, profile, context.clock.now(), userId),
    );
    if (outcome.outcome !== 'created') throw userExists();
    context.logger.info('user_created', { user_id: outcome.user.user_id });
    return c.json(publicUser(outcome.user), 201);
  });

  app.patch('/users/:id', async (c) => {
    requireScope(c.get('scopes'), 'update:users');
    const { connection, ...changes } = parsePayload(
      userChangesSchema,
      await readManagementBody(c.req.raw),
    );
    const current = await context.store.findUserById(c.req.param('id'));
    if (!current) throw userNotFound();
    if (connection !== undefined && connection !== current.connection)
      throw invalidBody(
        `Payload validation error: 'The user is not of connection ${connection}' on property connection.`,
      );
    const user: StoredUser | undefined | 'phone_number_taken' = await context.store.updateUser(
      current.user_id,
      changes,
      new Date(context.clock.now()).toISOString(),
    );
    if (user === 'phone_number_taken') throw userExists();
    if (!user) throw userNotFound();
    context.logger.info('user_updated', { user_id: user.user_id, fields: Object.keys(changes) });
    if (changes.blocked === true) await revokeUserGrants(context, user.user_id);
    return c.json(publicUser(user));
  });

  app.delete('/users/:id', async (c) => {
    requireScope(c.get('scopes'), 'delete:users');
    const userId = c.req.param('id');
    if (!(await context.store.deleteUser(userId))) throw userNotFound();
    context.logger.info('user_deleted', { user_id: userId });
    await revokeUserGrants(context, userId);
    return c.body(null, 204);
  });
};
