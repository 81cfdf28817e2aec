// `/api/v2/branding/themes`: the Universal Login theme, kept as Auth0 keeps it (one per tenant, the
// five groups required, Auth0's defaults for what a group leaves out), and applied by the hosted page.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Browser, authorizePath, openHostedPage } from './browser-session.ts';
import { directDoor, doors, testConfig, WEB_ORIGIN, type Door } from './support.ts';
import {
  management,
  managementConfig,
  managementErrorOf,
  managementToken,
} from './management-support.ts';

const GROUPS = { borders: {}, colors: {}, fonts: {}, page_background: {}, widget: {} };

for (const [doorName, openDoor] of doors) {
  describe(`Management API branding themes (${doorName})`, () => {
    let door: Door;
    let token: string;

    before(async () => {
      door = await openDoor(managementConfig());
      token = await managementToken(door);
    });
    after(() => door.close());

    test('none at first; POST creates it with Auth0’s defaults; GET default and by id read it', async () => {
      const [status, code] = await managementErrorOf(
        await management(door, token, 'GET', '/branding/themes/default'),
      );
      assert.deepEqual([status, code], [404, 'theme_not_found']);

      const created = await management(door, token, 'POST', '/branding/themes', {
        ...GROUPS,
        displayName: 'Tandem',
        colors: { primary_button: '#aa0055' },
        borders: { inputs_style: 'pill' },
      });
      assert.equal(created.status, 200);
      const theme = (await created.json()) as Record<string, any>;
      assert.match(theme.themeId, /^[a-z0-9]{20}$/);
      assert.equal(theme.displayName, 'Tandem');
      assert.equal(theme.colors.primary_button, '#aa0055');
      assert.equal(theme.colors.primary_button_label, '#ffffff');
      assert.equal(theme.borders.inputs_style, 'pill');
      assert.equal(theme.borders.widget_corner_radius, 5);
      assert.deepEqual(theme.fonts.title, { bold: false, size: 150 });
      assert.equal(theme.page_background.page_layout, 'center');

      for (const path of ['/branding/themes/default', `/branding/themes/${theme.themeId}`])
        assert.deepEqual(await (await management(door, token, 'GET', path)).json(), theme);
      assert.deepEqual(await door.backend.context.tenant.theme(), theme);
    });

    test('a second POST is a conflict and changes nothing', async () => {
      const kept = await door.backend.context.tenant.theme();
      const [status, code] = await managementErrorOf(
        await management(door, token, 'POST', '/branding/themes', {
          ...GROUPS,
          colors: { primary_button: '#000000' },
        }),
      );
      assert.deepEqual([status, code], [409, 'theme_exists']);
      assert.deepEqual(await door.backend.context.tenant.theme(), kept);
    });

    test('PATCH replaces the settings and keeps the id; an unknown id is 404', async () => {
      const { themeId } = (await door.backend.context.tenant.theme())!;
      const patched = await management(door, token, 'PATCH', `/branding/themes/${themeId}`, {
        ...GROUPS,
        colors: { widget_background: '#101010' },
      });
      assert.equal(patched.status, 200);
      const theme = (await patched.json()) as Record<string, any>;
      assert.equal(theme.themeId, themeId);
      assert.equal(theme.colors.widget_background, '#101010');
      assert.equal(theme.colors.primary_button, '#635dff');
      const [status] = await managementErrorOf(
        await management(door, token, 'PATCH', '/branding/themes/nope', GROUPS),
      );
      assert.equal(status, 404);
    });

    test('refuses a missing group, a bad colour, a number out of range, an unknown setting', async () => {
      const { themeId } = (await door.backend.context.tenant.theme())!;
      const kept = await door.backend.context.tenant.theme();
      for (const [body, property] of [
        [{ ...GROUPS, widget: undefined }, 'widget'],
        [{ ...GROUPS, colors: { error: 'red' } }, 'colors.error'],
        [{ ...GROUPS, borders: { widget_corner_radius: 51 } }, 'borders.widget_corner_radius'],
        [{ ...GROUPS, fonts: { title: { size: 10 } } }, 'fonts.title.size'],
        [{ ...GROUPS, widget: { logo_url: 'javascript:alert(1)' } }, 'widget.logo_url'],
        [{ ...GROUPS, colors: { accent: '#ffffff' } }, 'colors'],
      ] as const) {
        const [status, code, message] = await managementErrorOf(
          await management(door, token, 'PATCH', `/branding/themes/${themeId}`, body),
        );
        assert.deepEqual([status, code], [400, 'invalid_body'], JSON.stringify(body));
        assert.ok(message.includes(property), `${message} should name ${property}`);
      }
      assert.deepEqual(await door.backend.context.tenant.theme(), kept);
    });

    test('each route needs its scope', async () => {
      const readOnly = await managementToken(door, ['read:branding']);
      const { themeId } = (await door.backend.context.tenant.theme())!;
      for (const [method, path] of [
        ['POST', '/branding/themes'],
        ['PATCH', `/branding/themes/${themeId}`],
        ['DELETE', `/branding/themes/${themeId}`],
      ] as const) {
        const [status] = await managementErrorOf(
          await management(door, readOnly, method, path, GROUPS),
        );
        assert.equal(status, 403, `${method} ${path}`);
      }
    });

    test('DELETE removes it (204), then 404; a new one can be created', async () => {
      const { themeId } = (await door.backend.context.tenant.theme())!;
      assert.equal(
        (await management(door, token, 'DELETE', `/branding/themes/${themeId}`)).status,
        204,
      );
      const [status] = await managementErrorOf(
        await management(door, token, 'DELETE', `/branding/themes/${themeId}`),
      );
      assert.equal(status, 404);
      assert.equal(await door.backend.context.tenant.theme(), undefined);
      const created = await management(door, token, 'POST', '/branding/themes', GROUPS);
      assert.equal(created.status, 200);
    });
  });
}

/** A configuration with a theme that may be wrong on purpose. */
const config = (theme?: object): Parameters<typeof directDoor>[0] =>
  ({
    ...testConfig(),
    clients: [
      { ...testConfig().clients[0]!, callbacks: [`${WEB_ORIGIN}/callback`] },
      ...testConfig().clients.slice(1),
    ],
    ...(theme ? { branding_theme: theme } : {}),
    branding: { colors: { primary: '#0059d6' }, logo_url: 'https://cdn.example.com/brand.png' },
  }) as Parameters<typeof directDoor>[0];

async function hostedPageHtml(door: Door): Promise<string> {
  const browser = new Browser(door);
  const started = await browser.request(
    authorizePath({
      client_id: testConfig().clients[0]!.client_id,
      redirect_uri: `${WEB_ORIGIN}/callback`,
    }),
  );
  return (await openHostedPage(browser, started.headers.get('location')!)).html;
}

describe('the theme on the hosted page', () => {
  test('its colours, borders, fonts, background and logo become the widget’s tokens and the page’s style', async () => {
    const door = await directDoor(
      config({
        ...GROUPS,
        colors: { primary_button: '#aa0055', widget_background: '#fafafa', header: '#123456' },
        borders: { inputs_style: 'sharp', widget_corner_radius: 20, show_widget_shadow: false },
        fonts: { reference_text_size: 18, font_url: 'https://cdn.example.com/theme.woff2' },
        page_background: {
          background_color: '#222222',
          background_image_url: 'https://cdn.example.com/back.jpg',
          page_layout: 'left',
        },
        widget: { logo_url: 'https://cdn.example.com/theme-logo.png', logo_height: 40 },
      }),
    );
    try {
      const html = await hostedPageHtml(door);
      // The theme comes after the branding, so its primary colour wins.
      assert.ok(html.lastIndexOf('#aa0055') > html.lastIndexOf('#0059d6'));
      assert.match(html, /--sms-login-primary-color: #aa0055;/);
      assert.match(html, /--sms-login-background-color: #fafafa;/);
      assert.match(html, /--sms-login-radius: 0px;/);
      assert.match(html, /--sms-login-font-size: 1.125rem;/);
      assert.match(html, /src: url\("https:\/\/cdn\.example\.com\/theme\.woff2"\)/);
      assert.match(
        html,
        /sms-login::part\(base\) \{ border: 0px solid #c9cace; border-radius: 20px; \}/,
      );
      assert.match(html, /url\("https:\/\/cdn\.example\.com\/back\.jpg"\) center \/ cover/);
      assert.match(html, /justify-items: start/);
      assert.match(html, /\.application \{ color: #123456;/);
      assert.match(html, /<img class="logo" src="https:\/\/cdn\.example\.com\/theme-logo\.png"/);
      assert.match(html, /\.logo \{ height: 40px;/);
    } finally {
      await door.close();
    }
  });

  test('without a theme the page has the branding only', async () => {
    const door = await directDoor(config());
    try {
      const html = await hostedPageHtml(door);
      assert.match(html, /--sms-login-primary-color: #0059d6;/);
      assert.doesNotMatch(html, /::part\(base\)/);
      assert.match(html, /<img class="logo" src="https:\/\/cdn\.example\.com\/brand\.png"/);
    } finally {
      await door.close();
    }
  });

  test('a theme in the configuration is checked at start, like one sent to the Management API', async () => {
    await assert.rejects(
      directDoor(config({ ...GROUPS, colors: { primary_button: 'url(x)' } })),
      /branding_theme\.colors\.primary_button/,
    );
  });
});
