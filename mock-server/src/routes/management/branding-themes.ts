import { brandingThemeSchema, type BrandingTheme } from '../../config/branding-theme.ts';
import { randomAlphanumeric } from '../../crypto/digest.ts';
import { requireScope } from '../../management/access.ts';
import { ManagementError } from '../../management/errors.ts';
import { parsePayload } from '../../management/payload.ts';
import { readOnlyIgnored } from '../../management/read-only.ts';
import { readManagementBody, type ManagementRoutes } from './router.ts';

const noTheme = (message: string) => new ManagementError(404, message, 'theme_not_found');

/**
 * `POST /branding/themes`, `GET /branding/themes/default` and `GET/PATCH/DELETE
 * /branding/themes/{id}`: the Universal Login theme (colours, borders, fonts, page background,
 * logo) that the hosted login page applies. A tenant has one theme, as in Auth0.
 */
export const brandingThemeRoutes: ManagementRoutes = (app, context) => {
  const { tenant } = context;

  /** The tenant's theme if its id is `themeId`. */
  const findTheme = async (themeId: string): Promise<BrandingTheme> => {
    const theme = await tenant.theme();
    if (!theme || theme.themeId !== themeId) throw noTheme('Theme not found.');
    return theme;
  };

  app.post('/branding/themes', async (c) => {
    requireScope(c.get('scopes'), 'create:branding');
    const settings = parsePayload(brandingThemeSchema, await readManagementBody(c.req.raw));
    if (await tenant.theme())
      throw new ManagementError(
        409,
        'There is already a theme: change it with PATCH /api/v2/branding/themes/{id}.',
        'theme_exists',
      );
    const theme: BrandingTheme = { ...settings, themeId: randomAlphanumeric(20).toLowerCase() };
    await tenant.saveTheme(theme);
    context.logger.info('branding_theme_created', { themeId: theme.themeId });
    return c.json(theme, 200);
  });

  // `default` and an id share one route: Hono's RegExpRouter, the fast one, cannot put a fixed
  // segment before a parameter in the same place, and one such pair slows every request.
  app.get('/branding/themes/:themeId', async (c) => {
    requireScope(c.get('scopes'), 'read:branding');
    const themeId = c.req.param('themeId');
    if (themeId !== 'default') return c.json(await findTheme(themeId));
    const theme = await tenant.theme();
    if (!theme) throw noTheme('There is no default theme.');
    return c.json(theme);
  });

  app.patch('/branding/themes/:themeId', async (c) => {
    requireScope(c.get('scopes'), 'update:branding');
    const current = await findTheme(c.req.param('themeId'));
    const { themeId } = current;
    // `themeId` is read-only: a body may carry it back as `GET` shows it.
    const settings = parsePayload(
      brandingThemeSchema,
      readOnlyIgnored(await readManagementBody(c.req.raw), current, ['themeId']),
    );
    const theme: BrandingTheme = { ...settings, themeId };
    await tenant.saveTheme(theme);
    context.logger.info('branding_theme_updated', { themeId });
    return c.json(theme);
  });

  app.delete('/branding/themes/:themeId', async (c) => {
    requireScope(c.get('scopes'), 'delete:branding');
    if (!(await tenant.deleteTheme(c.req.param('themeId')))) throw noTheme('Theme not found.');
    context.logger.info('branding_theme_deleted', { themeId: c.req.param('themeId') });
    return c.body(null, 204);
  });
};
