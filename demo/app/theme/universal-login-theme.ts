// The workbench's theme as an Auth0 Universal Login theme (`/api/v2/branding/themes`), which the
// server's hosted login page applies. A theme holds what Auth0's holds: one set of colours (the
// scheme on the stage), radii in whole pixels within Auth0's ranges, a base text size; the
// widget's spacing, focus ring width, width and font stacks have no place in it.
import { TOKENS, effectiveValue, type Scheme, type ThemeOverrides } from './tokens.js';

/** The page behind the hosted login, like the product page's background in each scheme. */
const PAGE_BACKGROUND: Record<Scheme, string> = { light: '#fbf8f3', dark: '#121418' };

const HEX = /^#[0-9a-f]{6}$/i;

const clamp = (value: number, min: number, max: number) =>
  Math.round(Math.min(max, Math.max(min, value)));

/** A length token in pixels (`0.5rem` → 8, `2px` → 2). */
function pixels(value: string): number {
  const number = Number.parseFloat(value);
  return value.endsWith('rem') ? number * 16 : number;
}

export interface UniversalLoginTheme {
  displayName: string;
  borders: Record<string, number | string | boolean>;
  colors: Record<string, string>;
  fonts: Record<string, unknown>;
  page_background: Record<string, string>;
  widget: Record<string, string | number>;
}

/** The theme for `scheme`, with `logoUrl` as the page's logo. */
export function universalLoginTheme(
  theme: ThemeOverrides,
  scheme: Scheme,
  logoUrl: string,
): UniversalLoginTheme {
  const value = (name: string) =>
    effectiveValue(
      theme,
      TOKENS.find((token) => token.name === name)!,
      scheme,
    );
  const color = (name: string, fallback: string) => {
    const found = value(name);
    return HEX.test(found) ? found.toLowerCase() : fallback;
  };
  const text = color('--sms-login-text-color', '#1b1d21');
  const primary = color('--sms-login-primary-color', '#2456d6');
  const border = color('--sms-login-border-color', '#c9ced6');
  const radius = pixels(value('--sms-login-radius'));
  return {
    displayName: 'sms-login workbench',
    borders: {
      inputs_style: 'rounded',
      buttons_style: 'rounded',
      input_border_radius: clamp(radius, 0, 10),
      button_border_radius: clamp(radius, 1, 10),
      // The widget draws its card at twice the fields' radius, with a hairline and no shadow.
      widget_corner_radius: clamp(radius * 2, 0, 50),
      widget_border_weight: 1,
      show_widget_shadow: false,
    },
    colors: {
      primary_button: primary,
      primary_button_label: color('--sms-login-primary-text-color', '#ffffff'),
      links_focused_components: primary,
      base_focus_color: color('--sms-login-focus-ring-color', primary),
      body_text: text,
      header: text,
      input_filled_text: text,
      input_labels_placeholders: color('--sms-login-muted-text-color', '#5b6270'),
      widget_background: color('--sms-login-background-color', '#ffffff'),
      input_background: color('--sms-login-field-background-color', '#ffffff'),
      input_border: border,
      widget_border: border,
      error: color('--sms-login-error-color', '#b3261e'),
      success: color('--sms-login-success-color', '#1e7d3c'),
    },
    fonts: { reference_text_size: clamp(pixels(value('--sms-login-font-size')), 12, 24) },
    page_background: { background_color: PAGE_BACKGROUND[scheme], page_layout: 'center' },
    widget: { logo_url: logoUrl, logo_height: 40, logo_position: 'center' },
  };
}
