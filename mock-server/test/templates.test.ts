import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createBackend } from '../src/backend.ts';
import { ConfigError } from '../src/config/parse.ts';
import {
  renderMessage,
  TemplateError,
  validateTemplate,
  type MessageVariables,
  rendersInBoundedTime,
} from '../src/templates/render.ts';
import { directDoor, errorOf, json, lastMessage, testConfig } from './support.ts';

const variables: MessageVariables = {
  code: '123456',
  phoneNumber: '+33612345678',
  applicationName: 'Acme',
  requestLanguage: 'fr-FR',
};

describe('message templates', () => {
  describe('liquid', () => {
    it('offers password, code, phone_number, application.name and request_language', async () => {
      const text = await renderMessage(
        '{{ application.name }}: {{ password }} / {{ code }} for {{ phone_number }} ({{ request_language }})',
        'liquid',
        variables,
      );
      assert.equal(text, 'Acme: 123456 / 123456 for +33612345678 (fr-FR)');
    });

    it('replaces the @@password@@ and @@code@@ macros too', async () => {
      assert.equal(
        await renderMessage('{{ application.name }} @@password@@ @@code@@', 'liquid', variables),
        'Acme 123456 123456',
      );
    });

    it('branches on the request language, as the seed example does', async () => {
      const template =
        "{% if request_language contains 'fr-FR' %}Votre code : {{ password }}{% elsif request_language contains 'nl' %}Hier is uw verificatie code: {{ password }}{% else %}Your code: {{ password }}{% endif %}";
      assert.equal(await renderMessage(template, 'liquid', variables), 'Votre code : 123456');
      assert.equal(
        await renderMessage(template, 'liquid', { ...variables, requestLanguage: 'nl-BE' }),
        'Hier is uw verificatie code: 123456',
      );
      assert.equal(
        await renderMessage(template, 'liquid', { ...variables, requestLanguage: null }),
        'Your code: 123456',
      );
    });
  });

  describe('md_with_macros', () => {
    it('replaces only the macros and leaves Liquid alone', async () => {
      assert.equal(
        await renderMessage('Code @@password@@ ({{ code }}) @@code@@', 'md_with_macros', variables),
        'Code 123456 ({{ code }}) 123456',
      );
    });
  });

  describe('sandbox and limits', () => {
    it('refuses a template that does not parse', () => {
      assert.throws(() => validateTemplate('{% if %}', 'liquid'), TemplateError);
    });

    it('cannot reach the file system', async () => {
      await assert.rejects(
        renderMessage("{% include '/etc/passwd' %}", 'liquid', variables),
        TemplateError,
      );
      await assert.rejects(
        renderMessage("{% render '../package.json' %}", 'liquid', variables),
        TemplateError,
      );
    });

    it('cannot walk prototypes', async () => {
      const text = await renderMessage(
        '[{{ application.constructor }}][{{ code.constructor.name }}][{{ application.__proto__ }}]',
        'liquid',
        variables,
      );
      assert.equal(text, '[][][]');
    });

    // A hang would trip the timeout; the render limit ends the loop long before it.
    it('ends a runaway loop with an error instead of a hang', { timeout: 30_000 }, async () => {
      await assert.rejects(
        renderMessage(
          '{% for a in (1..100000) %}{% for b in (1..100000) %}{% endfor %}{% endfor %}{{ code }}',
          'liquid',
          variables,
        ),
        TemplateError,
      );
    });

    it('refuses a huge output', async () => {
      await assert.rejects(
        renderMessage(
          '{% for a in (1..5000) %}0123456789{% endfor %}{{ code }}',
          'liquid',
          variables,
        ),
        /longer than 1600 characters|failed to render/,
      );
    });

    it('refuses a source longer than 5120 characters', () => {
      assert.throws(() => validateTemplate('x'.repeat(5121), 'liquid'), /longer than 5120/);
    });
  });

  describe('through the backend', () => {
    it('renders the connection template in the request language', async () => {
      const door = await directDoor(
        testConfig({
          connections: [
            {
              name: 'sms',
              enabled_clients: ['spa'],
              options: {
                template:
                  "{% if request_language contains 'de' %}Ihr Code für {{ application.name }}: {{ code }}{% else %}Your {{ application.name }} code: @@password@@{% endif %}",
              },
            },
          ],
        }),
      );
      await door.request(
        '/passwordless/start',
        json(
          { client_id: 'spa', connection: 'sms', phone_number: '+4915112345678' },
          { 'x-request-language': 'de-DE' },
        ),
      );
      assert.match(
        (await lastMessage(door, '+4915112345678')).body,
        /^Ihr Code für Test App: \d{6}$/,
      );
      await door.request(
        '/passwordless/start',
        json(
          { client_id: 'spa', connection: 'sms', phone_number: '+4915112345678' },
          { 'accept-language': 'en-GB' },
        ),
      );
      assert.match((await lastMessage(door, '+4915112345678')).body, /^Your Test App code: \d{6}$/);
    });

    it('refuses a template that does not parse when the backend is configured', () => {
      assert.throws(
        () =>
          createBackend(
            testConfig({
              connections: [
                { name: 'sms', enabled_clients: ['spa'], options: { template: '{% for %}' } },
              ],
            }),
          ),
        (error: unknown) =>
          error instanceof ConfigError && /connections\[0\]\.options\.template/.test(error.message),
      );
    });

    it('refuses at start a template that parses but cannot render, and a phone template alike', () => {
      for (const [template, reason] of [
        ["{% include 'x' %}{{ code }}", /failed to render/],
        ['{% for i in (1..200) %}0123456789{% endfor %}', /longer than 1600/],
        ['{% if false %}{{ code }}{% endif %}', /empty/],
      ] as const)
        assert.throws(
          () =>
            createBackend(
              testConfig({
                connections: [{ name: 'sms', enabled_clients: ['spa'], options: { template } }],
              }),
            ),
          (error: unknown) =>
            error instanceof ConfigError &&
            /connections\[0\]\.options\.template/.test(error.message) &&
            reason.test(error.message),
          template,
        );
      assert.throws(
        () =>
          createBackend(
            testConfig({
              phone: {
                templates: [
                  {
                    type: 'otp_verify',
                    content: { body: { text: 'Code {{ code }}', voice: "{% include 'v' %}" } },
                  },
                ],
              },
            }),
          ),
        (error: unknown) =>
          error instanceof ConfigError &&
          /phone\.templates\[0\]\.content\.body\.voice/.test(error.message),
      );
    });

    it('answers sms_provider_error when a template fails at render time, and issues no code', async () => {
      const door = await directDoor(
        testConfig({
          connections: [
            {
              name: 'sms',
              enabled_clients: ['spa'],
              // Fine in English (how it is tried when configured), far too long in French.
              options: {
                template:
                  "{% if request_language == 'fr' %}{% for a in (1..5000) %}0123456789{% endfor %}{% else %}Code {{ code }}{% endif %}",
              },
            },
          ],
        }),
      );
      const response = await door.request(
        '/passwordless/start',
        json(
          { client_id: 'spa', connection: 'sms', phone_number: '+14155550100' },
          { 'x-request-language': 'fr' },
        ),
      );
      const [status, error] = await errorOf(response);
      assert.deepEqual([status, error], [400, 'sms_provider_error']);
      assert.equal(
        await door.backend.context.store.findPendingCode('sms', '+14155550100'),
        undefined,
      );
    });
  });
});

describe('rendersInBoundedTime', () => {
  it('macros and Liquid without loops, the liquid tag or ranges render in bounded time', () => {
    for (const source of [
      'Your code is @@password@@',
      'Code {{ code }} for {{ application.name | upcase }}',
      "{% if request_language contains 'fr' %}Code : {{ code }}{% elsif x %}a{% else %}b{% endif %}",
      '{% assign n = code | size %}{% case n %}{% when 6 %}six{% endcase %} {{ code }}',
    ])
      assert.equal(rendersInBoundedTime(source, 'liquid'), true, source);
    assert.equal(rendersInBoundedTime('{% for i in (1..9) %}{% endfor %}', 'md_with_macros'), true);
  });

  it('anything that can repeat goes to a thread', () => {
    for (const source of [
      '{% for i in (1..9) %}x{% endfor %}{{ code }}',
      '{%- for c in code -%}{{ c }}{%- endfor -%}',
      '{% tablerow i in (1..3) %}{% endtablerow %}{{ code }}',
      '{% liquid\n  for i in (1..1000)\n    echo i\n  endfor %}{{ code }}',
      '{{ (1..100000) | join: "," }} {{ code }}',
    ])
      assert.equal(rendersInBoundedTime(source, 'liquid'), false, source);
  });
});
