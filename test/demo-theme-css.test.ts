// "Copy CSS": pasted into a page, the theme looks as it does on the workbench's stage, light and dark.
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { styleMap } from 'lit/directives/style-map.js';
import '../src/sms-login.js';
import type { SmsLogin } from '../src/index.js';
import { stageStyle, themeCss, type ThemeOverrides } from '../demo/app/theme/tokens.js';

const theme: ThemeOverrides = {
  shared: { '--sms-login-radius': '1rem' },
  light: { '--sms-login-primary-color': '#7c3aed' },
  dark: { '--sms-login-text-color': '#f0f0f0' },
};

const primaryOf = (el: SmsLogin) =>
  getComputedStyle(el.shadowRoot!.querySelector('[part~="submit"]')!).backgroundColor;

describe('the theme’s CSS', () => {
  after(() => emulateMedia({ colorScheme: 'light' }));

  it('puts light colours under prefers-color-scheme: light, and the rest where it applies', () => {
    expect(themeCss(theme)).to.equal(
      [
        'sms-login {',
        '  --sms-login-radius: 1rem;',
        '}',
        '',
        '@media (prefers-color-scheme: light) {',
        '  sms-login {',
        '    --sms-login-primary-color: #7c3aed;',
        '  }',
        '}',
        '',
        '@media (prefers-color-scheme: dark) {',
        '  sms-login {',
        '    --sms-login-text-color: #f0f0f0;',
        '  }',
        '}',
        '',
      ].join('\n'),
    );
  });

  for (const scheme of ['light', 'dark'] as const)
    it(`gives a page the colours the workbench shows in ${scheme}`, async () => {
      await emulateMedia({ colorScheme: scheme });
      const page = await fixture<HTMLElement>(html`
        <div>
          <style>
            ${themeCss(theme)}
          </style>
          <sms-login class="pasted" domain="tenant.example" client-id="demo"></sms-login>
          <sms-login
            class="stage"
            domain="tenant.example"
            client-id="demo"
            style=${styleMap(stageStyle(theme, scheme))}
          ></sms-login>
        </div>
      `);
      const pasted = page.querySelector<SmsLogin>('.pasted')!;
      const stage = page.querySelector<SmsLogin>('.stage')!;
      await Promise.all([pasted.updateComplete, stage.updateComplete]);
      expect(primaryOf(pasted)).to.equal(primaryOf(stage));
      expect(primaryOf(pasted)).to.equal(
        scheme === 'light' ? 'rgb(124, 58, 237)' : 'rgb(143, 176, 255)',
      );
      expect(getComputedStyle(pasted).color).to.equal(getComputedStyle(stage).color);
    });
});
