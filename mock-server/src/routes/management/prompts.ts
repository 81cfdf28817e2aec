import { z } from 'zod';
import { requireScope } from '../../management/access.ts';
import { ManagementError } from '../../management/errors.ts';
import { addFixedSettings } from './fixed-settings.ts';
import type { ManagementRoutes } from './router.ts';

/**
 * The hosted login page is Auth0's Universal Login as a new tenant has it: the new experience,
 * the phone number asked first, no passkey first. These are the only settings it has.
 */
const PROMPT_SETTINGS = {
  path: '/prompts',
  authorize: {
    read: (scopes: Set<string>) => requireScope(scopes, 'read:prompts'),
    update: (scopes: Set<string>) => requireScope(scopes, 'update:prompts'),
  },
  value: {
    universal_login_experience: 'new',
    identifier_first: false,
    webauthn_platform_first_factor: false,
  },
  reason: 'the hosted login page has no other setting',
};

const promptName = z.string().regex(/^[a-z0-9-]{1,64}$/);
const languageTag = z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/);

/**
 * `GET/PATCH /prompts` (fixed settings) and `GET /prompts/{prompt}/custom-text/{language}`: the page's texts come
 * from the widget's translations, so no prompt has custom text (`{}`, as in a new tenant) and
 * setting some is refused rather than ignored.
 */
export const promptRoutes: ManagementRoutes = (app) => {
  addFixedSettings(app, PROMPT_SETTINGS);

  app.get('/prompts/:prompt/custom-text/:language', (c) => {
    requireScope(c.get('scopes'), 'read:prompts');
    if (!promptName.safeParse(c.req.param('prompt')).success)
      throw new ManagementError(
        400,
        "Path validation error: 'Invalid value' on property prompt (Name of the prompt).",
        'invalid_uri',
      );
    if (!languageTag.safeParse(c.req.param('language')).success)
      throw new ManagementError(
        400,
        "Path validation error: 'Invalid value' on property language (Language to update).",
        'invalid_uri',
      );
    return c.json({});
  });

  app.put('/prompts/:prompt/custom-text/:language', (c) => {
    requireScope(c.get('scopes'), 'update:prompts');
    throw new ManagementError(
      400,
      "Custom text is not supported: the hosted login page's texts are the widget's translations.",
      'invalid_body',
    );
  });
};
