import {
  resourceServerSchema,
  resourceServerSettingsSchema,
} from '../../config/resource-server.ts';
import { requireScope } from '../../management/access.ts';
import { invalidBody, ManagementError } from '../../management/errors.ts';
import { parsePayload } from '../../management/payload.ts';
import { readOnlyIgnored } from '../../management/read-only.ts';
import { allowQueryParameters, invalidQuery, pagedList } from '../../management/query.ts';
import { resourceServerIdFor, type ResourceServer } from '../../tenant/resource-servers.ts';
import { readManagementBody, type ManagementRoutes } from './router.ts';

/** Auth0's lifetime of access tokens issued to browsers (implicit and hybrid flows). */
const WEB_TOKEN_LIFETIME = 7200;

/** An API as Auth0's Management API shows it. */
export function resourceServerView(server: ResourceServer): Record<string, unknown> {
  return {
    id: server.id,
    name: server.name,
    identifier: server.identifier,
    is_system: server.is_system,
    signing_alg: server.signing_alg,
    scopes: server.scopes,
    token_lifetime: server.token_lifetime,
    // Auth0 keeps it no longer than `token_lifetime`.
    token_lifetime_for_web: Math.min(WEB_TOKEN_LIFETIME, server.token_lifetime),
    allow_offline_access: server.allow_offline_access,
    skip_consent_for_verifiable_first_party_clients:
      server.skip_consent_for_verifiable_first_party_clients,
  };
}

const resourceServerChangesSchema = resourceServerSettingsSchema.partial();

/**
 * What `GET` shows and no write changes: a body may carry it back as it is. The web lifetime
 * follows `token_lifetime`.
 */
const READ_ONLY_FIELDS = ['id', 'identifier', 'is_system', 'token_lifetime_for_web'];

const resourceServerNotFound = () =>
  new ManagementError(404, 'The resource server does not exist', 'inexistent_resource_server');

/** Auth0 filters the list by at most this many `identifiers`. */
const MAX_IDENTIFIER_FILTERS = 10;

/**
 * `GET/POST /resource-servers`, `GET/PATCH/DELETE /resource-servers/{id}` (the id or the
 * identifier, as Auth0 takes either). The Management API is listed as a system API that cannot
 * be changed or deleted.
 */
export const resourceServerRoutes: ManagementRoutes = (app, context) => {
  const { tenant } = context;
  /** Auth0's `{id}` is the id or the (URL-encoded) identifier. */
  const find = async (idOrIdentifier: string) =>
    (await tenant.findResourceServerById(idOrIdentifier)) ??
    (await tenant.findResourceServer(idOrIdentifier));

  app.get('/resource-servers', async (c) => {
    requireScope(c.get('scopes'), 'read:resource_servers');
    const url = new URL(c.req.url);
    allowQueryParameters(url, [
      'identifiers',
      'page',
      'per_page',
      'include_totals',
      'include_fields',
    ]);
    const identifiers = url.searchParams.getAll('identifiers');
    if (identifiers.length > MAX_IDENTIFIER_FILTERS)
      throw invalidQuery(
        `'Array is too long (${identifiers.length}), maximum ${MAX_IDENTIFIER_FILTERS}' on property identifiers.`,
      );
    const all = (await tenant.listResourceServers()).filter(
      (server) => identifiers.length === 0 || identifiers.includes(server.identifier),
    );
    return c.json(pagedList(url, all, 'resource_servers', resourceServerView));
  });

  app.post('/resource-servers', async (c) => {
    requireScope(c.get('scopes'), 'create:resource_servers');
    const input = parsePayload(resourceServerSchema, await readManagementBody(c.req.raw));
    const existing = await tenant.findResourceServer(input.identifier);
    if (existing?.is_system) throw invalidBody('The selected identifier is reserved.');
    if (existing)
      throw new ManagementError(
        409,
        'A resource server with the same identifier already exists',
        'conflict',
      );
    const server: ResourceServer = {
      ...input,
      id: await resourceServerIdFor(input.identifier),
      is_system: false,
    };
    await tenant.saveResourceServer(server);
    context.logger.info('resource_server_created', { id: server.id });
    return c.json(resourceServerView(server), 201);
  });

  app.get('/resource-servers/:id', async (c) => {
    requireScope(c.get('scopes'), 'read:resource_servers');
    allowQueryParameters(new URL(c.req.url), ['include_fields']);
    const server = await find(c.req.param('id'));
    if (!server) throw resourceServerNotFound();
    return c.json(resourceServerView(server));
  });

  app.patch('/resource-servers/:id', async (c) => {
    requireScope(c.get('scopes'), 'update:resource_servers');
    const current = await find(c.req.param('id'));
    if (!current) throw resourceServerNotFound();
    if (current.is_system) throw invalidBody('System resource servers cannot be patched.');
    const changes = parsePayload(
      resourceServerChangesSchema,
      readOnlyIgnored(
        await readManagementBody(c.req.raw),
        resourceServerView(current),
        READ_ONLY_FIELDS,
      ),
    );
    const server = await tenant.updateResourceServer(current.id, (stored) => ({
      ...stored,
      ...changes,
    }));
    if (!server) throw resourceServerNotFound();
    context.logger.info('resource_server_updated', {
      id: server.id,
      fields: Object.keys(changes),
    });
    return c.json(resourceServerView(server));
  });

  // Auth0 answers 204 whether or not the API existed; its own APIs cannot be deleted.
  app.delete('/resource-servers/:id', async (c) => {
    requireScope(c.get('scopes'), 'delete:resource_servers');
    const server = await find(c.req.param('id'));
    if (server?.is_system)
      throw new ManagementError(400, 'System resource servers cannot be deleted.', 'invalid_uri');
    if (server && (await tenant.deleteResourceServer(server.id))) {
      // As in Auth0, the API's client grants go with it.
      for (const grant of await tenant.listClientGrants())
        if (grant.audience === server.identifier) await tenant.deleteClientGrant(grant.id);
      context.logger.info('resource_server_deleted', { id: server.id });
    }
    return c.body(null, 204);
  });
};
