import { z } from 'zod';
import {
  CLIENT_CREDENTIALS_GRANT,
  clientSchema,
  PASSWORDLESS_OTP_GRANT,
  REFRESH_TOKEN_GRANT,
} from '../../config/schema.ts';
import { requireScope } from '../../management/access.ts';
import { ManagementError } from '../../management/errors.ts';
import { parsePayload } from '../../management/payload.ts';
import { allowQueryParameters, fieldSelection, pageParameters } from '../../management/query.ts';
import type { Client } from '../../tenant/tenant.ts';
import { readManagementBody, type ManagementRoutes } from './router.ts';

/** A client as Auth0's Management API shows it. The secret is never part of it. */
export function clientView(client: Client): Record<string, unknown> {
  const confidential = client.client_secret !== undefined;
  return {
    client_id: client.client_id,
    name: client.name,
    app_type: confidential ? 'non_interactive' : 'spa',
    is_first_party: true,
    token_endpoint_auth_method: confidential ? 'client_secret_post' : 'none',
    web_origins: client.web_origins,
    allowed_origins: client.web_origins,
    grant_types: client.grant_types,
    client_metadata: client.metadata,
  };
}

/** The grants this backend can serve; a client may only be given these. */
const GRANT_TYPES = [
  PASSWORDLESS_OTP_GRANT,
  REFRESH_TOKEN_GRANT,
  CLIENT_CREDENTIALS_GRANT,
] as const;

/** What `PATCH /clients/{id}` may change. */
const clientChangesSchema = z
  .strictObject({
    name: clientSchema.shape.name,
    web_origins: clientSchema.shape.web_origins.unwrap().max(100),
    grant_types: z.array(z.enum(GRANT_TYPES)).max(10),
    client_metadata: clientSchema.shape.metadata.unwrap(),
  })
  .partial();

const clientNotFound = () =>
  new ManagementError(404, 'The client does not exist', 'inexistent_client');

/** `GET /clients`, `GET/PATCH /clients/{id}` (name, web origins, grant types, metadata). */
export const clientRoutes: ManagementRoutes = (app, context) => {
  app.get('/clients', async (c) => {
    requireScope(c.get('scopes'), 'read:clients');
    const url = new URL(c.req.url);
    allowQueryParameters(url, ['page', 'per_page', 'include_totals', 'fields', 'include_fields']);
    const { page, perPage, includeTotals } = pageParameters(url);
    const select = fieldSelection(url);
    const all = await context.tenant.listClients();
    const paged =
      url.searchParams.has('page') || url.searchParams.has('per_page')
        ? all.slice(page * perPage, (page + 1) * perPage)
        : all;
    const views = paged.map((client) => select(clientView(client)));
    if (!includeTotals) return c.json(views);
    return c.json({
      start: paged === all ? 0 : page * perPage,
      limit: paged === all ? all.length : perPage,
      total: all.length,
      clients: views,
    });
  });

  app.get('/clients/:id', async (c) => {
    requireScope(c.get('scopes'), 'read:clients');
    const url = new URL(c.req.url);
    allowQueryParameters(url, ['fields', 'include_fields']);
    const client = await context.tenant.findClient(c.req.param('id'));
    if (!client) throw clientNotFound();
    return c.json(fieldSelection(url)(clientView(client)));
  });

  app.patch('/clients/:id', async (c) => {
    requireScope(c.get('scopes'), 'update:clients');
    const changes = parsePayload(clientChangesSchema, await readManagementBody(c.req.raw));
    const updated = await context.tenant.updateClient(c.req.param('id'), (current) => ({
      ...current,
      ...(changes.name !== undefined && { name: changes.name }),
      ...(changes.web_origins && { web_origins: [...new Set(changes.web_origins)] }),
      ...(changes.grant_types && { grant_types: [...new Set(changes.grant_types)] }),
      ...(changes.client_metadata && { metadata: changes.client_metadata }),
    }));
    if (!updated) throw clientNotFound();
    context.logger.info('client_updated', {
      client_id: updated.client_id,
      fields: Object.keys(changes),
    });
    return c.json(clientView(updated));
  });
};
