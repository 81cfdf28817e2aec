// The workbench's theme as an Auth0 Universal Login theme: what the hosted page gets from it, and
// that the server's own schema accepts it as it is.
import { expect } from '@open-wc/testing';
import { brandingThemeSchema } from '../mock-server/src/config/branding-theme.ts';
import { universalLoginTheme } from '../demo/app/theme/universal-login-theme.js';
import { emptyTheme } from '../demo/app/theme/tokens.js';

const LOGO = 'http://localhost:5173/tandem-logo.svg';

describe('the workbench’s theme as a Universal Login theme', () => {
  it('carries the element’s default colours for the scheme on the stage', () => {
    const light = universalLoginTheme(emptyTheme(), 'light', LOGO);
    const dark = universalLoginTheme(emptyTheme(), 'dark', LOGO);
    expect(light.colors.primary_button).to.equal('#2456d6');
    expect(light.colors.widget_background).to.equal('#ffffff');
    expect(dark.colors.primary_button).to.equal('#8fb0ff');
    expect(dark.colors.widget_background).to.equal('#1d2026');
    expect(light.page_background.background_color).to.not.equal(
      dark.page_background.background_color,
    );
    expect(light.widget.logo_url).to.equal(LOGO);
  });

  it('takes the designer’s colours, radius and text size, within Auth0’s ranges', () => {
    const theme = universalLoginTheme(
      {
        shared: { '--sms-login-radius': '0.75rem', '--sms-login-font-size': '1.25rem' },
        light: { '--sms-login-primary-color': '#B0306A', '--sms-login-border-color': '#aabbcc' },
        dark: {},
      },
      'light',
      LOGO,
    );
    expect(theme.colors.primary_button).to.equal('#b0306a');
    expect(theme.colors.input_border).to.equal('#aabbcc');
    expect(theme.colors.widget_border).to.equal('#aabbcc');
    // 12 px fields are beyond Auth0's 10; the card keeps twice the radius, as the widget draws it.
    expect(theme.borders.input_border_radius).to.equal(10);
    expect(theme.borders.widget_corner_radius).to.equal(24);
    expect(theme.fonts.reference_text_size).to.equal(20);
  });

  it('is accepted by the server’s schema as it is sent, whatever the sliders say', () => {
    for (const shared of <Record<string, string>[]>[
      {},
      { '--sms-login-radius': '0rem', '--sms-login-font-size': '0.75rem' },
      { '--sms-login-radius': '2rem', '--sms-login-font-size': '1.375rem' },
    ])
      for (const scheme of ['light', 'dark'] as const) {
        const result = brandingThemeSchema.safeParse(
          universalLoginTheme({ ...emptyTheme(), shared }, scheme, LOGO),
        );
        expect(result.success, JSON.stringify(result.error?.issues)).to.equal(true);
      }
  });
});
