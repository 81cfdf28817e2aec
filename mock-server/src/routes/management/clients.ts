import { z } from 'zod';
import {
  AUTHORIZATION_CODE_GRANT,
  CLIENT_CREDENTIALS_GRANT,
  IMPLICIT_GRANT,
  PASSWORDLESS_OTP_GRANT,
  REFRESH_TOKEN_GRANT,
  authMethodProblem,
  clientFieldsSchema,
  clientSchema,
  refreshTokenSchema,
  type TokenEndpointAuthMethod,
} from '../../config/client.ts';
import { randomAlphanumeric } from '../../crypto/digest.ts';
import { requireScope } from '../../management/access.ts';
import { invalidBody, ManagementError } from '../../management/errors.ts';
import { parsePayload } from '../../management/payload.ts';
import { globalClientView } from '../../management/global-client.ts';
import { readOnlyIgnored } from '../../management/read-only.ts';
import {
  allowQueryParameters,
  booleanParameter,
  fieldSelection,
  invalidQuery,
  pagedList,
} from '../../management/query.ts';
import type { Client } from '../../tenant/tenant.ts';
import { readManagementBody, type ManagementRoutes } from './router.ts';

/** A client as Auth0's Management API shows it. The secret is never part of it. */
export function clientView(client: Client): Record<string, unknown> {
  return {
    client_id: client.client_id,
    name: client.name,
    app_type: client.app_type,
    is_first_party: client.is_first_party,
    oidc_conformant: client.oidc_conformant,
    token_endpoint_auth_method: client.token_endpoint_auth_method,
    callbacks: client.callbacks,
    allowed_logout_urls: client.allowed_logout_urls,
    allowed_origins: client.allowed_origins,
    web_origins: client.web_origins,
    cross_origin_authentication: client.cross_origin_authentication,
    ...(client.cross_origin_loc === undefined ? {} : { cross_origin_loc: client.cross_origin_loc }),
    grant_types: client.grant_types,
    refresh_token: client.refresh_token,
    client_metadata: client.metadata,
  };
}

/** The grants this backend can serve; a client may only be given these. */
const GRANT_TYPES = [
  PASSWORDLESS_OTP_GRANT,
  REFRESH_TOKEN_GRANT,
  CLIENT_CREDENTIALS_GRANT,
  AUTHORIZATION_CODE_GRANT,
  IMPLICIT_GRANT,
] as const;

const fields = clientFieldsSchema.shape;

/** The settings `POST /clients` and `PATCH /clients/{id}` take, in Auth0's names. */
const clientSettingsSchema = z.strictObject({
  name: fields.name,
  callbacks: fields.callbacks.unwrap(),
  allowed_logout_urls: fields.allowed_logout_urls.unwrap(),
  allowed_origins: fields.allowed_origins.unwrap(),
  web_origins: fields.web_origins.unwrap(),
  grant_types: z.array(z.enum(GRANT_TYPES)).max(10),
  app_type: fields.app_type.unwrap(),
  token_endpoint_auth_method: fields.token_endpoint_auth_method.unwrap(),
  is_first_party: fields.is_first_party.unwrap(),
  oidc_conformant: fields.oidc_conformant.unwrap(),
  cross_origin_authentication: fields.cross_origin_authentication.unwrap(),
  cross_origin_loc: fields.cross_origin_loc.unwrap(),
  /** Replaced whole; lifetimes left out get Auth0's values for its expiration type. */
  refresh_token: refreshTokenSchema,
  client_metadata: fields.metadata.unwrap(),
});

type ClientSettings = Partial<z.output<typeof clientSettingsSchema>>;

/**
 * `client_metadata` in a `PATCH` is merged into the stored one, as Auth0 merges metadata: a key
 * set to `null` is removed, and `{}` removes them all (what a Deploy CLI import with
 * `AUTH0_ALLOW_DELETE` sends for keys the files no longer have).
 */
const clientChangesSchema = clientSettingsSchema.partial().extend({
  client_metadata: z.record(z.string(), z.string().nullable()).optional(),
});

type MetadataChanges = Record<string, string | null>;

function mergedMetadata(current: Record<string, string>, changes: MetadataChanges | undefined) {
  if (changes === undefined) return current;
  if (Object.keys(changes).length === 0) return {};
  const merged: Record<string, string> = { ...current };
  for (const [key, value] of Object.entries(changes))
    if (value === null) delete merged[key];
    else merged[key] = value;
  return merged;
}

/** What `GET` shows and no write changes: a body may carry it back as it is. */
const READ_ONLY_FIELDS = ['client_id'];

/** `app_type` of `GET /clients`: a comma-separated list of Auth0's application types. */
function appTypeFilter(url: URL): Set<string> | undefined {
  const value = url.searchParams.get('app_type');
  if (value === null) return undefined;
  const types = value.split(',').map((type) => type.trim());
  const known = new Set<string>(fields.app_type.unwrap().options);
  const unknown = types.find((type) => !known.has(type));
  if (unknown !== undefined)
    throw invalidQuery(`'No enum match for: "${unknown.slice(0, 64)}"' on property app_type.`);
  return new Set(types);
}

const newClientSchema = clientSettingsSchema.partial().required({ name: true });

const unique = (list: readonly string[] | undefined) => list && [...new Set(list)];

/** The settings as the stored client names them: lists without repeats, metadata by its own name. */
function storedFields({ client_metadata, ...settings }: ClientSettings): Partial<Client> {
  return Object.fromEntries(
    Object.entries({
      ...settings,
      callbacks: unique(settings.callbacks),
      allowed_logout_urls: unique(settings.allowed_logout_urls),
      allowed_origins: unique(settings.allowed_origins),
      web_origins: unique(settings.web_origins),
      grant_types: unique(settings.grant_types),
      metadata: client_metadata,
    }).filter(([, value]) => value !== undefined),
  );
}

/**
 * How a new client authenticates when the body does not say: browser and native apps are
 * public (`none`), everything else has a secret, as in Auth0.
 */
function authMethodFor(settings: ClientSettings): TokenEndpointAuthMethod {
  if (settings.token_endpoint_auth_method) return settings.token_endpoint_auth_method;
  return settings.app_type === 'spa' || settings.app_type === 'native'
    ? 'none'
    : 'client_secret_post';
}

const clientNotFound = () =>
  new ManagementError(404, 'The client does not exist', 'inexistent_client');

/**
 * `GET/POST /clients`, `GET/PATCH/DELETE /clients/{id}`. A secret is made for a confidential
 * client on creation and shown in that answer only.
 */
export const clientRoutes: ManagementRoutes = (app, context) => {
  app.get('/clients', async (c) => {
    requireScope(c.get('scopes'), 'read:clients');
    const url = new URL(c.req.url);
    allowQueryParameters(url, [
      'page',
      'per_page',
      'include_totals',
      'fields',
      'include_fields',
      'is_global',
      'is_first_party',
      'app_type',
    ]);
    const select = fieldSelection(url);
    // Auth0's "All Applications" client stands for the tenant's settings; only `is_global=true`
    // lists it (the Deploy CLI reads the login page from it).
    if (booleanParameter(url, 'is_global') === true)
      return c.json(pagedList(url, [await globalClientView(context)], 'clients', select));
    const firstParty = booleanParameter(url, 'is_first_party');
    const appTypes = appTypeFilter(url);
    const all = (await context.tenant.listClients()).filter(
      (client) =>
        (firstParty === undefined || client.is_first_party === firstParty) &&
        (appTypes === undefined || appTypes.has(client.app_type)),
    );
    return c.json(pagedList(url, all, 'clients', (client) => select(clientView(client))));
  });

  app.post('/clients', async (c) => {
    requireScope(c.get('scopes'), 'create:clients');
    const settings = parsePayload(newClientSchema, await readManagementBody(c.req.raw));
    const method = authMethodFor(settings);
    const client = clientSchema.parse({
      ...storedFields(settings),
      client_id: randomAlphanumeric(32),
      token_endpoint_auth_method: method,
      ...(method !== 'none' && { client_secret: randomAlphanumeric(64) }),
    });
    await context.tenant.saveClient(client);
    context.logger.info('client_created', { client_id: client.client_id });
    // As in Auth0, the answer to the creation is the one place the secret is shown.
    return c.json(
      {
        ...clientView(client),
        ...(client.client_secret !== undefined && { client_secret: client.client_secret }),
      },
      201,
    );
  });

  app.get('/clients/:id', async (c) => {
    requireScope(c.get('scopes'), 'read:clients');
    const url = new URL(c.req.url);
    allowQueryParameters(url, ['fields', 'include_fields']);
    const client = await context.tenant.findClient(c.req.param('id'));
    if (!client) throw clientNotFound();
    return c.json(fieldSelection(url)(clientView(client)));
  });

  // Credentials are for private-key JWT authentication, which this backend's clients do not
  // use: each has none, as an Auth0 client that authenticates with its secret.
  app.get('/clients/:id/credentials', async (c) => {
    requireScope(c.get('scopes'), 'read:client_credentials');
    if (!(await context.tenant.findClient(c.req.param('id')))) throw clientNotFound();
    return c.json([]);
  });

  app.patch('/clients/:id', async (c) => {
    requireScope(c.get('scopes'), 'update:clients');
    const body = await readManagementBody(c.req.raw);
    const shown = await context.tenant.findClient(c.req.param('id'));
    if (!shown) throw clientNotFound();
    const changes = parsePayload(
      clientChangesSchema,
      readOnlyIgnored(body, clientView(shown), READ_ONLY_FIELDS),
    );
    const updated = await context.tenant.updateClient(c.req.param('id'), (current) => {
      const { client_metadata: metadataChanges, ...settings } = changes;
      const next = {
        ...current,
        ...storedFields(settings),
        metadata: mergedMetadata(current.metadata, metadataChanges),
      };
      const problem = authMethodProblem(
        next.token_endpoint_auth_method,
        next.client_secret !== undefined,
      );
      if (problem)
        throw invalidBody(
          `Payload validation error: '${problem}' on property token_endpoint_auth_method.`,
        );
      return next;
    });
    if (!updated) throw clientNotFound();
    context.logger.info('client_updated', {
      client_id: updated.client_id,
      fields: Object.keys(changes),
    });
    return c.json(clientView(updated));
  });

  // Auth0 answers 204 whether or not the client existed.
  app.delete('/clients/:id', async (c) => {
    requireScope(c.get('scopes'), 'delete:clients');
    if (await context.tenant.deleteClient(c.req.param('id')))
      context.logger.info('client_deleted', { client_id: c.req.param('id') });
    return c.body(null, 204);
  });
};
