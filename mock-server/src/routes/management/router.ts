import { Hono } from 'hono';
import type { BackendContext } from '../../context.ts';
import { authenticateManagementRequest } from '../../management/access.ts';
import { invalidBody } from '../../management/errors.ts';
import { BodyError, readBody, readBodyText } from '../../http/body.ts';

/** Hono variables of a Management API request: the token's scopes. */
export type ManagementEnv = { Variables: { scopes: Set<string> } };
export type ManagementApp = Hono<ManagementEnv>;

/** Adds one group of Management API routes (connections, users, phone providers, …). */
export type ManagementRoutes = (app: ManagementApp, context: BackendContext) => void;

/** Reads a Management API JSON body; a bad one is Auth0's 400 `invalid_body`. */
export async function readManagementBody(request: Request): Promise<Record<string, unknown>> {
  if (!(request.headers.get('content-type') ?? '').toLowerCase().includes('json'))
    throw invalidBody(
      'Payload validation error: the body must be JSON (Content-Type: application/json)',
    );
  try {
    return await readBody(request);
  } catch (error) {
    if (error instanceof BodyError) throw invalidBody(`Payload validation error: ${error.message}`);
    throw error;
  }
}

/** Reads a Management API body that Auth0 takes as a JSON array; anything else is `invalid_body`. */
export async function readManagementArray(request: Request): Promise<unknown[]> {
  if (!(request.headers.get('content-type') ?? '').toLowerCase().includes('json'))
    throw invalidBody(
      'Payload validation error: the body must be JSON (Content-Type: application/json)',
    );
  let value: unknown;
  try {
    value = JSON.parse(await readBodyText(request));
  } catch (error) {
    if (error instanceof BodyError) throw invalidBody(`Payload validation error: ${error.message}`);
    throw invalidBody('Payload validation error: the body is not valid JSON');
  }
  if (!Array.isArray(value))
    throw invalidBody("Payload validation error: 'Expected type array but found type object'.");
  return value;
}

/** `/api/v2/*`: every route needs a Management API token; each group checks its scopes. */
export function createManagementApi(
  context: BackendContext,
  groups: ManagementRoutes[],
): ManagementApp {
  const app: ManagementApp = new Hono<ManagementEnv>();
  app.use('*', async (c, next) => {
    c.set('scopes', await authenticateManagementRequest(context, c.req.raw));
    await next();
  });
  for (const addRoutes of groups) addRoutes(app, context);
  return app;
}
