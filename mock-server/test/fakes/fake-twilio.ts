import { listenOnLoopback, sendJson } from './listen.ts';

export interface TwilioRequest {
  resource: 'Messages' | 'Calls';
  form: Record<string, string>;
}

/** A Twilio error answer: `{code, message, more_info, status}`. */
export interface TwilioErrorAnswer {
  status: number;
  code: number;
  message: string;
}

/**
 * A local stand-in for Twilio's REST API: checks HTTP Basic `sid:token` and the form fields of
 * `Messages.json` and `Calls.json`, records what it accepted, and can be told to fail.
 */
export async function startFakeTwilio(account: { sid: string; token: string }) {
  const received: TwilioRequest[] = [];
  let nextError: TwilioErrorAnswer | undefined;
  let hang = false;
  const fail = (response: Parameters<typeof sendJson>[0], error: TwilioErrorAnswer) =>
    sendJson(response, error.status, {
      code: error.code,
      message: error.message,
      more_info: `https://www.twilio.com/docs/errors/${error.code}`,
      status: error.status,
    });
  const server = await listenOnLoopback((request, body, response) => {
    if (hang) return;
    const match = /^\/2010-04-01\/Accounts\/([^/]+)\/(Messages|Calls)\.json$/.exec(
      request.url ?? '',
    );
    if (request.method !== 'POST' || !match)
      return fail(response, {
        status: 404,
        code: 20404,
        message: 'The requested resource was not found',
      });
    const expected = `Basic ${Buffer.from(`${account.sid}:${account.token}`).toString('base64')}`;
    if (match[1] !== account.sid || request.headers.authorization !== expected)
      return fail(response, { status: 401, code: 20003, message: 'Authenticate' });
    if (!(request.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded'))
      return fail(response, { status: 400, code: 20001, message: 'Form body expected' });
    const form = Object.fromEntries(new URLSearchParams(body));
    const resource = match[2] as 'Messages' | 'Calls';
    if (!form.To)
      return fail(response, {
        status: 400,
        code: 21604,
        message: "A 'To' phone number is required.",
      });
    if (resource === 'Messages' && !form.Body)
      return fail(response, { status: 400, code: 21602, message: 'Message body is required.' });
    if (resource === 'Messages' && !form.From && !form.MessagingServiceSid)
      return fail(response, {
        status: 400,
        code: 21603,
        message: "A 'From' phone number is required.",
      });
    if (resource === 'Calls' && (!form.From || !form.Twiml))
      return fail(response, { status: 400, code: 21205, message: 'Url parameter is required.' });
    if (nextError) {
      const error = nextError;
      nextError = undefined;
      return fail(response, error);
    }
    received.push({ resource, form });
    const sid = `${resource === 'Messages' ? 'SM' : 'CA'}${String(received.length).padStart(32, '0')}`;
    sendJson(response, 201, { sid, status: 'queued', to: form.To });
  });
  return {
    url: server.url,
    received,
    last: () => received.at(-1),
    /** The next valid request is answered with this Twilio error. */
    failNext(error: TwilioErrorAnswer) {
      nextError = error;
    },
    /** Stop answering at all (the caller's timeout must fire). */
    hang() {
      hang = true;
    },
    close: server.close,
  };
}

export type FakeTwilio = Awaited<ReturnType<typeof startFakeTwilio>>;
