import { z } from 'zod';
import { resourceServerScopeSchema } from '../../config/resource-server.ts';
import { requireScope } from '../../management/access.ts';
import { invalidBody, ManagementError } from '../../management/errors.ts';
import { parsePayload } from '../../management/payload.ts';
import { readOnlyIgnored } from '../../management/read-only.ts';
import { allowQueryParameters, listAnswer } from '../../management/query.ts';
import { clientGrantIdFor, type ClientGrant } from '../../tenant/client-grants.ts';
import { readManagementBody, type ManagementRoutes } from './router.ts';

/** A client grant as Auth0's Management API shows it. */
export const clientGrantView = (grant: ClientGrant): Record<string, unknown> => ({
  id: grant.id,
  client_id: grant.client_id,
  audience: grant.audience,
  scope: grant.scope,
});

const scopeListSchema = z.array(resourceServerScopeSchema.shape.value).max(1000);

const newClientGrantSchema = z.strictObject({
  client_id: z.string().min(1).max(128),
  audience: z.string().min(1).max(600),
  scope: scopeListSchema,
});

/** `PATCH` changes the scopes only: the client and the API are what the grant is. */
const clientGrantChangesSchema = z.strictObject({ scope: scopeListSchema.optional() });
const READ_ONLY_FIELDS = ['id', 'client_id', 'audience'];

const clientGrantNotFound = () =>
  new ManagementError(404, 'The client grant does not exist', 'inexistent_client_grant');

const LIST_PARAMETERS = [
  'audience',
  'client_id',
  'page',
  'per_page',
  'include_totals',
  'from',
  'take',
] as const;

/**
 * `GET/POST /client-grants`, `GET/PATCH/DELETE /client-grants/{id}`: which clients may get
 * `client_credentials` tokens for which API, with which scopes. A grant names an existing client
 * and API, and only scopes that API defines, so a typo is refused rather than granting nothing.
 */
export const clientGrantRoutes: ManagementRoutes = (app, context) => {
  const { tenant } = context;

  /** Refuses scopes the grant's API does not define. */
  const checkScopes = async (audience: string, scopes: readonly string[]) => {
    const api = await tenant.findResourceServer(audience);
    if (!api)
      throw new ManagementError(
        404,
        `No resource server found for audience ${audience.slice(0, 600)}`,
        'inexistent_resource_server',
      );
    const defined = new Set(api.scopes.map((scope) => scope.value));
    const unknown = scopes.filter((scope) => !defined.has(scope));
    if (unknown.length)
      throw invalidBody(
        `Payload validation error: 'Scopes not defined by the API: ${unknown.join(',')}' on property scope.`,
      );
  };

  app.get('/client-grants', async (c) => {
    requireScope(c.get('scopes'), 'read:client_grants');
    const url = new URL(c.req.url);
    allowQueryParameters(url, LIST_PARAMETERS);
    const audience = url.searchParams.get('audience');
    const clientId = url.searchParams.get('client_id');
    const matching = (await tenant.listClientGrants()).filter(
      (grant) =>
        (audience === null || grant.audience === audience) &&
        (clientId === null || grant.client_id === clientId),
    );
    return c.json(listAnswer(url, matching, 'client_grants', clientGrantView));
  });

  app.post('/client-grants', async (c) => {
    requireScope(c.get('scopes'), 'create:client_grants');
    const input = parsePayload(newClientGrantSchema, await readManagementBody(c.req.raw));
    if (!(await tenant.findClient(input.client_id)))
      throw new ManagementError(404, 'The client does not exist', 'inexistent_client');
    await checkScopes(input.audience, input.scope);
    if (await tenant.findClientGrant(input.client_id, input.audience))
      throw new ManagementError(
        409,
        'A client grant for this client and audience already exists',
        'conflict',
      );
    const grant: ClientGrant = {
      id: await clientGrantIdFor(input.client_id, input.audience),
      ...input,
      scope: [...new Set(input.scope)],
    };
    await tenant.saveClientGrant(grant);
    context.logger.info('client_grant_created', { id: grant.id, client_id: grant.client_id });
    return c.json(clientGrantView(grant), 201);
  });

  app.get('/client-grants/:id', async (c) => {
    requireScope(c.get('scopes'), 'read:client_grants');
    allowQueryParameters(new URL(c.req.url), []);
    const grant = await tenant.findClientGrantById(c.req.param('id'));
    if (!grant) throw clientGrantNotFound();
    return c.json(clientGrantView(grant));
  });

  app.patch('/client-grants/:id', async (c) => {
    requireScope(c.get('scopes'), 'update:client_grants');
    const current = await tenant.findClientGrantById(c.req.param('id'));
    if (!current) throw clientGrantNotFound();
    const changes = parsePayload(
      clientGrantChangesSchema,
      readOnlyIgnored(
        await readManagementBody(c.req.raw),
        clientGrantView(current),
        READ_ONLY_FIELDS,
      ),
    );
    if (changes.scope) await checkScopes(current.audience, changes.scope);
    const grant = await tenant.updateClientGrant(current.id, (stored) => ({
      ...stored,
      ...(changes.scope && { scope: [...new Set(changes.scope)] }),
    }));
    if (!grant) throw clientGrantNotFound();
    context.logger.info('client_grant_updated', { id: grant.id, fields: Object.keys(changes) });
    return c.json(clientGrantView(grant));
  });

  // Auth0 answers 204 whether or not the grant existed.
  app.delete('/client-grants/:id', async (c) => {
    requireScope(c.get('scopes'), 'delete:client_grants');
    if (await tenant.deleteClientGrant(c.req.param('id')))
      context.logger.info('client_grant_deleted', { id: c.req.param('id') });
    return c.body(null, 204);
  });
};
