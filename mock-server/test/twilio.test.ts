import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { startFakeTwilio, type FakeTwilio } from './fakes/fake-twilio.ts';
import {
  captureLogger,
  codeIn,
  phoneConfig,
  startLogin,
  TWILIO_SID,
  TWILIO_TOKEN,
} from './phone-support.ts';
import { directDoor, errorOf, lastMessage, tokenRequest, type Door } from './support.ts';

const tenantTwilio = (url: string, configuration: Record<string, unknown> = {}) =>
  phoneConfig(
    {},
    {
      twilio_base_url: url,
      providers: [
        {
          name: 'twilio',
          configuration: {
            sid: TWILIO_SID,
            delivery_methods: ['text', 'voice'],
            default_from: '+15005550006',
            ...configuration,
          },
          credentials: { auth_token: TWILIO_TOKEN },
        },
      ],
    },
  );

/** A tenant whose `sms` connection sends through Twilio with its own (legacy) Twilio settings. */
const connectionTwilio = (
  url: string,
  {
    token = TWILIO_TOKEN,
    sender = { from: '+15005550006' },
    phone = {},
  }: {
    token?: string;
    sender?: { from: string } | { messaging_service_sid: string };
    phone?: Record<string, unknown>;
  } = {},
) =>
  phoneConfig(
    { provider: 'twilio', twilio_sid: TWILIO_SID, twilio_token: token, ...sender },
    { twilio_base_url: url, ...phone },
  );

describe('twilio', () => {
  let twilio: FakeTwilio;
  let door: Door;
  beforeEach(async () => {
    twilio = await startFakeTwilio({ sid: TWILIO_SID, token: TWILIO_TOKEN });
  });
  afterEach(async () => {
    await door.close();
    await twilio.close();
  });

  it('sends text through Messages.json with To, Body and From, authenticated as sid:token', async () => {
    door = await directDoor(connectionTwilio(twilio.url));
    assert.equal((await startLogin(door, '+14155550110')).status, 200);
    const request = twilio.last()!;
    assert.equal(request.resource, 'Messages');
    assert.equal(request.form.To, '+14155550110');
    assert.equal(request.form.From, '+15005550006');
    assert.match(request.form.Body!, /^Your code: \d{6}$/);
  });

  it('uses the Messaging Service instead of From when the connection names one', async () => {
    door = await directDoor(
      connectionTwilio(twilio.url, { sender: { messaging_service_sid: 'MG0123' } }),
    );
    assert.equal((await startLogin(door, '+14155550111')).status, 200);
    assert.equal(twilio.last()!.form.MessagingServiceSid, 'MG0123');
    assert.equal(twilio.last()!.form.From, undefined);
  });

  it('turns a wrong token into the Twilio error, message and code', async () => {
    door = await directDoor(connectionTwilio(twilio.url, { token: 'wrong' }));
    assert.deepEqual(await errorOf(await startLogin(door, '+14155550112')), [
      400,
      'sms_provider_error',
      'Authenticate (Code: 20003)',
    ]);
  });

  it('reports a Twilio that does not answer in time', async () => {
    door = await directDoor(connectionTwilio(twilio.url, { phone: { http_timeout_ms: 100 } }));
    twilio.hang();
    assert.deepEqual(await errorOf(await startLogin(door, '+14155550113')), [
      400,
      'sms_provider_error',
      'Timeout while calling Twilio: 100',
    ]);
  });

  it('refuses voice for a connection whose legacy Twilio settings only send text', async () => {
    door = await directDoor(connectionTwilio(twilio.url));
    assert.deepEqual(
      await errorOf(await startLogin(door, '+14155550114', { delivery_method: 'voice' })),
      [400, 'bad.delivery_method', 'The phone provider does not deliver by voice'],
    );
    assert.equal(twilio.received.length, 0);
  });

  describe('voice', () => {
    it('calls through Calls.json with TwiML that says the code digit by digit in the request language', async () => {
      door = await directDoor(tenantTwilio(twilio.url));
      const response = await startLogin(
        door,
        '+33612345600',
        { delivery_method: 'voice' },
        {
          'x-request-language': 'fr-FR',
        },
      );
      assert.equal(response.status, 200);
      const request = twilio.last()!;
      assert.equal(request.resource, 'Calls');
      assert.equal(request.form.To, '+33612345600');
      assert.equal(request.form.From, '+15005550006');
      const twiml = request.form.Twiml!;
      const match =
        /^<Response><Say language="fr-FR">Votre code : (\d(?:, \d){5})<\/Say><\/Response>$/.exec(
          twiml,
        );
      assert.ok(match, twiml);
      const code = match[1]!.replace(/, /g, '');
      const login = await door.request('/oauth/token', tokenRequest('+33612345600', code));
      assert.equal(login.status, 200, 'the spoken digits are the code');
    });

    it('says it in en-US when the request names no language, with the text escaped for XML', async () => {
      door = await directDoor(
        phoneConfig(
          { template: 'Code <b>&</b> @@password@@' },
          {
            twilio_base_url: twilio.url,
            providers: tenantTwilio(twilio.url).phone!.providers,
          },
        ),
      );
      await startLogin(door, '+14155550115', { delivery_method: 'voice' });
      assert.match(
        twilio.last()!.form.Twiml!,
        /^<Response><Say language="en-US">Code &lt;b&gt;&amp;&lt;\/b&gt; \d(, \d){5}<\/Say><\/Response>$/,
      );
    });

    it('refuses voice when the tenant provider only delivers text', async () => {
      door = await directDoor(tenantTwilio(twilio.url, { delivery_methods: ['text'] }));
      const response = await startLogin(door, '+14155550116', { delivery_method: 'voice' });
      assert.deepEqual(await errorOf(response), [
        400,
        'bad.delivery_method',
        'The phone provider does not deliver by voice',
      ]);
    });
  });

  it('records what it sent in the outbox, with the Twilio sid, when asked to', async () => {
    const config = tenantTwilio(twilio.url);
    config.phone!.record_in_outbox = true;
    door = await directDoor(config);
    await startLogin(door, '+14155550117');
    const message = (await lastMessage(door, '+14155550117')) as unknown as {
      provider: string;
      provider_response: { sid: string; status: number };
      body: string;
    };
    assert.equal(message.provider, 'twilio');
    assert.match(message.provider_response.sid, /^SM\d{32}$/);
    assert.equal(message.provider_response.status, 201);
    assert.equal(codeIn(message.body), codeIn(twilio.last()!.form.Body!));
  });

  it('leaves the outbox empty by default when Twilio sends', async () => {
    door = await directDoor(tenantTwilio(twilio.url));
    await startLogin(door, '+14155550118');
    const response = await door.request('/dev/messages');
    assert.deepEqual(((await response.json()) as { messages: unknown[] }).messages, []);
  });

  it('logs the provider it chose and never the token', async () => {
    const logger = captureLogger();
    door = await directDoor(tenantTwilio(twilio.url), { logger });
    twilio.failNext({ status: 400, code: 21211, message: 'Invalid To' });
    await startLogin(door, '+14155550119');
    const lines = logger.lines.join('\n');
    assert.match(
      lines,
      /"event":"provider_selected".*"provider":"twilio".*"source":"tenant_phone_provider"/,
    );
    assert.match(lines, /"event":"code_not_sent".*"reason":"Invalid To \(Code: 21211\)"/);
    assert.ok(!lines.includes(TWILIO_TOKEN));
  });
});
