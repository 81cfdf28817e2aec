// The hosted login page's look as CSS: Auth0's branding settings, then the Universal Login theme
// (which wins where both set something, as in Auth0). Every value here was checked by its schema
// (colours are #rgb/#rrggbb, numbers are in range, URLs are http(s)); URLs are quoted again so
// that none can close its CSS context.
import type { Branding } from '../config/branding.ts';
import type { BrandingTheme } from '../config/branding-theme.ts';

/** A URL for CSS `url()`: normalised and quoted. */
const cssUrl = (url: string): string => JSON.stringify(new URL(url).href);

/** The branding: the widget's primary colour and font, the page background. */
export function brandingCss(branding: Branding): string {
  const rules: string[] = [];
  const widget: string[] = [];
  const primary = branding.colors?.primary;
  if (primary) widget.push(`--sms-login-primary-color: ${primary};`);
  if (branding.font?.url) {
    rules.push(`@font-face { font-family: 'Branding'; src: url(${cssUrl(branding.font.url)}); }`);
    widget.push(`--sms-login-font-family: 'Branding', system-ui, sans-serif;`);
  }
  if (widget.length) rules.push(`sms-login { ${widget.join(' ')} }`);
  const background = branding.colors?.page_background;
  if (typeof background === 'string') rules.push(`body { background: ${background}; }`);
  else if (background)
    rules.push(
      `body { background: linear-gradient(${background.angle_deg}deg, ${background.start}, ${background.end}); }`,
    );
  return rules.join('\n');
}

/** Corner radius of a field or button for Auth0's styles: sharp, rounded (the radius), pill. */
const radius = (style: 'pill' | 'rounded' | 'sharp', px: number): string =>
  style === 'sharp' ? '0px' : style === 'pill' ? '999px' : `${px}px`;

const JUSTIFY = { center: 'center', left: 'start', right: 'end' } as const;

/** The theme, mapped onto the widget's documented tokens and parts and the page around it. */
export function themeCss(theme: BrandingTheme): string {
  const { borders, colors, fonts, page_background: page, widget } = theme;
  const tokens = [
    `--sms-login-primary-color: ${colors.primary_button};`,
    `--sms-login-primary-text-color: ${colors.primary_button_label};`,
    `--sms-login-text-color: ${colors.body_text};`,
    `--sms-login-muted-text-color: ${colors.input_labels_placeholders};`,
    `--sms-login-background-color: ${colors.widget_background};`,
    `--sms-login-field-background-color: ${colors.input_background};`,
    `--sms-login-border-color: ${colors.input_border};`,
    `--sms-login-error-color: ${colors.error};`,
    `--sms-login-success-color: ${colors.success};`,
    `--sms-login-focus-ring-color: ${colors.base_focus_color};`,
    `--sms-login-radius: ${radius(borders.inputs_style, borders.input_border_radius)};`,
    `--sms-login-font-size: ${fonts.reference_text_size / 16}rem;`,
  ];
  const rules: string[] = [];
  if (fonts.font_url) {
    rules.push(`@font-face { font-family: 'Theme'; src: url(${cssUrl(fonts.font_url)}); }`);
    tokens.push(`--sms-login-font-family: 'Theme', system-ui, sans-serif;`);
  }
  rules.push(`sms-login { ${tokens.join(' ')} }`);
  rules.push(
    `sms-login::part(base) { border: ${borders.widget_border_weight}px solid ${colors.widget_border}; border-radius: ${borders.widget_corner_radius}px;${
      borders.show_widget_shadow ? ' box-shadow: 0 12px 40px rgb(0 0 0 / 0.12);' : ''
    } }`,
  );
  const background = page.background_image_url
    ? `${page.background_color} url(${cssUrl(page.background_image_url)}) center / cover no-repeat`
    : page.background_color;
  rules.push(`body { background: ${background}; justify-items: ${JUSTIFY[page.page_layout]}; }`);
  if (page.page_layout !== 'center') rules.push('.hosted-login { margin-inline: 4vw; }');
  rules.push(
    `.application { color: ${colors.header}; text-align: ${widget.header_text_alignment}; font-size: ${fonts.title.size / 100}rem; font-weight: ${fonts.title.bold ? 700 : 600}; }`,
  );
  rules.push(
    widget.logo_position === 'none'
      ? '.logo { display: none; }'
      : `.logo { height: ${widget.logo_height}px; max-height: none; margin-inline: ${
          { center: 'auto', left: '0 auto', right: 'auto 0' }[widget.logo_position]
        }; }`,
  );
  return rules.join('\n');
}
