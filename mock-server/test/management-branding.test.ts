// `/api/v2/branding` and `/api/v2/branding/templates/universal-login`: the hosted login page's
// colours, logo, favicon, font and Liquid page template, checked and kept as Auth0 does.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { doors, type Door } from './support.ts';
import {
  management,
  managementConfig,
  managementErrorOf,
  managementToken,
} from './management-support.ts';

const PAGE =
  '<!DOCTYPE html><html lang="{{locale}}"><head>{%- auth0:head -%}</head>' +
  '<body class="_widget-auto-layout">{%- auth0:widget -%}</body></html>';

const TEMPLATE_PATH = '/branding/templates/universal-login';

for (const [doorName, openDoor] of doors) {
  describe(`Management API branding (${doorName})`, () => {
    let door: Door;
    let token: string;

    before(async () => {
      door = await openDoor(
        managementConfig({
          branding: {
            colors: { primary: '#0059d6' },
            logo_url: 'https://cdn.example.com/logo.png',
          },
        }),
      );
      token = await managementToken(door);
    });
    after(() => door.close());

    const branding = async () =>
      (await (await management(door, token, 'GET', '/branding')).json()) as Record<string, unknown>;

    /** PUTs the page template with a body of `contentType`. */
    const putTemplate = (body: string, contentType: string, authorization = token) =>
      door.request(`/api/v2${TEMPLATE_PATH}`, {
        method: 'PUT',
        headers: { authorization: `Bearer ${authorization}`, 'content-type': contentType },
        body,
      });

    test('GET /branding: the configured settings', async () => {
      assert.deepEqual(await branding(), {
        colors: { primary: '#0059d6' },
        logo_url: 'https://cdn.example.com/logo.png',
      });
      assert.deepEqual(await door.backend.context.tenant.branding(), await branding());
    });

    test('PATCH merges: a value replaces, null removes, the rest stays', async () => {
      const patched = await management(door, token, 'PATCH', '/branding', {
        colors: { page_background: '#fff' },
        favicon_url: 'https://cdn.example.com/favicon.ico',
        font: { url: 'http://localhost:5173/font.woff2' },
      });
      assert.equal(patched.status, 200);
      const expected = {
        colors: { primary: '#0059d6', page_background: '#fff' },
        logo_url: 'https://cdn.example.com/logo.png',
        favicon_url: 'https://cdn.example.com/favicon.ico',
        font: { url: 'http://localhost:5173/font.woff2' },
      };
      assert.deepEqual(await patched.json(), expected);
      assert.deepEqual(await branding(), expected);

      const gradient = { type: 'linear-gradient', start: '#FFFFFF', end: '#000000', angle_deg: 35 };
      await management(door, token, 'PATCH', '/branding', {
        colors: { primary: null, page_background: gradient },
        logo_url: null,
        font: null,
      });
      assert.deepEqual(await branding(), {
        colors: { page_background: gradient },
        favicon_url: 'https://cdn.example.com/favicon.ico',
      });
      await management(door, token, 'PATCH', '/branding', { colors: { page_background: null } });
      assert.deepEqual(await branding(), { favicon_url: 'https://cdn.example.com/favicon.ico' });
      assert.deepEqual(await door.backend.context.tenant.branding(), await branding());
    });

    test('PATCH refuses bad colours and URLs with 400 invalid_body naming the property', async () => {
      for (const [body, property] of [
        [{ colors: { primary: 'red' } }, 'colors.primary'],
        [{ colors: { primary: '#12345' } }, 'colors.primary'],
        [
          {
            colors: {
              page_background: {
                type: 'radial-gradient',
                start: '#fff',
                end: '#000',
                angle_deg: 0,
              },
            },
          },
          'colors.page_background',
        ],
        [{ colors: { accent: '#fff' } }, 'colors'],
        [{ logo_url: 'http://cdn.example.com/logo.png' }, 'logo_url'],
        [{ favicon_url: 'javascript:alert(1)' }, 'favicon_url'],
        [{ font: { url: 'ftp://cdn.example.com/font.woff2' } }, 'font.url'],
        [{ font: {}, logo_url: 'nope' }, 'logo_url'],
        [{ identifiers: { login_display: 'separate' } }, 'body'],
        [{}, 'body'],
      ] as const) {
        const [status, code, message] = await managementErrorOf(
          await management(door, token, 'PATCH', '/branding', body),
        );
        assert.deepEqual([status, code], [400, 'invalid_body'], JSON.stringify(body));
        assert.ok(message.includes(property) || property === 'body', message);
      }
    });

    test('the page template: GET 404 until PUT; PUT is 201 the first time, 204 after', async () => {
      const none = await management(door, token, 'GET', TEMPLATE_PATH);
      assert.deepEqual((await managementErrorOf(none)).slice(0, 2), [404, 'inexistent_template']);
      assert.equal(await door.backend.context.tenant.universalLoginTemplate(), undefined);

      const created = await management(door, token, 'PUT', TEMPLATE_PATH, { template: PAGE });
      assert.equal(created.status, 201);
      assert.deepEqual(await (await management(door, token, 'GET', TEMPLATE_PATH)).json(), {
        body: PAGE,
      });

      // The page itself as text/html, and a JSON string (what the auth0 SDK sends for a string).
      const html = PAGE.replace('<body', '<body id="page"');
      assert.equal((await putTemplate(html, 'text/html; charset=utf-8')).status, 204);
      assert.equal(await door.backend.context.tenant.universalLoginTemplate(), html);
      assert.equal((await putTemplate(JSON.stringify(PAGE), 'application/json')).status, 204);
      assert.equal(await door.backend.context.tenant.universalLoginTemplate(), PAGE);
    });

    test('PUT refuses a page without the tags, with broken Liquid, or too long; the old one stays', async () => {
      await management(door, token, 'PUT', TEMPLATE_PATH, { template: PAGE });
      const large = PAGE + ' '.repeat(102_401 - PAGE.length);
      for (const [template, message] of [
        [
          '<html><head>{%- auth0:head -%}</head><body></body></html>',
          'Payload content missing required Liquid tags (auth0:widget).',
        ],
        [
          '<html></html>',
          'Payload content missing required Liquid tags (auth0:head and auth0:widget).',
        ],
        [`${PAGE}{% if %}`, /^Liquid template syntax error: .+\.$/],
        [`${PAGE}{% auth0:footer %}`, /^Liquid template syntax error: unknown tag "auth0:footer"/],
        [large, 'Payload content length greater than maximum allowed: 102400.'],
      ] as const) {
        const [status, code, text] = await managementErrorOf(
          await management(door, token, 'PUT', TEMPLATE_PATH, { template }),
        );
        assert.deepEqual([status, code], [400, 'invalid_body']);
        if (typeof message === 'string') assert.equal(text, message);
        else assert.match(text, message);
      }
      for (const [body, contentType] of [
        [JSON.stringify({ template: PAGE, extra: 1 }), 'application/json'],
        [JSON.stringify({ body: PAGE }), 'application/json'],
        ['{"template": ', 'application/json'],
        [PAGE, 'text/plain'],
        ['x'.repeat(700_000), 'text/html'],
      ] as const) {
        const [status, code] = await managementErrorOf(await putTemplate(body, contentType));
        assert.deepEqual(
          [status, code],
          [400, 'invalid_body'],
          `${contentType} ${body.slice(0, 30)}`,
        );
      }
      assert.equal(await door.backend.context.tenant.universalLoginTemplate(), PAGE);
    });

    test('DELETE the page template: 204, then GET 404; again 204', async () => {
      await management(door, token, 'PUT', TEMPLATE_PATH, { template: PAGE });
      assert.equal((await management(door, token, 'DELETE', TEMPLATE_PATH)).status, 204);
      assert.equal((await management(door, token, 'GET', TEMPLATE_PATH)).status, 404);
      assert.equal(await door.backend.context.tenant.universalLoginTemplate(), undefined);
      assert.equal((await management(door, token, 'DELETE', TEMPLATE_PATH)).status, 204);
    });

    test('scopes: read:branding, update:branding, delete:branding', async () => {
      const reader = await managementToken(door, ['read:branding']);
      assert.equal((await management(door, reader, 'GET', '/branding')).status, 200);
      const updater = await managementToken(door, ['update:branding']);
      for (const [authorization, method, path, body, scope] of [
        [updater, 'GET', '/branding', undefined, 'read:branding'],
        [updater, 'GET', TEMPLATE_PATH, undefined, 'read:branding'],
        [reader, 'PATCH', '/branding', { logo_url: null }, 'update:branding'],
        [reader, 'PUT', TEMPLATE_PATH, { template: PAGE }, 'update:branding'],
        [updater, 'DELETE', TEMPLATE_PATH, undefined, 'delete:branding'],
      ] as const) {
        const [status, code, message] = await managementErrorOf(
          await management(door, authorization, method, path, body),
        );
        assert.deepEqual([status, code], [403, 'insufficient_scope'], `${method} ${path}`);
        assert.ok(message.includes(scope), message);
      }
    });
  });
}
