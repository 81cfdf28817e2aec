// Embedded login as auth0-js and Lock run it: POST /co/authenticate (credentialed CORS, the code
// rules shared with /oauth/token), then /authorize?login_ticket=… (single use, short lived, for
// its client and browser), the cross-origin verification fallback, and the client script and
// country Lock loads. Auth0's libraries themselves run against the server in
// test/hosted-login/auth0-embedded.test.mjs.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, beforeEach, describe, test } from 'node:test';
import { decodeJwt } from 'jose';
import { Browser, CALLBACK } from './browser-session.ts';
import {
  ORIGIN,
  WEB_ORIGIN,
  directDoor,
  doors,
  errorOf,
  json,
  sendCode,
  testConfig,
  tokenRequest,
  type Door,
} from './support.ts';

const OTP = 'http://auth0.com/oauth/grant-type/passwordless/otp';
const VERIFY_PAGE = `${WEB_ORIGIN}/verify.html`;
let phones = 0;
const newPhone = () => `+4477009${String(10_000 + ++phones).slice(-5)}`;

const config = (overrides: Record<string, unknown> = {}) => {
  const base = testConfig(overrides);
  return {
    ...base,
    clients: [
      {
        client_id: 'spa',
        name: 'Test App',
        web_origins: [WEB_ORIGIN],
        callbacks: [CALLBACK],
        cross_origin_authentication: true,
        cross_origin_loc: VERIFY_PAGE,
      },
      {
        client_id: 'other',
        name: 'Other App',
        web_origins: ['https://other.example.com'],
        callbacks: ['https://other.example.com/callback'],
        cross_origin_authentication: true,
      },
      {
        client_id: 'closed',
        name: 'No cross-origin login',
        web_origins: [WEB_ORIGIN],
        callbacks: [CALLBACK],
      },
      {
        client_id: 'no-otp-co',
        name: 'No OTP grant',
        web_origins: [WEB_ORIGIN],
        cross_origin_authentication: true,
        grant_types: ['authorization_code'],
      },
      ...base.clients.slice(1),
    ],
    connections: [
      { name: 'sms', enabled_clients: ['spa', 'other', 'closed', 'no-otp-co'] },
      { name: 'sms-closed', enabled_clients: ['spa'], options: { disable_signup: true } },
      { name: 'sms-other', enabled_clients: ['other'] },
    ],
  };
};

const coBody = (phone: string, otp: string, extra: Record<string, unknown> = {}) => ({
  client_id: 'spa',
  username: phone,
  otp,
  realm: 'sms',
  credential_type: OTP,
  ...extra,
});

/** What auth0-js sends: JSON, from the app's origin, with the browser's cookies. */
const coAuthenticate = (browser: Browser, body: unknown, origin = WEB_ORIGIN) =>
  browser.request('/co/authenticate', json(body, { origin }));

interface Ticket {
  login_ticket: string;
  co_verifier: string;
  co_id: string;
}

async function ticketFor(browser: Browser, phone: string, extra = {}): Promise<Ticket> {
  const otp = await sendCode(browser.door, phone);
  const response = await coAuthenticate(browser, coBody(phone, otp, extra));
  assert.equal(response.status, 200, await response.clone().text());
  return (await response.json()) as Ticket;
}

/** The second half: what auth0-js asks `/authorize` for. */
const ticketAuthorize = (ticket: string, extra: Record<string, string> = {}) =>
  `/authorize?${new URLSearchParams({
    client_id: 'spa',
    response_type: 'token id_token',
    redirect_uri: CALLBACK,
    scope: 'openid profile phone',
    realm: 'sms',
    state: 'app-state',
    nonce: 'app-nonce',
    login_ticket: ticket,
    ...extra,
  })}`;

/** The parameters of a redirect back to the app, from its fragment (or query). */
function answerOf(response: Response): URLSearchParams {
  assert.equal(response.status, 302, `a redirect, not ${response.status}`);
  const location = new URL(response.headers.get('location')!);
  assert.equal(`${location.origin}${location.pathname}`, CALLBACK);
  return new URLSearchParams(location.hash ? location.hash.slice(1) : location.search);
}

let door: Door;
let browser: Browser;
beforeEach(async () => {
  door = await directDoor(config());
  browser = new Browser(door);
});
after(() => door.close());

for (const [name, makeDoor] of doors)
  describe(`an embedded login through the ${name}`, () => {
    test('/co/authenticate answers a ticket with credentialed CORS and a cookie; /authorize redeems it', async () => {
      const own = await makeDoor(config());
      try {
        const visitor = new Browser(own);
        const phone = newPhone();
        const otp = await sendCode(own, phone);
        const response = await coAuthenticate(visitor, coBody(phone, otp));
        assert.equal(response.status, 200, await response.clone().text());
        assert.equal(response.headers.get('access-control-allow-origin'), WEB_ORIGIN);
        assert.equal(response.headers.get('access-control-allow-credentials'), 'true');
        const ticket = (await response.json()) as Ticket;
        assert.deepEqual(Object.keys(ticket).sort(), ['co_id', 'co_verifier', 'login_ticket']);
        const cookie = response.headers
          .getSetCookie()
          .find((line) => line.startsWith(`sms_login_co_${ticket.co_id}=`));
        assert.ok(cookie, 'a cookie for the ticket');
        assert.match(cookie, /HttpOnly/);
        assert.match(cookie, /Secure/);
        assert.match(cookie, /SameSite=None/);

        const answer = answerOf(await visitor.request(ticketAuthorize(ticket.login_ticket)));
        assert.equal(answer.get('state'), 'app-state');
        assert.equal(answer.get('token_type'), 'Bearer');
        const claims = decodeJwt(answer.get('id_token')!);
        assert.equal(claims.nonce, 'app-nonce');
        assert.equal(claims.aud, 'spa');
        assert.equal(claims.phone_number, phone);
        const digest = createHash('sha256').update(answer.get('access_token')!).digest();
        assert.equal(claims.at_hash, digest.subarray(0, 16).toString('base64url'));
        assert.ok(visitor.cookies.has('sms_login_session'), 'the session starts');
        assert.ok(!visitor.cookies.has(`sms_login_co_${ticket.co_id}`), 'the ticket cookie ends');
      } finally {
        await own.close();
      }
    });
  });

describe('POST /co/authenticate refuses', () => {
  test('a body that is not all and only of its five fields', async () => {
    const phone = newPhone();
    const invalid =
      'Invalid request body. All and only of client_id, credential_type, username, otp, realm are required.';
    for (const body of [
      { client_id: 'spa', username: phone, otp: '123456', realm: 'sms' },
      coBody(phone, '123456', { password: 'x' }),
      coBody(phone, '123456', { otp: 123456 }),
      coBody(phone, '123456', { realm: '' }),
    ])
      assert.deepEqual(await errorOf(await coAuthenticate(browser, body)), [
        400,
        'invalid_request',
        invalid,
      ]);
  });

  test('an unknown client', async () => {
    assert.deepEqual(
      await errorOf(await coAuthenticate(browser, coBody(newPhone(), '1', { client_id: 'nope' }))),
      [401, 'invalid_client', 'Unknown client.'],
    );
  });

  test('an origin that is not one of the client’s, or none, without CORS headers', async () => {
    const response = await coAuthenticate(browser, coBody(newPhone(), '1'), 'https://evil.example');
    assert.equal(response.headers.get('access-control-allow-origin'), null);
    assert.deepEqual(await errorOf(response), [
      403,
      'access_denied',
      'Origin https://evil.example is not allowed.',
    ]);
    const anotherClients = await coAuthenticate(
      browser,
      coBody(newPhone(), '1'),
      'https://other.example.com',
    );
    assert.equal((await errorOf(anotherClients))[0], 403);
    const noOrigin = await browser.request('/co/authenticate', json(coBody(newPhone(), '1'), {}));
    assert.deepEqual(await errorOf(noOrigin), [
      403,
      'access_denied',
      'Origin null is not allowed.',
    ]);
  });

  test('a client with cross_origin_authentication off, readable by its origin', async () => {
    const response = await coAuthenticate(
      browser,
      coBody(newPhone(), '1', { client_id: 'closed' }),
    );
    assert.equal(response.headers.get('access-control-allow-origin'), WEB_ORIGIN);
    assert.deepEqual(await errorOf(response), [
      401,
      'unauthorized_client',
      'Cross origin login not allowed.',
    ]);
  });

  test('another credential type, a client without the OTP grant, an unknown realm', async () => {
    const phone = newPhone();
    assert.deepEqual(
      await errorOf(
        await coAuthenticate(
          browser,
          coBody(phone, '1', {
            credential_type: 'http://auth0.com/oauth/grant-type/password-realm',
          }),
        ),
      ),
      [
        400,
        'unsupported_credential_type',
        'Unsupported credential_type: http://auth0.com/oauth/grant-type/password-realm',
      ],
    );
    assert.deepEqual(
      await errorOf(await coAuthenticate(browser, coBody(phone, '1', { client_id: 'no-otp-co' }))),
      [403, 'unauthorized_client', `Grant type '${OTP}' not allowed for the client.`],
    );
    for (const realm of ['nope', 'sms-other', 'Username-Password-Authentication'])
      assert.deepEqual(
        await errorOf(await coAuthenticate(browser, coBody(phone, '1', { realm }))),
        [400, 'invalid_request', `Unknown realm ${realm}.`],
      );
  });

  test('a wrong code, an expired one, the spent attempts: access_denied', async () => {
    const phone = newPhone();
    const otp = await sendCode(door, phone);
    const wrong = otp === '000000' ? '111111' : '000000';
    assert.deepEqual(await errorOf(await coAuthenticate(browser, coBody(phone, wrong))), [
      403,
      'access_denied',
      'Wrong phone number or verification code.',
    ]);
    await coAuthenticate(browser, coBody(phone, wrong));
    await coAuthenticate(browser, coBody(phone, wrong));
    assert.deepEqual(await errorOf(await coAuthenticate(browser, coBody(phone, otp))), [
      403,
      'access_denied',
      "You've reached the maximum number of attempts. Please try to login again.",
    ]);
    const late = newPhone();
    const lateCode = await sendCode(door, late);
    door.clock.advance(181_000);
    assert.deepEqual(await errorOf(await coAuthenticate(browser, coBody(late, lateCode))), [
      403,
      'access_denied',
      'The verification code has expired. Please try to login again.',
    ]);
  });

  test('a blocked user: blocked_user', async () => {
    const phone = newPhone();
    await ticketFor(browser, phone);
    const otp = await sendCode(door, phone);
    const { store } = door.backend.context;
    const user = await store.findUserByPhone('sms', phone);
    await store.updateUser(user!.user_id, { blocked: true }, new Date().toISOString());
    assert.deepEqual(await errorOf(await coAuthenticate(browser, coBody(phone, otp))), [
      403,
      'blocked_user',
      'user is blocked',
    ]);
  });

  test('past the per-IP limit it shares with /oauth/token: too_many_attempts', async () => {
    door = await directDoor(config({ rate_limits: { token_per_ip: { burst: 2, per_hour: 1 } } }));
    browser = new Browser(door);
    const phone = newPhone();
    const otp = await sendCode(door, phone);
    const wrong = otp === '000000' ? '111111' : '000000';
    await door.request('/oauth/token', tokenRequest(phone, wrong));
    await coAuthenticate(browser, coBody(phone, wrong));
    const limited = await coAuthenticate(browser, coBody(phone, otp));
    assert.ok(limited.headers.get('retry-after'));
    assert.deepEqual(await errorOf(limited), [429, 'too_many_attempts', 'Rate limit exceeded.']);
  });
});

describe('the code rules are those of /oauth/token', () => {
  test('three wrong attempts across /oauth/token and /co/authenticate kill the code', async () => {
    const phone = newPhone();
    const otp = await sendCode(door, phone);
    const wrong = otp === '000000' ? '111111' : '000000';
    assert.equal((await coAuthenticate(browser, coBody(phone, wrong))).status, 403);
    assert.equal((await door.request('/oauth/token', tokenRequest(phone, wrong))).status, 403);
    assert.equal((await coAuthenticate(browser, coBody(phone, wrong))).status, 403);
    const [status, error, description] = await errorOf(
      await door.request('/oauth/token', tokenRequest(phone, otp)),
    );
    assert.deepEqual(
      [status, error, description],
      [
        403,
        'invalid_grant',
        "You've reached the maximum number of attempts. Please try to login again.",
      ],
    );
  });

  test('a code used at /co/authenticate is spent for /oauth/token', async () => {
    const phone = newPhone();
    const otp = await sendCode(door, phone);
    assert.equal((await coAuthenticate(browser, coBody(phone, otp))).status, 200);
    assert.deepEqual(await errorOf(await door.request('/oauth/token', tokenRequest(phone, otp))), [
      403,
      'invalid_grant',
      'Wrong phone number or verification code.',
    ]);
  });
});

const preflight = (origin: string) =>
  door.request('/co/authenticate', {
    method: 'OPTIONS',
    headers: {
      origin,
      'access-control-request-method': 'POST',
      'access-control-request-headers': 'content-type,auth0-client',
    },
  });

describe('the preflight of /co/authenticate', () => {
  test('allows a client’s origin with credentials, and no other origin', async () => {
    const allowed = await preflight(WEB_ORIGIN);
    assert.equal(allowed.status, 204);
    assert.equal(allowed.headers.get('access-control-allow-origin'), WEB_ORIGIN);
    assert.equal(allowed.headers.get('access-control-allow-credentials'), 'true');
    assert.match(allowed.headers.get('access-control-allow-headers')!, /Auth0-Client/i);
    const refused = await preflight('https://evil.example');
    assert.equal(refused.headers.get('access-control-allow-origin'), null);
    assert.equal(refused.headers.get('access-control-allow-credentials'), null);
  });
});

describe('/authorize with a login ticket', () => {
  test('a ticket works once: the second use goes back to the app with access_denied', async () => {
    const ticket = await ticketFor(browser, newPhone());
    answerOf(await browser.request(ticketAuthorize(ticket.login_ticket)));
    const again = answerOf(await browser.request(ticketAuthorize(ticket.login_ticket)));
    assert.equal(again.get('error'), 'access_denied');
    assert.equal(again.get('state'), 'app-state');
  });

  test('two concurrent redemptions of one ticket: one signs in, the other is refused', async () => {
    const ticket = await ticketFor(browser, newPhone());
    const answers = (
      await Promise.all([
        browser.request(ticketAuthorize(ticket.login_ticket)),
        browser.request(ticketAuthorize(ticket.login_ticket)),
      ])
    ).map(answerOf);
    assert.deepEqual(answers.map((answer) => Boolean(answer.get('access_token'))).sort(), [
      false,
      true,
    ]);
    assert.equal(answers.find((answer) => answer.get('error'))?.get('error'), 'access_denied');
  });

  test('an expired ticket is refused', async () => {
    const ticket = await ticketFor(browser, newPhone());
    door.clock.advance(121_000);
    const answer = answerOf(await browser.request(ticketAuthorize(ticket.login_ticket)));
    assert.equal(answer.get('error'), 'access_denied');
    assert.equal(answer.get('access_token'), null);
  });

  test('a ticket shown by another client is refused, and spent for its own', async () => {
    const ticket = await ticketFor(browser, newPhone());
    const response = await browser.request(
      ticketAuthorize(ticket.login_ticket, {
        client_id: 'other',
        redirect_uri: 'https://other.example.com/callback',
      }),
    );
    assert.equal(response.status, 302);
    const location = new URL(response.headers.get('location')!);
    assert.equal(location.origin, 'https://other.example.com');
    assert.equal(new URLSearchParams(location.hash.slice(1)).get('error'), 'access_denied');
    const own = answerOf(await browser.request(ticketAuthorize(ticket.login_ticket)));
    assert.equal(own.get('error'), 'access_denied');
  });

  test('a ticket for another realm is refused', async () => {
    const ticket = await ticketFor(browser, newPhone());
    const answer = answerOf(
      await browser.request(ticketAuthorize(ticket.login_ticket, { realm: 'sms-closed' })),
    );
    assert.equal(answer.get('error'), 'access_denied');
  });

  test('response_type code answers a code that trades for tokens', async () => {
    const phone = newPhone();
    const ticket = await ticketFor(browser, phone);
    const answer = answerOf(
      await browser.request(
        ticketAuthorize(ticket.login_ticket, { response_type: 'code', response_mode: 'query' }),
      ),
    );
    const exchange = await door.request('/oauth/token', {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: WEB_ORIGIN },
      body: JSON.stringify({
        grant_type: 'authorization_code',
        client_id: 'spa',
        code: answer.get('code'),
        redirect_uri: CALLBACK,
      }),
    });
    assert.equal(exchange.status, 200, await exchange.clone().text());
    const tokens = (await exchange.json()) as { id_token: string };
    assert.equal(decodeJwt(tokens.id_token).phone_number, phone);
  });

  test('web_message (auth0-js popup mode, with prompt=none) posts the tokens to the app', async () => {
    const ticket = await ticketFor(browser, newPhone());
    const response = await browser.request(
      ticketAuthorize(ticket.login_ticket, { response_mode: 'web_message', prompt: 'none' }),
    );
    assert.equal(response.status, 200);
    assert.match(
      response.headers.get('content-security-policy')!,
      /frame-ancestors https:\/\/app\.example\.com/,
    );
    const data = JSON.parse(
      /<script type="application\/json" id="authorization-response">(.*?)<\/script>/s.exec(
        await response.text(),
      )![1]!,
    ) as { targetOrigin: string; response: { type: string; response: Record<string, string> } };
    assert.equal(data.targetOrigin, WEB_ORIGIN);
    assert.equal(data.response.type, 'authorization_response');
    assert.equal(data.response.response.state, 'app-state');
    assert.ok(data.response.response.access_token);
    assert.ok(data.response.response.id_token);
  });

  test('then prompt=none answers token id_token from the session (checkSession)', async () => {
    const phone = newPhone();
    const ticket = await ticketFor(browser, phone);
    answerOf(await browser.request(ticketAuthorize(ticket.login_ticket)));
    const silent = new URLSearchParams(
      ticketAuthorize('', { prompt: 'none', response_mode: 'fragment' }).split('?')[1],
    );
    silent.delete('login_ticket');
    silent.delete('realm');
    const answer = answerOf(await browser.request(`/authorize?${silent}`));
    assert.equal(decodeJwt(answer.get('id_token')!).phone_number, phone);
    const signedOut = new Browser(door);
    const refused = answerOf(await signedOut.request(`/authorize?${silent}`));
    assert.equal(refused.get('error'), 'login_required');
  });

  test('an id token needs a nonce; tokens never go in the query', async () => {
    const ticket = await ticketFor(browser, newPhone());
    const noNonce = answerOf(
      await browser.request(ticketAuthorize(ticket.login_ticket, { nonce: '' })),
    );
    assert.equal(noNonce.get('error'), 'invalid_request');
    const query = answerOf(
      await browser.request(ticketAuthorize(ticket.login_ticket, { response_mode: 'query' })),
    );
    assert.equal(query.get('error'), 'invalid_request');
  });
});

/** A browser that dropped the ticket's cookie (third-party cookies blocked). */
async function withoutCookie(phone = newPhone()) {
  const ticket = await ticketFor(browser, phone);
  browser.cookies.delete(`sms_login_co_${ticket.co_id}`);
  return ticket;
}

const verifyForm = (query: string, verifier: string, origin = ORIGIN) =>
  browser.request('/co/verify', {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin },
    body: new URLSearchParams({ authorize_query: query, co_verifier: verifier }),
  });

describe('the cross-origin verification fallback', () => {
  test('frames the app’s verification page, and the verifier it hands over finishes the sign-in', async () => {
    const phone = newPhone();
    const ticket = await withoutCookie(phone);
    const path = ticketAuthorize(ticket.login_ticket);
    const page = await browser.request(path);
    assert.equal(page.status, 200);
    assert.match(
      page.headers.get('content-security-policy')!,
      /frame-src https:\/\/app\.example\.com/,
    );
    const html = await page.text();
    assert.match(html, new RegExp(`"coId":"${ticket.co_id}"`));
    assert.match(html, /action="\/co\/verify"/);
    const answer = answerOf(await verifyForm(path.split('?')[1]!, ticket.co_verifier));
    assert.equal(decodeJwt(answer.get('id_token')!).phone_number, phone);
  });

  test('a wrong verifier is refused and spends the ticket', async () => {
    const ticket = await withoutCookie();
    const query = ticketAuthorize(ticket.login_ticket).split('?')[1]!;
    const wrong = answerOf(await verifyForm(query, 'f'.repeat(64)));
    assert.equal(wrong.get('error'), 'access_denied');
    const right = answerOf(await verifyForm(query, ticket.co_verifier));
    assert.equal(right.get('error'), 'access_denied');
  });

  test('a form from another site is refused', async () => {
    const ticket = await withoutCookie();
    const query = ticketAuthorize(ticket.login_ticket).split('?')[1]!;
    const response = await verifyForm(query, ticket.co_verifier, 'https://evil.example');
    assert.equal(response.status, 403);
  });

  test('a client without a verification page gets access_denied back', async () => {
    door = await directDoor(config({}));
    browser = new Browser(door);
    await door.backend.context.tenant.saveClient({
      ...(await door.backend.context.tenant.findClient('spa'))!,
      cross_origin_loc: undefined,
    });
    const ticket = await withoutCookie();
    const answer = answerOf(await browser.request(ticketAuthorize(ticket.login_ticket)));
    assert.equal(answer.get('error'), 'access_denied');
    assert.match(answer.get('error_description')!, /cross_origin_loc/);
  });
});

const country = async (target: Door, language?: string) =>
  (
    await (
      await target.request('/user/geoloc/country', {
        headers: language ? { 'accept-language': language } : {},
      })
    ).json()
  ).country_code;
describe('what Lock loads', () => {
  test('GET /client/<id>.js calls Auth0.setClient with the client’s sms connections', async () => {
    const response = await door.request('/client/spa.js?t1234');
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type')!, /javascript/);
    const script = await response.text();
    let settings: Record<string, unknown> | undefined;
    new Function('Auth0', script)({
      setClient: (value: Record<string, unknown>) => (settings = value),
    });
    assert.equal(settings!.id, 'spa');
    assert.deepEqual(settings!.strategies, [
      { name: 'sms', connections: [{ name: 'sms' }, { name: 'sms-closed' }] },
    ]);
    assert.equal((await door.request('/client/nope.js')).status, 404);
    assert.equal((await door.request('/client/spa')).status, 404);
  });

  test('GET /user/geoloc/country: the configured default, else accept-language, else US', async () => {
    assert.equal(await country(door, 'fr-CA,fr;q=0.9'), 'CA');
    assert.equal(await country(door, 'fr;q=0.9,pt-BR;q=0.8'), 'BR');
    assert.equal(await country(door, 'de'), 'US');
    assert.equal(await country(door), 'US');
    const configured = await directDoor(config({ default_country: 'nz' }));
    assert.equal(await country(configured, 'fr-CA'), 'NZ');
    const cors = await door.request('/user/geoloc/country', { headers: { origin: WEB_ORIGIN } });
    assert.equal(cors.headers.get('access-control-allow-origin'), WEB_ORIGIN);
  });
});
