import { z } from 'zod';
import { requireScope } from '../../management/access.ts';
import { ManagementError, notFound } from '../../management/errors.ts';
import { parsePayload } from '../../management/payload.ts';
import { readOnlyIgnored } from '../../management/read-only.ts';
import { allowQueryParameters, booleanParameter } from '../../management/query.ts';
import {
  DELIVERY_METHODS,
  phoneProviderInputSchema,
  publicPhoneProvider,
  type StoredPhoneProvider,
} from '../../phone-settings/provider-settings.ts';
import { sendTestMessage } from '../../management/test-message.ts';
import { readManagementBody, type ManagementRoutes } from './router.ts';
import { E164_PATTERN } from '../../phone-number/e164.ts';

const PATH = '/branding/phone/providers';

/** What `PATCH …/providers/{id}` may send; the merged result must still be a valid provider. */
/** What `GET` shows and no write changes: a body may carry it back as it is. */
const READ_ONLY_FIELDS = ['id', 'tenant', 'channel', 'created_at', 'updated_at'];

const providerChangesSchema = z
  .strictObject({
    name: z.enum(['twilio', 'custom']),
    disabled: z.boolean(),
    configuration: z.record(z.string(), z.unknown()),
    credentials: z.record(z.string(), z.unknown()),
  })
  .partial();

/** `{to, delivery_method?}` of the `try` routes. */
export const tryBodySchema = z.strictObject({
  to: z.string().regex(E164_PATTERN, 'must be an E.164 number such as +14155550123'),
  delivery_method: z.enum(DELIVERY_METHODS).default('text'),
});

const providerNotFound = () => notFound('phone provider');

/**
 * `/api/v2/branding/phone/providers`: the tenant's phone provider (one at most, as in Auth0).
 * Credentials are accepted on create and update and never shown.
 */
export const phoneProviderRoutes: ManagementRoutes = (app, context) => {
  const { phone } = context;

  app.get(PATH, async (c) => {
    requireScope(c.get('scopes'), 'read:phone_providers');
    const url = new URL(c.req.url);
    allowQueryParameters(url, ['disabled']);
    const disabled = booleanParameter(url, 'disabled');
    const providers = (await phone.listProviders()).filter(
      (provider) => disabled === undefined || provider.disabled === disabled,
    );
    return c.json({ providers: providers.map(publicPhoneProvider) });
  });

  app.post(PATH, async (c) => {
    requireScope(c.get('scopes'), 'create:phone_providers');
    const input = parsePayload(phoneProviderInputSchema, await readManagementBody(c.req.raw));
    if (input.name === 'custom' && !context.config.phone.custom_provider)
      throw new ManagementError(
        400,
        'A custom phone provider needs phone.custom_provider (its module) in the server configuration',
        'invalid_body',
      );
    if ((await phone.listProviders()).length > 0)
      throw new ManagementError(
        409,
        'A phone provider already exists for this tenant: update or delete it',
        'already_exists',
      );
    const at = new Date(context.clock.now()).toISOString();
    const provider = {
      ...input,
      id: phone.newProviderId(),
      tenant: new URL(context.issuer).hostname,
      channel: 'phone',
      created_at: at,
      updated_at: at,
    } as StoredPhoneProvider;
    await phone.saveProvider(provider);
    context.logger.info('phone_provider_created', { id: provider.id, name: provider.name });
    return c.json(publicPhoneProvider(provider), 201);
  });

  app.get(`${PATH}/:id`, async (c) => {
    requireScope(c.get('scopes'), 'read:phone_providers');
    const provider = await phone.findProvider(c.req.param('id'));
    if (!provider) throw providerNotFound();
    return c.json(publicPhoneProvider(provider));
  });

  app.patch(`${PATH}/:id`, async (c) => {
    requireScope(c.get('scopes'), 'update:phone_providers');
    const current = await phone.findProvider(c.req.param('id'));
    if (!current) throw providerNotFound();
    const changes = parsePayload(
      providerChangesSchema,
      readOnlyIgnored(
        await readManagementBody(c.req.raw),
        publicPhoneProvider(current),
        READ_ONLY_FIELDS,
      ),
    );
    const sameName = (changes.name ?? current.name) === current.name;
    // Settings of the same provider merge; switching provider starts from what the body gives.
    const merged = parsePayload(phoneProviderInputSchema, {
      name: changes.name ?? current.name,
      disabled: changes.disabled ?? current.disabled,
      configuration: sameName
        ? { ...current.configuration, ...changes.configuration }
        : changes.configuration,
      credentials: sameName
        ? { ...current.credentials, ...changes.credentials }
        : changes.credentials,
    });
    if (merged.name === 'custom' && !context.config.phone.custom_provider)
      throw new ManagementError(
        400,
        'A custom phone provider needs phone.custom_provider (its module) in the server configuration',
        'invalid_body',
      );
    const provider = {
      ...current,
      ...merged,
      updated_at: new Date(context.clock.now()).toISOString(),
    } as StoredPhoneProvider;
    await phone.saveProvider(provider);
    context.logger.info('phone_provider_updated', { id: provider.id, name: provider.name });
    return c.json(publicPhoneProvider(provider));
  });

  app.delete(`${PATH}/:id`, async (c) => {
    requireScope(c.get('scopes'), 'delete:phone_providers');
    if (!(await phone.deleteProvider(c.req.param('id')))) throw providerNotFound();
    context.logger.info('phone_provider_deleted', { id: c.req.param('id') });
    return c.body(null, 204);
  });

  app.post(`${PATH}/:id/try`, async (c) => {
    requireScope(c.get('scopes'), 'create:phone_providers');
    const provider = await phone.findProvider(c.req.param('id'));
    if (!provider) throw providerNotFound();
    const body = parsePayload(tryBodySchema, await readManagementBody(c.req.raw));
    const template = await phone.activeTemplate('otp_verify');
    const outcome = await sendTestMessage(
      context,
      context.dispatch.forTenantProvider(provider),
      template?.content,
      {
        to: body.to,
        deliveryMethod: body.delivery_method,
        type: 'otp_verify',
      },
    );
    return c.json({ code: 202, message: 'Phone notification sent', ...outcome }, 202);
  });
};
