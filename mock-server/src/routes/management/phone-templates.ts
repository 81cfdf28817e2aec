import { z } from 'zod';
import { AuthError } from '../../errors.ts';
import { requireScope } from '../../management/access.ts';
import { ManagementError, invalidBody, notFound } from '../../management/errors.ts';
import { parsePayload } from '../../management/payload.ts';
import { readOnlyIgnored } from '../../management/read-only.ts';
import { allowQueryParameters, booleanParameter } from '../../management/query.ts';
import { sendTestMessage } from '../../management/test-message.ts';
import {
  defaultTemplateContent,
  phoneTemplateContentSchema,
  phoneTemplateInputSchema,
  type PhoneTemplateContent,
  type StoredPhoneTemplate,
} from '../../phone-settings/template-settings.ts';
import type { BackendContext } from '../../context.ts';
import {
  TemplateError,
  checkRenders,
  phoneTemplateBodies,
  sampleVariables,
} from '../../templates/render.ts';
import { tryBodySchema } from './phone-providers.ts';
import { readManagementBody, type ManagementRoutes } from './router.ts';

const PATH = '/branding/phone/templates';

/** What `PATCH …/templates/{id}` may change; `content` merges into the current one. */
/** What `GET` shows and no write changes: a body may carry it back as it is. */
const READ_ONLY_FIELDS = ['id', 'tenant', 'channel', 'customizable', 'type'];

const templateChangesSchema = z
  .strictObject({
    disabled: z.boolean(),
    content: z.strictObject({
      syntax: z.literal('liquid').optional(),
      from: z.string().min(1).max(64).nullable().optional(),
      body: z
        .strictObject({
          text: z.string().nullable().optional(),
          voice: z.string().nullable().optional(),
        })
        .optional(),
    }),
  })
  .partial();

const templateNotFound = () => notFound('phone template');

/**
 * Refuses a body that cannot render (tried with sample values), in the words the schema uses
 * for a bad shape.
 */
async function refuseBrokenBody(
  context: BackendContext,
  content: PhoneTemplateContent,
): Promise<PhoneTemplateContent> {
  for (const [key, source] of phoneTemplateBodies(content.body)) {
    try {
      await checkRenders(
        context.renderTemplate,
        source,
        'liquid',
        sampleVariables(6, new URL(context.issuer).hostname),
      );
    } catch (error) {
      if (!(error instanceof TemplateError)) throw error;
      throw invalidBody(
        `Payload validation error: '${error.message}' on property content.body.${key}.`,
      );
    }
  }
  return content;
}

/** Drops the keys a PATCH set to null (back to the default). */
const withoutNulls = <T extends Record<string, unknown>>(value: T) =>
  Object.fromEntries(
    Object.entries(value).filter(([, entry]) => entry !== null && entry !== undefined),
  );

/**
 * `/api/v2/branding/phone/templates`: one template per type. The enabled `otp_verify` template
 * is the message of the passwordless flow; without one, the connection's `template` is.
 */
export const phoneTemplateRoutes: ManagementRoutes = (app, context) => {
  const { phone } = context;

  app.get(PATH, async (c) => {
    requireScope(c.get('scopes'), 'read:phone_templates');
    const url = new URL(c.req.url);
    allowQueryParameters(url, ['disabled']);
    const disabled = booleanParameter(url, 'disabled');
    const templates = (await phone.listTemplates()).filter(
      (template) => disabled === undefined || template.disabled === disabled,
    );
    return c.json({ templates });
  });

  app.post(PATH, async (c) => {
    requireScope(c.get('scopes'), 'create:phone_templates');
    const input = parsePayload(phoneTemplateInputSchema, await readManagementBody(c.req.raw));
    await refuseBrokenBody(context, input.content);
    if ((await phone.listTemplates()).some((template) => template.type === input.type))
      throw new ManagementError(
        409,
        `A phone template of type ${input.type} already exists: update or delete it`,
        'already_exists',
      );
    const template: StoredPhoneTemplate = {
      ...input,
      id: phone.newTemplateId(),
      tenant: new URL(context.issuer).hostname,
      channel: 'phone',
      customizable: true,
    };
    await phone.saveTemplate(template);
    context.logger.info('phone_template_created', { id: template.id, type: template.type });
    return c.json(template, 201);
  });

  app.get(`${PATH}/:id`, async (c) => {
    requireScope(c.get('scopes'), 'read:phone_templates');
    const template = await phone.findTemplate(c.req.param('id'));
    if (!template) throw templateNotFound();
    return c.json(template);
  });

  app.patch(`${PATH}/:id`, async (c) => {
    requireScope(c.get('scopes'), 'update:phone_templates');
    const current = await phone.findTemplate(c.req.param('id'));
    if (!current) throw templateNotFound();
    const changes = parsePayload(
      templateChangesSchema,
      readOnlyIgnored(await readManagementBody(c.req.raw), current, READ_ONLY_FIELDS),
    );
    const content = changes.content
      ? await refuseBrokenBody(
          context,
          parsePayload(
            phoneTemplateContentSchema,
            withoutNulls({
              syntax: 'liquid',
              from:
                changes.content.from === undefined ? current.content.from : changes.content.from,
              body: withoutNulls({ ...current.content.body, ...changes.content.body }),
            }),
            ['content'],
          ),
        )
      : current.content;
    const template: StoredPhoneTemplate = {
      ...current,
      disabled: changes.disabled ?? current.disabled,
      content,
    };
    await phone.saveTemplate(template);
    context.logger.info('phone_template_updated', { id: template.id, type: template.type });
    return c.json(template);
  });

  app.patch(`${PATH}/:id/reset`, async (c) => {
    requireScope(c.get('scopes'), 'update:phone_templates');
    const current = await phone.findTemplate(c.req.param('id'));
    if (!current) throw templateNotFound();
    const template: StoredPhoneTemplate = {
      ...current,
      content: defaultTemplateContent(current.type),
    };
    await phone.saveTemplate(template);
    context.logger.info('phone_template_reset', { id: template.id, type: template.type });
    return c.json(template);
  });

  app.delete(`${PATH}/:id`, async (c) => {
    requireScope(c.get('scopes'), 'delete:phone_templates');
    if (!(await phone.deleteTemplate(c.req.param('id')))) throw templateNotFound();
    context.logger.info('phone_template_deleted', { id: c.req.param('id') });
    return c.body(null, 204);
  });

  app.post(`${PATH}/:id/try`, async (c) => {
    requireScope(c.get('scopes'), 'create:phone_templates');
    const template = await phone.findTemplate(c.req.param('id'));
    if (!template) throw templateNotFound();
    const body = parsePayload(tryBodySchema, await readManagementBody(c.req.raw));
    // The message leaves the way a login's would: the tenant provider, else the sms connection's.
    const connection = (await context.tenant.listConnections()).find(
      (candidate) => candidate.strategy === 'sms',
    );
    if (!connection)
      throw new ManagementError(
        400,
        'No sms connection to send the test message with',
        'invalid_body',
      );
    let provider;
    try {
      provider = await context.dispatch.forConnection(connection);
    } catch (error) {
      if (error instanceof AuthError)
        throw new ManagementError(400, error.description, error.error);
      throw error;
    }
    const outcome = await sendTestMessage(context, provider, template.content, {
      to: body.to,
      deliveryMethod: body.delivery_method,
      type: template.type,
    });
    return c.json({ code: 202, message: 'Phone notification sent', ...outcome }, 202);
  });
};
