import { z } from 'zod';
import { assetUrlSchema } from './urls.ts';

export const colorSchema = z
  .string()
  .regex(/^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/, 'must be a colour such as #0059d6 or #fff');

/** Auth0's gradient page background: `{type: 'linear-gradient', start, end, angle_deg}`. */
export const gradientSchema = z.strictObject({
  type: z.literal('linear-gradient'),
  start: colorSchema,
  end: colorSchema,
  angle_deg: z.number().min(0).max(360),
});

export const pageBackgroundSchema = z.union([colorSchema, gradientSchema]);

/** The tenant's branding as Auth0's `/api/v2/branding` has it; the hosted login page applies it. */
export const brandingSchema = z.strictObject({
  colors: z
    .strictObject({
      /** Buttons, links and focus rings. */
      primary: colorSchema.optional(),
      page_background: pageBackgroundSchema.optional(),
    })
    .optional(),
  logo_url: assetUrlSchema.optional(),
  favicon_url: assetUrlSchema.optional(),
  /** A font file (not a stylesheet) the page loads for its text. */
  font: z.strictObject({ url: assetUrlSchema }).optional(),
});

export type Branding = z.output<typeof brandingSchema>;
export type PageBackground = z.output<typeof pageBackgroundSchema>;

/** Auth0's limit on a Universal Login page template, in characters. */
export const UNIVERSAL_LOGIN_TEMPLATE_MAX_LENGTH = 102_400;

/** A Universal Login page template (Liquid); which tags it needs is checked where it is parsed. */
export const universalLoginTemplateSchema = z
  .string()
  .min(1)
  .max(UNIVERSAL_LOGIN_TEMPLATE_MAX_LENGTH);
