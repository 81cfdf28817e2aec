// The element's documented theming tokens (docs/widget.md), with the control that edits each.

export type TokenControl =
  | { kind: 'color'; light: string; dark: string }
  | { kind: 'length'; unit: 'rem' | 'px'; min: number; max: number; step: number; value: number }
  | { kind: 'font'; value: string };

export interface TokenDefinition {
  name: `--sms-login-${string}`;
  label: string;
  group: 'Colours' | 'Shape' | 'Type';
  control: TokenControl;
}

const color = (light: string, dark: string): TokenControl => ({ kind: 'color', light, dark });

export const TOKENS: TokenDefinition[] = [
  {
    name: '--sms-login-primary-color',
    label: 'Primary',
    group: 'Colours',
    control: color('#2456d6', '#8fb0ff'),
  },
  {
    name: '--sms-login-primary-text-color',
    label: 'Text on primary',
    group: 'Colours',
    control: color('#ffffff', '#0b1a40'),
  },
  {
    name: '--sms-login-text-color',
    label: 'Text',
    group: 'Colours',
    control: color('#1b1d21', '#e8eaee'),
  },
  {
    name: '--sms-login-muted-text-color',
    label: 'Muted text',
    group: 'Colours',
    control: color('#5b6270', '#a5acb8'),
  },
  {
    name: '--sms-login-background-color',
    label: 'Card',
    group: 'Colours',
    control: color('#ffffff', '#1d2026'),
  },
  {
    name: '--sms-login-field-background-color',
    label: 'Fields',
    group: 'Colours',
    control: color('#ffffff', '#14161a'),
  },
  {
    name: '--sms-login-border-color',
    label: 'Borders',
    group: 'Colours',
    control: color('#c9ced6', '#3c424d'),
  },
  {
    name: '--sms-login-error-color',
    label: 'Error',
    group: 'Colours',
    control: color('#b3261e', '#ffb4ab'),
  },
  {
    name: '--sms-login-success-color',
    label: 'Success',
    group: 'Colours',
    control: color('#1e7d3c', '#7fd99a'),
  },
  {
    name: '--sms-login-focus-ring-color',
    label: 'Focus ring',
    group: 'Colours',
    control: color('#2456d6', '#8fb0ff'),
  },
  {
    name: '--sms-login-radius',
    label: 'Corner radius',
    group: 'Shape',
    control: { kind: 'length', unit: 'rem', min: 0, max: 2, step: 0.05, value: 0.5 },
  },
  {
    name: '--sms-login-spacing',
    label: 'Spacing',
    group: 'Shape',
    control: { kind: 'length', unit: 'rem', min: 0.5, max: 2, step: 0.05, value: 1 },
  },
  {
    name: '--sms-login-focus-ring-width',
    label: 'Focus ring width',
    group: 'Shape',
    control: { kind: 'length', unit: 'px', min: 1, max: 6, step: 1, value: 2 },
  },
  {
    name: '--sms-login-max-width',
    label: 'Max width',
    group: 'Shape',
    control: { kind: 'length', unit: 'rem', min: 16, max: 40, step: 0.5, value: 24 },
  },
  {
    name: '--sms-login-font-family',
    label: 'Font',
    group: 'Type',
    control: { kind: 'font', value: '' },
  },
  {
    name: '--sms-login-font-size',
    label: 'Font size',
    group: 'Type',
    control: { kind: 'length', unit: 'rem', min: 0.75, max: 1.375, step: 0.0625, value: 1 },
  },
];

/** Fonts a designer can pick without loading anything: stacks of what systems ship. */
export const FONTS: { label: string; value: string }[] = [
  { label: 'System UI (default)', value: '' },
  { label: 'Humanist sans', value: "'Segoe UI', 'Noto Sans', 'DejaVu Sans', sans-serif" },
  {
    label: 'Geometric sans',
    value: "Futura, 'Century Gothic', 'Avenir Next', 'Liberation Sans', sans-serif",
  },
  { label: 'Serif', value: "Georgia, 'Noto Serif', 'DejaVu Serif', serif" },
  { label: 'Rounded', value: "ui-rounded, 'SF Pro Rounded', 'Nunito', 'Quicksand', sans-serif" },
  { label: 'Monospace', value: "ui-monospace, 'SFMono-Regular', 'DejaVu Sans Mono', monospace" },
];

export type Scheme = 'light' | 'dark';

/** What a designer changed: colours per scheme, everything else for both. */
export interface ThemeOverrides {
  shared: Record<string, string>;
  light: Record<string, string>;
  dark: Record<string, string>;
}

export const emptyTheme = (): ThemeOverrides => ({ shared: {}, light: {}, dark: {} });

const byName = new Map(TOKENS.map((token) => [token.name, token]));

export const isColorToken = (name: string) =>
  byName.get(name as TokenDefinition['name'])?.control.kind === 'color';

export function defaultValue(token: TokenDefinition, scheme: Scheme): string {
  const control = token.control;
  if (control.kind === 'color') return control[scheme];
  if (control.kind === 'font') return control.value;
  return `${control.value}${control.unit}`;
}

/** The value in effect for a token: the override, else the element's default for the scheme. */
export function effectiveValue(
  theme: ThemeOverrides,
  token: TokenDefinition,
  scheme: Scheme,
): string {
  const bucket = token.control.kind === 'color' ? theme[scheme] : theme.shared;
  return bucket[token.name] ?? defaultValue(token, scheme);
}

/** Writes a value, or removes it when it equals the default. */
export function setToken(
  theme: ThemeOverrides,
  name: string,
  value: string,
  scheme: Scheme,
): ThemeOverrides {
  const token = byName.get(name as TokenDefinition['name']);
  if (!token) return theme;
  const key = token.control.kind === 'color' ? scheme : 'shared';
  const bucket = { ...theme[key] };
  if (value === defaultValue(token, scheme)) delete bucket[name];
  else bucket[name] = value;
  return { ...theme, [key]: bucket };
}

/**
 * Every token with its value for the scheme shown on the stage: the demo sets them all so that
 * its light/dark switch works whatever the system's own preference is.
 */
export function stageStyle(theme: ThemeOverrides, scheme: Scheme): Record<string, string> {
  const style: Record<string, string> = { 'color-scheme': scheme };
  for (const token of TOKENS) {
    const value = effectiveValue(theme, token, scheme);
    if (value) style[token.name] = value;
  }
  return style;
}

const block = (selector: string, entries: [string, string][], indent = '') =>
  `${indent}${selector} {\n${entries.map(([k, v]) => `${indent}  ${k}: ${v};`).join('\n')}\n${indent}}`;

/** The overridden tokens in the documented order. */
const inTokenOrder = (record: Record<string, string>) =>
  TOKENS.filter((token) => token.name in record).map(
    (token) => [token.name, record[token.name]!] as [string, string],
  );

/**
 * The CSS a developer pastes into the page: only what differs from the element's defaults. Each
 * scheme's colours sit under their own media query, as the element's defaults do, so a light
 * colour never replaces a dark default.
 */
export function themeCss(theme: ThemeOverrides): string {
  const shared = inTokenOrder(theme.shared);
  const parts: string[] = [];
  if (shared.length) parts.push(block('sms-login', shared));
  for (const scheme of ['light', 'dark'] as const) {
    const colors = inTokenOrder(theme[scheme]);
    if (colors.length)
      parts.push(
        `@media (prefers-color-scheme: ${scheme}) {\n${block('sms-login', colors, '  ')}\n}`,
      );
  }
  return parts.length
    ? parts.join('\n\n') + '\n'
    : '/* The element’s defaults: nothing to add. */\n';
}
