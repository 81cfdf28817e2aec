import { z } from 'zod';
import { colorSchema } from './branding.ts';
import { assetUrlSchema } from './urls.ts';

/**
 * A Universal Login theme as Auth0's `/api/v2/branding/themes` has it: the five groups are
 * required, as Auth0 requires them; a setting left out of a group takes Auth0's default.
 */
const color = (fallback: string) => colorSchema.default(fallback);
const number = (min: number, max: number, fallback: number) =>
  z.number().min(min).max(max).default(fallback);
/** Auth0 writes "no URL" as an empty string. */
const optionalUrl = z.union([z.literal(''), assetUrlSchema]).default('');
const textStyle = (min: number, size: number, bold = false) =>
  z.strictObject({ bold: z.boolean().default(bold), size: number(min, 150, size) }).prefault({});

export const brandingThemeSchema = z.strictObject({
  displayName: z.string().max(2048).default('Unnamed Theme'),
  borders: z.strictObject({
    button_border_radius: number(1, 10, 3),
    button_border_weight: number(0, 10, 1),
    buttons_style: z.enum(['pill', 'rounded', 'sharp']).default('rounded'),
    input_border_radius: number(0, 10, 3),
    input_border_weight: number(0, 3, 1),
    inputs_style: z.enum(['pill', 'rounded', 'sharp']).default('rounded'),
    show_widget_shadow: z.boolean().default(true),
    widget_border_weight: number(0, 10, 0),
    widget_corner_radius: number(0, 50, 5),
  }),
  colors: z.strictObject({
    base_focus_color: color('#635dff'),
    base_hover_color: color('#000000'),
    body_text: color('#1e212a'),
    captcha_widget_theme: z.enum(['auto', 'dark', 'light']).default('auto'),
    error: color('#d03c38'),
    header: color('#1e212a'),
    icons: color('#65676e'),
    input_background: color('#ffffff'),
    input_border: color('#c9cace'),
    input_filled_text: color('#000000'),
    input_labels_placeholders: color('#65676e'),
    links_focused_components: color('#635dff'),
    primary_button: color('#635dff'),
    primary_button_label: color('#ffffff'),
    secondary_button_border: color('#c9cace'),
    secondary_button_label: color('#1e212a'),
    success: color('#13a688'),
    widget_background: color('#ffffff'),
    widget_border: color('#c9cace'),
  }),
  fonts: z.strictObject({
    /** A font file (not a stylesheet) for all the page's text. */
    font_url: optionalUrl,
    links_style: z.enum(['normal', 'underlined']).default('normal'),
    /** The base size in pixels; the sizes below are percentages of it. */
    reference_text_size: number(12, 24, 16),
    body_text: textStyle(0, 87.5),
    buttons_text: textStyle(0, 100),
    input_labels: textStyle(0, 100),
    links: textStyle(0, 87.5, true),
    subtitle: textStyle(0, 87.5),
    title: textStyle(75, 150),
  }),
  page_background: z.strictObject({
    background_color: color('#000000'),
    background_image_url: optionalUrl,
    page_layout: z.enum(['center', 'left', 'right']).default('center'),
  }),
  widget: z.strictObject({
    header_text_alignment: z.enum(['center', 'left', 'right']).default('center'),
    logo_height: number(1, 100, 52),
    logo_position: z.enum(['center', 'left', 'right', 'none']).default('center'),
    logo_url: optionalUrl,
    social_buttons_layout: z.enum(['bottom', 'top']).default('bottom'),
  }),
});

export type BrandingThemeSettings = z.output<typeof brandingThemeSchema>;
/** A theme as the tenant keeps it: Auth0 gives each an id (`themeId`). */
export type BrandingTheme = BrandingThemeSettings & { themeId: string };
