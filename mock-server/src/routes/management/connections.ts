import { z } from 'zod';
import { connectionMetadataSchema, smsOptionsSchema } from '../../config/schema.ts';
import { requireScope } from '../../management/access.ts';
import { keepStoredSecrets, withoutSecrets } from '../../management/connection-secrets.ts';
import { invalidBody, ManagementError } from '../../management/errors.ts';
import { parsePayload } from '../../management/payload.ts';
import { readOnlyIgnored } from '../../management/read-only.ts';
import {
  allowQueryParameters,
  fieldSelection,
  integerParameter,
  pageParameters,
} from '../../management/query.ts';
import { TemplateError, checkRenders, sampleVariables } from '../../templates/render.ts';
import type { Connection } from '../../tenant/tenant.ts';
import { readManagementArray, readManagementBody, type ManagementRoutes } from './router.ts';

/** A connection as Auth0's Management API shows it. */
export function connectionView(connection: Connection): Record<string, unknown> {
  return {
    id: connection.id,
    name: connection.name,
    display_name: connection.display_name ?? connection.name,
    strategy: connection.strategy,
    options: withoutSecrets(connection.options),
    realms: [connection.name],
    enabled_clients: connection.enabled_clients,
    is_domain_connection: false,
    metadata: connection.metadata ?? {},
  };
}

/** What `PATCH /connections/{id}` may change; `options` is replaced whole. */
const connectionChangesSchema = z.strictObject({
  options: smsOptionsSchema.optional(),
  display_name: z.string().max(128).optional(),
  enabled_clients: z.array(z.string().min(1).max(128)).max(1000).optional(),
  metadata: connectionMetadataSchema.optional(),
});

/**
 * What `GET` shows and no write changes: a body may carry it back as it is. A connection's only
 * realm is its name, and none is a domain connection.
 */
const READ_ONLY_FIELDS = ['id', 'name', 'strategy', 'realms', 'is_domain_connection'];

/** `PATCH /connections/{id}/clients`: each client turned on or off, at most 50 at once. */
const enabledClientChangesSchema = z
  .array(z.strictObject({ client_id: z.string().min(1).max(128), status: z.boolean() }))
  .min(1)
  .max(50);

const connectionNotFound = () =>
  new ManagementError(404, 'The connection does not exist', 'inexistent_connection');

const LIST_PARAMETERS = [
  'strategy',
  'name',
  'fields',
  'include_fields',
  'page',
  'per_page',
  'include_totals',
  'from',
  'take',
] as const;

/**
 * `GET /connections` (`?strategy=`, `?name=`; a plain list, offset pages with `include_totals`, or
 * checkpoint pages with `from`/`take` as the auth0 SDK asks), `GET/PATCH /connections/{id}` and
 * `GET/PATCH /connections/{id}/clients` (the clients it is enabled for, turned on and off one by
 * one).
 */
export const connectionRoutes: ManagementRoutes = (app, context) => {
  app.get('/connections', async (c) => {
    requireScope(c.get('scopes'), 'read:connections');
    const url = new URL(c.req.url);
    allowQueryParameters(url, LIST_PARAMETERS);
    const strategies = url.searchParams.getAll('strategy');
    const name = url.searchParams.get('name');
    const select = fieldSelection(url);
    const matching = (await context.tenant.listConnections()).filter(
      (connection) =>
        (strategies.length === 0 || strategies.includes(connection.strategy)) &&
        (name === null || connection.name === name),
    );
    const views = (list: Connection[]) => list.map((item) => select(connectionView(item)));

    const take = integerParameter(url, 'take', { min: 1, max: 100 });
    const from = url.searchParams.get('from');
    if (take !== undefined || from !== null) {
      const start = from === null || from === '' ? 0 : Number(from);
      if (!Number.isInteger(start) || start < 0)
        throw new ManagementError(400, 'Invalid value for from', 'invalid_query_string');
      const end = start + (take ?? 50);
      const page = { connections: views(matching.slice(start, end)) };
      return c.json(end < matching.length ? { ...page, next: String(end) } : page);
    }
    const { page, perPage, includeTotals } = pageParameters(url);
    const paged =
      url.searchParams.has('page') || url.searchParams.has('per_page')
        ? matching.slice(page * perPage, (page + 1) * perPage)
        : matching;
    if (!includeTotals) return c.json(views(paged));
    return c.json({
      total: matching.length,
      start: paged === matching ? 0 : page * perPage,
      limit: paged === matching ? matching.length : perPage,
      connections: views(paged),
    });
  });

  app.get('/connections/:id', async (c) => {
    requireScope(c.get('scopes'), 'read:connections');
    const url = new URL(c.req.url);
    allowQueryParameters(url, ['fields', 'include_fields']);
    const connection = await context.tenant.findConnectionById(c.req.param('id'));
    if (!connection) throw connectionNotFound();
    return c.json(fieldSelection(url)(connectionView(connection)));
  });

  app.get('/connections/:id/clients', async (c) => {
    requireScope(c.get('scopes'), 'read:connections');
    const url = new URL(c.req.url);
    allowQueryParameters(url, ['take', 'from']);
    const connection = await context.tenant.findConnectionById(c.req.param('id'));
    if (!connection) throw connectionNotFound();
    return c.json({ clients: connection.enabled_clients.map((client_id) => ({ client_id })) });
  });

  app.patch('/connections/:id/clients', async (c) => {
    requireScope(c.get('scopes'), 'update:connections');
    const changes = parsePayload(enabledClientChangesSchema, await readManagementArray(c.req.raw));
    if (!(await context.tenant.findConnectionById(c.req.param('id')))) throw connectionNotFound();
    const known = new Set((await context.tenant.listClients()).map((client) => client.client_id));
    const unknown = changes.filter((change) => !known.has(change.client_id));
    if (unknown.length)
      throw invalidBody(
        `Payload validation error: 'Unknown client: ${unknown.map((change) => change.client_id).join(',')}' on property client_id.`,
      );
    const updated = await context.tenant.updateConnection(c.req.param('id'), (current) => {
      const enabled = new Set(current.enabled_clients);
      for (const { client_id, status } of changes)
        if (status) enabled.add(client_id);
        else enabled.delete(client_id);
      return { ...current, enabled_clients: [...enabled] };
    });
    if (!updated) throw connectionNotFound();
    context.logger.info('connection_clients_updated', {
      connection: updated.name,
      changes: changes.length,
    });
    return c.body(null, 204);
  });

  app.patch('/connections/:id', async (c) => {
    requireScope(c.get('scopes'), 'update:connections');
    const body = await readManagementBody(c.req.raw);
    const stored = await context.tenant.findConnectionById(c.req.param('id'));
    if (!stored) throw connectionNotFound();
    if (body.options !== undefined) body.options = keepStoredSecrets(body.options, stored.options);
    const changes = parsePayload(
      connectionChangesSchema,
      readOnlyIgnored(body, connectionView(stored), READ_ONLY_FIELDS),
    );
    if (changes.options) {
      // Tried with sample values: a template that cannot render would fail every message.
      const client = await context.tenant.findClient(
        (changes.enabled_clients ?? stored.enabled_clients)[0] ?? '',
      );
      try {
        await checkRenders(
          context.renderTemplate,
          changes.options.template,
          changes.options.syntax,
          sampleVariables(changes.options.totp.length, client?.name ?? 'My App'),
        );
      } catch (error) {
        if (!(error instanceof TemplateError)) throw error;
        throw invalidBody(
          `Payload validation error: '${error.message}' on property options.template.`,
        );
      }
    }
    if (changes.enabled_clients) {
      const known = new Set((await context.tenant.listClients()).map((client) => client.client_id));
      const unknown = changes.enabled_clients.filter((clientId) => !known.has(clientId));
      if (unknown.length)
        throw invalidBody(
          `Payload validation error: 'Unknown client: ${unknown.join(',')}' on property enabled_clients.`,
        );
    }
    const updated = await context.tenant.updateConnection(c.req.param('id'), (current) => ({
      ...current,
      ...(changes.options && { options: changes.options }),
      ...(changes.display_name !== undefined && { display_name: changes.display_name }),
      ...(changes.enabled_clients && { enabled_clients: [...new Set(changes.enabled_clients)] }),
      ...(changes.metadata && { metadata: changes.metadata }),
    }));
    if (!updated) throw connectionNotFound();
    context.logger.info('connection_updated', {
      connection: updated.name,
      fields: Object.keys(changes),
    });
    return c.json(connectionView(updated));
  });
};
