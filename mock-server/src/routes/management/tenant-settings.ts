import { z } from 'zod';
import { applicationUrlSchema, assetUrlSchema } from '../../config/urls.ts';
import { requireScope } from '../../management/access.ts';
import { parsePayload } from '../../management/payload.ts';
import { allowQueryParameters, fieldSelection } from '../../management/query.ts';
import type { TenantSettings } from '../../tenant/tenant-settings.ts';
import { readManagementBody, type ManagementRoutes } from './router.ts';

/** Session lifetimes: a minute to a year, in hours, as the configuration's `sessions` allows. */
const MAX_SESSION_HOURS = 8760;
const hours = z
  .number()
  .min(1 / 60)
  .max(MAX_SESSION_HOURS);
const minutes = z
  .int()
  .min(1)
  .max(MAX_SESSION_HOURS * 60);

const orEmpty = <T extends z.ZodType>(schema: T) => z.union([z.literal(''), schema]);

/**
 * What `PATCH /tenants/settings` takes: the settings `GET` shows, and the session lifetimes in
 * minutes (`*_in_minutes`), as Auth0 takes them and the Deploy CLI sends them.
 */
const tenantSettingsChangesSchema = z.strictObject({
  friendly_name: z.string().max(255).optional(),
  picture_url: orEmpty(assetUrlSchema).optional(),
  support_email: orEmpty(z.email().max(255)).optional(),
  support_url: orEmpty(applicationUrlSchema).optional(),
  allowed_logout_urls: z.array(applicationUrlSchema).max(100).optional(),
  session_lifetime: hours.optional(),
  idle_session_lifetime: hours.optional(),
  session_lifetime_in_minutes: minutes.optional(),
  idle_session_lifetime_in_minutes: minutes.optional(),
  default_audience: z.string().max(600).optional(),
  default_directory: z.string().max(128).optional(),
  enabled_locales: z
    .array(
      z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'a language tag such as en or pt-BR'),
    )
    .min(1)
    .max(100)
    .optional(),
  flags: z
    .record(z.string().regex(/^[a-z0-9_]{1,64}$/, 'flag names look like enable_sso'), z.boolean())
    .optional(),
  session_cookie: z.strictObject({ mode: z.enum(['persistent', 'non-persistent']) }).optional(),
});

type TenantSettingsChanges = z.output<typeof tenantSettingsChangesSchema>;

/** The settings after `changes`: minutes become hours, flags are merged as Auth0 merges them. */
function applyChanges(current: TenantSettings, changes: TenantSettingsChanges): TenantSettings {
  const {
    session_lifetime_in_minutes: sessionMinutes,
    idle_session_lifetime_in_minutes: idleMinutes,
    flags,
    ...settings
  } = changes;
  return {
    ...current,
    ...Object.fromEntries(Object.entries(settings).filter(([, value]) => value !== undefined)),
    ...(sessionMinutes !== undefined && { session_lifetime: sessionMinutes / 60 }),
    ...(idleMinutes !== undefined && { idle_session_lifetime: idleMinutes / 60 }),
    ...(flags && { flags: { ...current.flags, ...flags } }),
  };
}

/**
 * `GET/PATCH /tenants/settings`: the tenant's name, support contacts, session lifetimes,
 * languages and flags. The session lifetimes (seeded from the configuration's `sessions`) and
 * the allowed logout URLs take effect; the others are kept and shown back.
 */
export const tenantSettingsRoutes: ManagementRoutes = (app, context) => {
  app.get('/tenants/settings', async (c) => {
    requireScope(c.get('scopes'), 'read:tenant_settings');
    const url = new URL(c.req.url);
    allowQueryParameters(url, ['fields', 'include_fields']);
    return c.json(
      fieldSelection(url)({ ...(await context.tenant.tenantSettings()) } as Record<
        string,
        unknown
      >),
    );
  });

  app.patch('/tenants/settings', async (c) => {
    requireScope(c.get('scopes'), 'update:tenant_settings');
    const changes = parsePayload(tenantSettingsChangesSchema, await readManagementBody(c.req.raw));
    const settings = await context.tenant.updateTenantSettings((current) =>
      applyChanges(current, changes),
    );
    context.logger.info('tenant_settings_updated', { fields: Object.keys(changes) });
    return c.json(settings);
  });
};
