import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { startFakeTwilio, type FakeTwilio } from './fakes/fake-twilio.ts';
import {
  captureLogger,
  codeIn,
  CUSTOM_SECRET,
  loadFixtureModule,
  managementToken,
  phoneConfig,
  startLogin,
  TWILIO_SID,
  TWILIO_TOKEN,
} from './phone-support.ts';
import { installScript } from './fixtures/custom-phone-provider.ts';
import { doors, lastMessage, tokenRequest, type Door } from './support.ts';

const PROVIDERS = '/api/v2/branding/phone/providers';
const TEMPLATES = '/api/v2/branding/phone/templates';

const twilioProvider = (overrides: Record<string, unknown> = {}) => ({
  name: 'twilio',
  configuration: {
    sid: TWILIO_SID,
    delivery_methods: ['text', 'voice'],
    default_from: '+15005550006',
  },
  credentials: { auth_token: TWILIO_TOKEN },
  ...overrides,
});

for (const [doorName, openDoor] of doors) {
  describe(`phone providers and templates management (${doorName})`, () => {
    let door: Door;
    let twilio: FakeTwilio;
    let token: string;
    let logger: ReturnType<typeof captureLogger>;
    const seen: string[] = [];

    const call = async (method: string, path: string, body?: unknown, bearer = token) => {
      const response = await door.request(path, {
        method,
        headers: {
          authorization: `Bearer ${bearer}`,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      const text = await response.text();
      seen.push(text);
      return {
        status: response.status,
        body: text ? (JSON.parse(text) as Record<string, any>) : null,
      };
    };

    beforeEach(async () => {
      twilio = await startFakeTwilio({ sid: TWILIO_SID, token: TWILIO_TOKEN });
      logger = captureLogger();
      door = await openDoor(
        phoneConfig(
          {},
          {
            twilio_base_url: twilio.url,
            custom_provider: {
              module: 'custom-phone-provider.ts',
              secrets: { API_KEY: CUSTOM_SECRET },
              retry_backoff_ms: 1,
            },
          },
        ),
        { logger, loadModule: loadFixtureModule },
      );
      token = await managementToken(door);
      seen.length = 0;
    });
    afterEach(async () => {
      // Whatever happened, no response and no log line carried a credential.
      const everything = [...seen, ...logger.lines].join('\n');
      for (const secret of [TWILIO_TOKEN, CUSTOM_SECRET, 'new-token-never-shown'])
        assert.ok(!everything.includes(secret), `${secret} leaked`);
      await door.close();
      await twilio.close();
    });

    describe('access', () => {
      it('needs a Management API token', async () => {
        const response = await door.request(PROVIDERS);
        assert.equal(response.status, 401);
        assert.equal(
          ((await response.json()) as { errorCode: string }).errorCode,
          'missing_authentication',
        );
      });

      it('needs the scope of each operation', async () => {
        const readOnly = await managementToken(door, [
          'read:phone_providers',
          'read:phone_templates',
        ]);
        assert.equal((await call('GET', PROVIDERS, undefined, readOnly)).status, 200);
        assert.equal((await call('GET', TEMPLATES, undefined, readOnly)).status, 200);
        const denied = await call('POST', PROVIDERS, twilioProvider(), readOnly);
        assert.equal(denied.status, 403);
        assert.equal(denied.body!.errorCode, 'insufficient_scope');
        assert.equal(
          denied.body!.message,
          'Insufficient scope, expected any of: create:phone_providers',
        );
        const templateDenied = await call('POST', TEMPLATES, { type: 'otp_verify' }, readOnly);
        assert.equal(
          templateDenied.body!.message,
          'Insufficient scope, expected any of: create:phone_templates',
        );
      });
    });

    describe('providers', () => {
      it('creates, lists, reads, updates and deletes the provider, never showing credentials', async () => {
        const created = await call('POST', PROVIDERS, twilioProvider());
        assert.equal(created.status, 201);
        assert.match(created.body!.id, /^pro_/);
        assert.equal(created.body!.channel, 'phone');
        assert.equal(created.body!.disabled, false);
        assert.equal(created.body!.tenant, 'tenant.example.com');
        assert.equal(created.body!.credentials, undefined);
        assert.deepEqual(created.body!.configuration, twilioProvider().configuration);
        const id = created.body!.id as string;

        assert.deepEqual((await call('GET', PROVIDERS)).body, { providers: [created.body] });
        assert.deepEqual((await call('GET', `${PROVIDERS}/${id}`)).body, created.body);

        const updated = await call('PATCH', `${PROVIDERS}/${id}`, {
          disabled: true,
          configuration: { delivery_methods: ['text'] },
        });
        assert.equal(updated.status, 200);
        assert.equal(updated.body!.disabled, true);
        assert.deepEqual(updated.body!.configuration.delivery_methods, ['text']);
        assert.equal(updated.body!.configuration.sid, TWILIO_SID, 'configuration merges');
        assert.deepEqual((await call('GET', `${PROVIDERS}?disabled=false`)).body, {
          providers: [],
        });

        assert.equal((await call('DELETE', `${PROVIDERS}/${id}`)).status, 204);
        const gone = await call('GET', `${PROVIDERS}/${id}`);
        assert.equal(gone.status, 404);
        assert.equal(gone.body!.errorCode, 'inexistent_resource');
      });

      it('keeps one provider per tenant', async () => {
        assert.equal((await call('POST', PROVIDERS, twilioProvider())).status, 201);
        const second = await call('POST', PROVIDERS, {
          name: 'custom',
          configuration: { delivery_methods: ['text'] },
        });
        assert.equal(second.status, 409);
      });

      it('refuses a Twilio provider without its auth token, in Auth0 error shape', async () => {
        const response = await call('POST', PROVIDERS, twilioProvider({ credentials: {} }));
        assert.equal(response.status, 400);
        assert.equal(response.body!.errorCode, 'invalid_body');
        assert.match(response.body!.message, /credentials\.auth_token/);
      });

      it('delivers the passwordless code once created, and stops when disabled', async () => {
        const { body } = await call('POST', PROVIDERS, twilioProvider());
        await startLogin(door, '+14155550160');
        assert.equal(twilio.received.length, 1);
        const code = codeIn(twilio.last()!.form.Body!);
        assert.equal(
          (await door.request('/oauth/token', tokenRequest('+14155550160', code))).status,
          200,
        );

        await call('PATCH', `${PROVIDERS}/${body!.id}`, { disabled: true });
        await startLogin(door, '+14155550161');
        assert.equal(twilio.received.length, 1, 'the disabled provider sent nothing');
        assert.ok(await lastMessage(door, '+14155550161'), 'the outbox took over');
      });

      it('uses new credentials after a PATCH', async () => {
        const { body } = await call('POST', PROVIDERS, twilioProvider());
        await call('PATCH', `${PROVIDERS}/${body!.id}`, {
          credentials: { auth_token: 'new-token-never-shown' },
        });
        const response = await startLogin(door, '+14155550162');
        assert.equal(response.status, 400, 'the fake Twilio only knows the old token');
        assert.deepEqual(await response.json(), {
          error: 'sms_provider_error',
          error_description: 'Authenticate (Code: 20003)',
        });
      });

      it('try: 202 and a real message through the provider, by text or by voice', async () => {
        const { body } = await call('POST', PROVIDERS, twilioProvider());
        const tried = await call('POST', `${PROVIDERS}/${body!.id}/try`, { to: '+14155550163' });
        assert.equal(tried.status, 202);
        assert.equal(tried.body!.code, 202);
        assert.deepEqual(tried.body!.sms, {
          encoding: 'GSM-7',
          characters: twilio.last()!.form.Body!.length,
          segments: 1,
          non_gsm_characters: [],
        });
        assert.equal(twilio.last()!.resource, 'Messages');
        assert.equal(twilio.last()!.form.To, '+14155550163');
        assert.match(
          twilio.last()!.form.Body!,
          /\d{6} is your verification code for tenant\.example\.com/,
        );

        const voice = await call('POST', `${PROVIDERS}/${body!.id}/try`, {
          to: '+14155550163',
          delivery_method: 'voice',
        });
        assert.equal(voice.status, 202);
        assert.equal(twilio.last()!.resource, 'Calls');
      });

      it('try: reports the provider error', async () => {
        const { body } = await call('POST', PROVIDERS, twilioProvider());
        twilio.failNext({ status: 400, code: 21211, message: "The 'To' number is not valid." });
        const tried = await call('POST', `${PROVIDERS}/${body!.id}/try`, { to: '+14155550164' });
        assert.equal(tried.status, 400);
        assert.equal(tried.body!.message, "The 'To' number is not valid. (Code: 21211)");
        assert.equal(tried.body!.errorCode, 'sms_provider_error');
      });

      it('try: reaches a custom provider', async () => {
        const recipients: string[] = [];
        installScript((event) => void recipients.push(event.notification.recipient));
        const { body, status } = await call('POST', PROVIDERS, {
          name: 'custom',
          configuration: { delivery_methods: ['text'] },
        });
        assert.equal(status, 201);
        assert.equal(
          (await call('POST', `${PROVIDERS}/${body!.id}/try`, { to: '+14155550165' })).status,
          202,
        );
        assert.deepEqual(recipients, ['+14155550165']);
        const voice = await call('POST', `${PROVIDERS}/${body!.id}/try`, {
          to: '+14155550165',
          delivery_method: 'voice',
        });
        assert.equal(voice.status, 400, 'voice is not among its delivery methods');
      });
    });

    describe('templates', () => {
      const otpVerify = {
        type: 'otp_verify',
        content: {
          from: 'Acme',
          body: {
            text: "{% if request_language contains 'fr' %}Code Acme : {{ code }}{% else %}Acme code: {{ code }}{% endif %}",
            voice: 'Acme code {{ code }}',
          },
        },
      };

      it('makes the otp_verify template the passwordless message, until it is disabled', async () => {
        const created = await call('POST', TEMPLATES, otpVerify);
        assert.equal(created.status, 201);
        assert.match(created.body!.id, /^tem_/);
        assert.equal(created.body!.content.syntax, 'liquid');

        await startLogin(door, '+33612345610', {}, { 'x-request-language': 'fr-FR' });
        const message = (await lastMessage(door, '+33612345610')) as {
          body: string;
          from?: string;
        };
        assert.match(message.body, /^Code Acme : \d{6}$/);
        assert.equal(message.from, 'Acme');
        const login = await door.request(
          '/oauth/token',
          tokenRequest('+33612345610', codeIn(message.body)),
        );
        assert.equal(login.status, 200);

        await startLogin(door, '+14155550170', { delivery_method: 'voice' });
        assert.match((await lastMessage(door, '+14155550170')).body, /^Acme code \d(, \d){5}$/);

        await call('PATCH', `${TEMPLATES}/${created.body!.id}`, { disabled: true });
        await startLogin(door, '+14155550171');
        assert.match((await lastMessage(door, '+14155550171')).body, /^Your code: \d{6}$/);
      });

      it('lists, reads, patches (merging the body), resets and deletes', async () => {
        const { body: created } = await call('POST', TEMPLATES, otpVerify);
        const id = created!.id as string;
        assert.deepEqual((await call('GET', TEMPLATES)).body, { templates: [created] });
        assert.deepEqual((await call('GET', `${TEMPLATES}/${id}`)).body, created);

        const patched = await call('PATCH', `${TEMPLATES}/${id}`, {
          content: { body: { text: 'New: {{ code }}' } },
        });
        assert.equal(patched.status, 200);
        assert.equal(patched.body!.content.body.text, 'New: {{ code }}');
        assert.equal(patched.body!.content.body.voice, 'Acme code {{ code }}');
        assert.equal(patched.body!.content.from, 'Acme');

        const reset = await call('PATCH', `${TEMPLATES}/${id}/reset`, {});
        assert.equal(reset.status, 200);
        assert.equal(reset.body!.content.from, undefined);
        assert.match(reset.body!.content.body.text, /\{\{ code \}\} is your verification code/);
        await startLogin(door, '+14155550172');
        assert.match(
          (await lastMessage(door, '+14155550172')).body,
          /^\d{6} is your verification code for Test App\. Do not share it\.$/,
        );

        assert.equal((await call('DELETE', `${TEMPLATES}/${id}`)).status, 204);
        assert.equal((await call('GET', `${TEMPLATES}/${id}`)).status, 404);
        await startLogin(door, '+14155550173');
        assert.match((await lastMessage(door, '+14155550173')).body, /^Your code: \d{6}$/);
      });

      it('refuses a second template of a type, an unknown type and a template that does not parse', async () => {
        assert.equal((await call('POST', TEMPLATES, otpVerify)).status, 201);
        assert.equal((await call('POST', TEMPLATES, otpVerify)).status, 409);
        const unknownType = await call('POST', TEMPLATES, { type: 'welcome' });
        assert.equal(unknownType.status, 400);
        assert.equal(unknownType.body!.errorCode, 'invalid_body');
        const broken = await call('POST', TEMPLATES, {
          type: 'otp_enroll',
          content: { body: { text: '{% if %}' } },
        });
        assert.equal(broken.status, 400);
        assert.match(broken.body!.message, /content\.body\.text/);
      });

      it('refuses a PATCH whose voice body does not parse, and keeps the template as it was', async () => {
        const { body: created } = await call('POST', TEMPLATES, otpVerify);
        const broken = await call('PATCH', `${TEMPLATES}/${created!.id}`, {
          content: { body: { voice: '{{ code ' } },
        });
        assert.equal(broken.status, 400);
        assert.equal(broken.body!.errorCode, 'invalid_body');
        assert.match(
          broken.body!.message,
          /cannot be parsed.* on property content\.body\.voice\.$/,
        );
        assert.deepEqual((await call('GET', `${TEMPLATES}/${created!.id}`)).body, created);
      });

      it('try: 202 and the template rendered through the tenant provider', async () => {
        await call('POST', PROVIDERS, twilioProvider());
        const { body } = await call('POST', TEMPLATES, {
          type: 'change_password',
          content: { body: { text: 'Reset with {{ code }}' } },
        });
        const tried = await call('POST', `${TEMPLATES}/${body!.id}/try`, { to: '+14155550174' });
        assert.equal(tried.status, 202);
        assert.match(twilio.last()!.form.Body!, /^Reset with \d{6}$/);
      });

      it('try: answers the SMS length of the text beside Auth0’s fields, and none for a call', async () => {
        await call('POST', PROVIDERS, twilioProvider());
        const { body } = await call('POST', TEMPLATES, {
          type: 'otp_verify',
          content: { body: { text: 'It’s {{ code }}', voice: 'Code {{ code }}' } },
        });
        const tried = await call('POST', `${TEMPLATES}/${body!.id}/try`, { to: '+14155550176' });
        assert.equal(tried.status, 202);
        assert.deepEqual(tried.body, {
          code: 202,
          message: 'Phone notification sent',
          sms: { encoding: 'UCS-2', characters: 11, segments: 1, non_gsm_characters: ['’'] },
        });
        const call_ = await call('POST', `${TEMPLATES}/${body!.id}/try`, {
          to: '+14155550176',
          delivery_method: 'voice',
        });
        assert.deepEqual(call_.body, { code: 202, message: 'Phone notification sent' });
      });

      it('try: uses the outbox when the tenant has no provider', async () => {
        const { body } = await call('POST', TEMPLATES, otpVerify);
        assert.equal(
          (await call('POST', `${TEMPLATES}/${body!.id}/try`, { to: '+14155550175' })).status,
          202,
        );
        assert.match((await lastMessage(door, '+14155550175')).body, /^Acme code: \d{6}$/);
      });
    });
  });
}
