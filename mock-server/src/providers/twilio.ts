import { AuthError } from '../errors.ts';
import type { DeliveryMethod } from '../phone-settings/provider-settings.ts';
import { postToProvider, type HttpCallOutcome } from './http-call.ts';
import { twilioSayLanguage } from './twilio-voices.ts';
import type { PhoneMessage, PhoneProvider } from './types.ts';

export interface TwilioProviderOptions {
  /** Account SID (`AC…`): the user name of HTTP Basic and part of the URL. */
  accountSid: string;
  /** Auth token: the password of HTTP Basic. Never logged, never returned. */
  authToken: string;
  /** Sender number (needed for voice; for text, this or `messagingServiceSid`). */
  from?: string | undefined;
  /** Messaging Service SID (`MG…`), used for text instead of `from`. */
  messagingServiceSid?: string | undefined;
  deliveryMethods: readonly DeliveryMethod[];
  /** Twilio's API origin, `https://api.twilio.com` in production. */
  baseUrl: string;
  timeoutMs: number;
  allowInsecureLoopback: boolean;
  fetch?: typeof fetch;
}

const providerError = (description: string) =>
  new AuthError(400, 'sms_provider_error', description);

const escapeXml = (text: string): string =>
  text.replace(
    /[<>&"']/g,
    (character) =>
      ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[character]!,
  );

/**
 * The TwiML of a voice call: the message said once, by a voice of the language it is written in
 * (`voiceLanguage`, a widget language), or an English one where Twilio has none.
 */
export function voiceTwiml(voiceText: string, voiceLanguage: string): string {
  const say = twilioSayLanguage(voiceLanguage) ?? 'en-US';
  return `<Response><Say language="${escapeXml(say)}">${escapeXml(voiceText)}</Say></Response>`;
}

function describeFailure(outcome: Exclude<HttpCallOutcome, { kind: 'answered' }>, ms: number) {
  switch (outcome.kind) {
    case 'timeout':
      return `Timeout while calling Twilio: ${ms}`;
    case 'unreachable':
      return 'Could not reach Twilio';
    case 'insecure_url':
      return 'The Twilio base URL must use https';
  }
}

/** Twilio's REST API: text through `Messages.json`, voice through `Calls.json` with TwiML. */
export function createTwilioProvider(options: TwilioProviderOptions): PhoneProvider {
  const accountUrl = `${options.baseUrl.replace(/\/+$/, '')}/2010-04-01/Accounts/${encodeURIComponent(options.accountSid)}`;
  const authorization = `Basic ${btoa(`${options.accountSid}:${options.authToken}`)}`;

  const formFor = (message: PhoneMessage): URLSearchParams => {
    const form = new URLSearchParams({ To: message.to });
    const from = message.from ?? options.from;
    if (message.deliveryMethod === 'voice') {
      if (!from) throw providerError('A voice call needs a sender number (from)');
      form.set('From', from);
      form.set('Twiml', voiceTwiml(message.voiceText, message.voiceLanguage));
    } else {
      if (options.messagingServiceSid) form.set('MessagingServiceSid', options.messagingServiceSid);
      else if (from) form.set('From', from);
      else throw providerError('Twilio needs a sender: set from or messaging_service_sid');
      form.set('Body', message.text);
    }
    return form;
  };

  return {
    name: 'twilio',
    deliveryMethods: options.deliveryMethods,
    async send(message) {
      const resource = message.deliveryMethod === 'voice' ? 'Calls.json' : 'Messages.json';
      const outcome = await postToProvider(
        `${accountUrl}/${resource}`,
        {
          headers: {
            authorization,
            'content-type': 'application/x-www-form-urlencoded',
            accept: 'application/json',
          },
          body: formFor(message).toString(),
        },
        options,
      );
      if (outcome.kind !== 'answered')
        throw providerError(describeFailure(outcome, options.timeoutMs));
      const answer = (outcome.body ?? {}) as {
        sid?: unknown;
        status?: unknown;
        code?: unknown;
        message?: unknown;
      };
      if (outcome.status < 200 || outcome.status >= 300) {
        if (typeof answer.message === 'string' && answer.code !== undefined)
          throw providerError(`${answer.message} (Code: ${String(answer.code)})`);
        throw providerError(`Unexpected response while calling Twilio: ${outcome.status}`);
      }
      return {
        provider: 'twilio',
        response: { status: outcome.status, sid: answer.sid, twilio_status: answer.status },
      };
    },
  };
}
