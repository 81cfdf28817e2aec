import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  DEFAULT_MESSAGES,
  MESSAGE_LANGUAGES,
  defaultMessage,
  messageLanguageFor,
} from '../src/otp/default-messages.ts';
import { twilioSayLanguage } from '../src/providers/twilio-voices.ts';
import { measureSms } from '../src/sms/sms-length.ts';
import { startFakeTwilio, type FakeTwilio } from './fakes/fake-twilio.ts';
import {
  captureLogger,
  phoneConfig,
  startLogin,
  TWILIO_SID,
  TWILIO_TOKEN,
} from './phone-support.ts';
import { directDoor, lastMessage, tokenRequest, type Door } from './support.ts';
// The widget's own negotiation: the message must be in the language the page is in.
import { negotiateLanguage } from '../../src/i18n/negotiate.ts';
import { LANGUAGES } from '../../src/i18n/load-translation.ts';

/** The connection as configured by a team that wrote no template: the built-in one. */
const builtInTemplate = { template: undefined };

/** Scripts whose letters GSM-7 has: their messages must not fall back to UCS-2. */
const GSM_LANGUAGES = ['af', 'da', 'de', 'en', 'et', 'fi', 'fil', 'fr', 'fr-CA', 'ha', 'id', 'it'];
const GSM_LANGUAGES_TOO = ['ms', 'nb', 'nl', 'nn', 'sv', 'sw'];

/** Three messages in each of 62 languages come from one address: no limit may stop them. */
const loose = { burst: 10_000, per_hour: 10_000 };
const everyLanguage = {
  rate_limits: {
    passwordless_start_per_ip: loose,
    token_per_ip: loose,
    passwordless_start_per_phone: loose,
    distinct_numbers_per_ip: loose,
  },
};

const numberFor = (index: number) => `+1415555${String(2000 + index)}`;
const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const start = (door: Door, number: string, language: string, deliveryMethod = 'text') =>
  startLogin(door, number, { delivery_method: deliveryMethod }, { 'x-request-language': language });

describe('default messages', () => {
  it('has one message for each of the 62 widget languages, each with one code and its own words', () => {
    assert.equal(MESSAGE_LANGUAGES.length, 62);
    assert.deepEqual(Object.keys(DEFAULT_MESSAGES).sort(), [...MESSAGE_LANGUAGES].sort());
    for (const language of MESSAGE_LANGUAGES) {
      const message = DEFAULT_MESSAGES[language];
      assert.equal(message.split('{code}').length, 2, `${language}: one {code}`);
      if (language !== 'en')
        assert.notEqual(message, DEFAULT_MESSAGES.en, `${language}: not the English sentence`);
    }
  });

  it('fits every message with a 6-digit code in one segment, in GSM-7 where the script allows', () => {
    for (const language of MESSAGE_LANGUAGES) {
      const sms = measureSms(defaultMessage(language, '271669'));
      assert.equal(sms.segments, 1, `${language}: ${JSON.stringify(sms)}`);
      assert.ok(sms.characters <= (sms.encoding === 'GSM-7' ? 160 : 70), language);
    }
    for (const language of [...GSM_LANGUAGES, ...GSM_LANGUAGES_TOO])
      assert.equal(
        measureSms(defaultMessage(language as 'en', '271669')).encoding,
        'GSM-7',
        language,
      );
  });

  it('falls back as the widget does: region variant, then base language, then English', () => {
    const cases: [string | null, string][] = [
      ['pt-BR', 'pt-BR'],
      ['pt-PT', 'pt'],
      ['pt', 'pt'],
      ['fr-CA', 'fr-CA'],
      ['fr-FR', 'fr'],
      ['fr-BE', 'fr'],
      ['es-419', 'es-419'],
      ['es-MX', 'es-419'],
      ['es-US', 'es-419'],
      ['es-ES', 'es'],
      ['zh-HK', 'zh-TW'],
      ['zh-Hant-HK', 'zh-TW'],
      ['zh', 'zh-CN'],
      ['zh-Hans', 'zh-CN'],
      ['zh-SG', 'zh-CN'],
      ['ZH-cn', 'zh-CN'],
      ['no', 'nb'],
      ['nb-NO', 'nb'],
      ['tl', 'fil'],
      ['iw', 'he'],
      ['in', 'id'],
      ['sr-Cyrl-RS', 'sr'],
      ['ar-EG', 'ar'],
      ['en-GB', 'en'],
      ['xx', 'en'],
      ['', 'en'],
      [null, 'en'],
    ];
    for (const [tag, expected] of cases)
      assert.equal(messageLanguageFor(tag), expected, String(tag));
  });

  it('has a message for exactly the widget languages, and picks the language the widget picks', () => {
    assert.deepEqual([...MESSAGE_LANGUAGES].sort(), [...LANGUAGES].sort());
    const regions = [
      '',
      '-US',
      '-GB',
      '-MX',
      '-AR',
      '-ES',
      '-BR',
      '-PT',
      '-CA',
      '-CH',
      '-IN',
      '-PK',
    ];
    const scripts = ['', '-Latn', '-Cyrl', '-Arab', '-Hans', '-Hant'];
    const tags = [
      ...LANGUAGES.flatMap((code) => regions.map((region) => `${code.split('-')[0]}${region}`)),
      ...['zh', 'sr', 'pa', 'az'].flatMap((base) => scripts.map((script) => `${base}${script}`)),
      'zh-HK',
      'zh-MO',
      'zh-SG',
      'zh-Hant-HK',
      'no',
      'nb-NO',
      'tl',
      'iw',
      'in',
      'es_MX',
      'xx',
    ];
    for (const tag of tags) assert.equal(messageLanguageFor(tag), negotiateLanguage([tag]), tag);
  });

  describe('sent with the built-in template', () => {
    let twilio: FakeTwilio;
    let outboxDoor: Door;
    let twilioDoor: Door;
    before(async () => {
      twilio = await startFakeTwilio({ sid: TWILIO_SID, token: TWILIO_TOKEN });
      outboxDoor = await directDoor(phoneConfig(builtInTemplate, {}, everyLanguage));
      twilioDoor = await directDoor(
        phoneConfig(
          builtInTemplate,
          {
            twilio_base_url: twilio.url,
            providers: [
              {
                name: 'twilio',
                configuration: {
                  sid: TWILIO_SID,
                  delivery_methods: ['text', 'voice'],
                  default_from: '+15005550006',
                },
                credentials: { auth_token: TWILIO_TOKEN },
              },
            ],
          },
          everyLanguage,
        ),
      );
    });
    after(async () => {
      await twilio.close();
    });

    it('writes the outbox message, text and voice, in the request language', async () => {
      for (const [index, language] of MESSAGE_LANGUAGES.entries()) {
        const number = numberFor(index);
        assert.equal((await start(outboxDoor, number, language)).status, 200, language);
        const text = await lastMessage(outboxDoor, number);
        const code = /\d{6}/.exec(text.body)?.[0] ?? '';
        assert.equal(text.body, defaultMessage(language, code), language);
        assert.equal(text.language, language);
        assert.equal((await start(outboxDoor, number, language, 'voice')).status, 200, language);
        const voice = await lastMessage(outboxDoor, number);
        const spokenCode = /\d(?:, \d){5}/.exec(voice.body)?.[0] ?? '';
        const voiceLanguage = twilioSayLanguage(language) ? language : 'en';
        assert.equal(voice.body, defaultMessage(voiceLanguage, spokenCode), language);
      }
    });

    it('sends Twilio text in the request language, and the code in it is the one that works', async () => {
      for (const [index, language] of MESSAGE_LANGUAGES.entries()) {
        const number = numberFor(100 + index);
        assert.equal((await start(twilioDoor, number, language)).status, 200, language);
        const request = twilio.last()!;
        assert.equal(request.resource, 'Messages');
        const code = /\d{6}/.exec(request.form.Body!)?.[0] ?? '';
        assert.equal(request.form.Body, defaultMessage(language, code), language);
        const login = await twilioDoor.request('/oauth/token', tokenRequest(number, code));
        assert.equal(login.status, 200, language);
      }
    });

    it('calls with the sentence of the language in a voice of that language, digit by digit', async () => {
      for (const [index, language] of MESSAGE_LANGUAGES.entries()) {
        const number = numberFor(200 + index);
        assert.equal((await start(twilioDoor, number, language, 'voice')).status, 200, language);
        const request = twilio.last()!;
        assert.equal(request.resource, 'Calls');
        const twiml = request.form.Twiml!;
        const spoken = /\d(?:, \d){5}/.exec(twiml)?.[0] ?? '';
        const say = twilioSayLanguage(language);
        const expected = say
          ? `<Response><Say language="${say}">${escapeXml(defaultMessage(language, spoken))}</Say></Response>`
          : `<Response><Say language="en-US">${escapeXml(defaultMessage('en', spoken))}</Say></Response>`;
        assert.equal(twiml, expected, language);
        const login = await twilioDoor.request(
          '/oauth/token',
          tokenRequest(number, spoken.replace(/, /g, '')),
        );
        assert.equal(login.status, 200, `${language}: the spoken digits are the code`);
      }
    });

    it('reads French in a French voice, and Khmer, which Twilio has no voice for, in English', async () => {
      await start(twilioDoor, '+33612345601', 'fr-FR', 'voice');
      assert.match(
        twilio.last()!.form.Twiml!,
        /^<Response><Say language="fr-FR">Votre code de vérification est \d(, \d){5}<\/Say><\/Response>$/,
      );
      await start(twilioDoor, '+85512345678', 'km', 'voice');
      assert.match(
        twilio.last()!.form.Twiml!,
        /^<Response><Say language="en-US">Your verification code is: \d(, \d){5}<\/Say><\/Response>$/,
      );
    });

    it('sends Arabic to a visitor whose widget speaks Arabic', async () => {
      await start(outboxDoor, '+971501234567', 'ar');
      assert.match(
        (await lastMessage(outboxDoor, '+971501234567')).body,
        /^رمز التحقق الخاص بك هو \d{6}$/,
      );
    });
  });

  it('logs the encoding, length and segments of each text sent, and never its code', async () => {
    const logger = captureLogger();
    const door = await directDoor(phoneConfig({ template: 'It’s {{ code }}' }), { logger });
    await startLogin(door, '+14155552950');
    const code = /\d{6}/.exec((await lastMessage(door, '+14155552950')).body)![0];
    const sent = logger.lines.map((line) => JSON.parse(line)).find((l) => l.event === 'code_sent');
    assert.deepEqual(sent, {
      level: 'info',
      event: 'code_sent',
      connection: 'sms',
      provider: 'outbox',
      language: null,
      delivery_method: 'text',
      encoding: 'UCS-2',
      characters: 11,
      segments: 1,
    });
    assert.ok(!logger.lines.some((line) => line.includes(code)));
  });

  describe("a team's own template still wins", () => {
    it('over the default message: the connection template', async () => {
      const door = await directDoor(phoneConfig({ template: 'Code {{ code }}' }));
      await startLogin(door, '+14155552900', {}, { 'x-request-language': 'fr' });
      assert.match((await lastMessage(door, '+14155552900')).body, /^Code \d{6}$/);
    });

    it('over the default message: the tenant otp_verify phone template', async () => {
      const door = await directDoor(
        phoneConfig(builtInTemplate, {
          templates: [{ type: 'otp_verify', content: { body: { text: 'Tenant {{ code }}' } } }],
        }),
      );
      await startLogin(door, '+14155552901', {}, { 'x-request-language': 'de' });
      assert.match((await lastMessage(door, '+14155552901')).body, /^Tenant \d{6}$/);
    });
  });
});
