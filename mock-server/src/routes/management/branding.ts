import { z } from 'zod';
import {
  brandingSchema,
  colorSchema,
  pageBackgroundSchema,
  UNIVERSAL_LOGIN_TEMPLATE_MAX_LENGTH,
  type Branding,
} from '../../config/branding.ts';
import { assetUrlSchema } from '../../config/urls.ts';
import { BodyError, readBodyText } from '../../http/body.ts';
import { requireScope } from '../../management/access.ts';
import { invalidBody, ManagementError } from '../../management/errors.ts';
import { parsePayload } from '../../management/payload.ts';
import { TemplateError } from '../../templates/render.ts';
import { validateLoginPageTemplate } from '../../templates/login-page.ts';
import { readManagementBody, type ManagementRoutes } from './router.ts';

/** `PATCH /branding`: the settings to change; `null` removes one, as in Auth0. */
const brandingChangesSchema = z
  .strictObject({
    colors: z
      .strictObject({
        primary: colorSchema.nullable(),
        page_background: pageBackgroundSchema.nullable(),
      })
      .partial()
      .nullable(),
    logo_url: assetUrlSchema.nullable(),
    favicon_url: assetUrlSchema.nullable(),
    font: z.strictObject({ url: assetUrlSchema.nullable() }).nullable(),
  })
  .partial()
  .refine(
    (changes) => Object.keys(changes).length > 0,
    'Too few properties defined (0), minimum 1',
  );

/** `current` with `changes` applied: a value replaces, `null` removes, a missing key keeps. */
function withChanges(
  current: Record<string, unknown>,
  changes: Record<string, unknown>,
): Record<string, unknown> {
  const next = { ...current };
  for (const [key, value] of Object.entries(changes)) {
    if (value === null) delete next[key];
    else if (value !== undefined) next[key] = value;
  }
  return next;
}

/** A group (`colors`, `font`) with its changes; `null` once nothing is left in it. */
function groupWithChanges(
  current: Record<string, unknown> | undefined,
  changes: Record<string, unknown> | null | undefined,
): Record<string, unknown> | null | undefined {
  if (!changes) return changes;
  const next = withChanges(current ?? {}, changes);
  return Object.keys(next).length ? next : null;
}

/** `PUT …/universal-login` takes `{template}`, a JSON string, or the page itself as text/html. */
const templateBodySchema = z.union([
  z.string(),
  z.strictObject({ template: z.string() }).transform((body) => body.template),
]);

/** A page of 102400 characters is several times that in escaped JSON (`\uXXXX`). */
const MAX_TEMPLATE_BODY_BYTES = UNIVERSAL_LOGIN_TEMPLATE_MAX_LENGTH * 6 + 1024;

async function readTemplate(request: Request): Promise<string> {
  const type = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  let text: string;
  try {
    text = await readBodyText(request, MAX_TEMPLATE_BODY_BYTES);
  } catch (error) {
    if (!(error instanceof BodyError)) throw error;
    throw invalidBody(
      error.status === 413
        ? `Payload content length greater than maximum allowed: ${UNIVERSAL_LOGIN_TEMPLATE_MAX_LENGTH}.`
        : `Payload validation error: ${error.message}`,
    );
  }
  if (type === 'text/html') return text;
  if (type !== 'application/json')
    throw invalidBody(
      'Payload validation error: send the template as application/json or text/html',
    );
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw invalidBody('Payload validation error: the body is not valid JSON');
  }
  return parsePayload(templateBodySchema, body);
}

const noTemplate = () =>
  new ManagementError(404, 'The universal login template does not exist.', 'inexistent_template');

/**
 * `GET/PATCH /branding` and `PUT/GET/DELETE /branding/templates/universal-login`: what the hosted
 * login page looks like. Only kept here, checked as Auth0 checks them; the page applies them.
 */
export const brandingRoutes: ManagementRoutes = (app, context) => {
  const { tenant } = context;

  app.get('/branding', async (c) => {
    requireScope(c.get('scopes'), 'read:branding');
    return c.json(await tenant.branding());
  });

  app.patch('/branding', async (c) => {
    requireScope(c.get('scopes'), 'update:branding');
    const changes = parsePayload(brandingChangesSchema, await readManagementBody(c.req.raw));
    const current = await tenant.branding();
    const next = withChanges(current, {
      ...changes,
      colors: groupWithChanges(current.colors, changes.colors),
      font: groupWithChanges(current.font, changes.font),
    });
    const branding: Branding = parsePayload(brandingSchema, next);
    await tenant.saveBranding(branding);
    context.logger.info('branding_updated', { fields: Object.keys(changes) });
    return c.json(branding);
  });

  const TEMPLATE_PATH = '/branding/templates/universal-login';

  app.get(TEMPLATE_PATH, async (c) => {
    requireScope(c.get('scopes'), 'read:branding');
    const template = await tenant.universalLoginTemplate();
    if (template === undefined) throw noTemplate();
    return c.json({ body: template });
  });

  app.put(TEMPLATE_PATH, async (c) => {
    requireScope(c.get('scopes'), 'update:branding');
    const template = await readTemplate(c.req.raw);
    try {
      validateLoginPageTemplate(template);
    } catch (error) {
      if (error instanceof TemplateError) throw invalidBody(error.message);
      throw error;
    }
    const existed = (await tenant.universalLoginTemplate()) !== undefined;
    await tenant.saveUniversalLoginTemplate(template);
    context.logger.info('universal_login_template_saved', { length: template.length });
    // Auth0: 201 when the template is new, 204 when it replaced one.
    return c.body(null, existed ? 204 : 201);
  });

  app.delete(TEMPLATE_PATH, async (c) => {
    requireScope(c.get('scopes'), 'delete:branding');
    if (await tenant.deleteUniversalLoginTemplate())
      context.logger.info('universal_login_template_deleted', {});
    return c.body(null, 204);
  });
};
