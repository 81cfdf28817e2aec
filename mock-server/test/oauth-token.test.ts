import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createLocalJWKSet, decodeJwt, jwtVerify } from 'jose';
import {
  doors,
  errorOf,
  form,
  ISSUER,
  json,
  OTP_GRANT,
  sendCode,
  testConfig,
  tokenRequest,
  type Door,
} from './support.ts';

let phoneCounter = 0;
const nextPhone = () => `+1415556${String(++phoneCounter).padStart(4, '0')}`;

for (const [doorName, openDoor] of doors) {
  describe(`POST /oauth/token, passwordless OTP grant (${doorName})`, () => {
    let door: Door;
    before(async () => {
      door = await openDoor(
        testConfig({
          resource_servers: [{ identifier: 'https://api.example.com', name: 'Example API' }],
        }),
      );
    });
    after(() => door.close());

    const jwksOf = async () =>
      createLocalJWKSet(await (await door.request('/.well-known/jwks.json')).json());

    describe('success', () => {
      it('answers the contract body (form-encoded) with tokens verifiable by the JWKS', async () => {
        const phone = nextPhone();
        const code = await sendCode(door, phone);
        const response = await door.request(
          '/oauth/token',
          tokenRequest(phone, code, { scope: 'openid profile phone' }),
        );
        assert.equal(response.status, 200);
        assert.equal(response.headers.get('cache-control'), 'no-store');
        const body = await response.json();
        assert.deepEqual(Object.keys(body).sort(), [
          'access_token',
          'expires_in',
          'id_token',
          'scope',
          'token_type',
        ]);
        assert.equal(body.token_type, 'Bearer');
        assert.equal(body.expires_in, 86400);
        assert.equal(body.scope, 'openid profile phone');
        const jwks = await jwksOf();
        const { payload: id, protectedHeader } = await jwtVerify(body.id_token, jwks, {
          issuer: ISSUER,
          audience: 'spa',
        });
        assert.equal(protectedHeader.alg, 'RS256');
        assert.match(String(id.sub), /^sms\|[0-9a-f]{24}$/);
        assert.equal(id.phone_number, phone);
        assert.equal(id.phone_number_verified, true);
        assert.equal(typeof id.iat, 'number');
        assert.equal(id.exp! - id.iat!, 36000);
        // As Auth0's without an audience: an opaque access token, good for /userinfo.
        assert.match(body.access_token, /^[0-9a-f]{64}$/);
        const profile = await door.request('/userinfo', {
          headers: { authorization: `Bearer ${body.access_token}` },
        });
        assert.equal(profile.status, 200);
        const userinfo = (await profile.json()) as Record<string, unknown>;
        assert.equal(userinfo.sub, id.sub);
        assert.equal(userinfo.phone_number, phone);
      });

      it('accepts a JSON body and an API audience', async () => {
        const phone = nextPhone();
        const code = await sendCode(door, phone);
        const response = await door.request(
          '/oauth/token',
          json({
            grant_type: OTP_GRANT,
            client_id: 'spa',
            username: phone,
            otp: code,
            realm: 'sms',
            audience: 'https://api.example.com',
            scope: 'openid',
          }),
        );
        assert.equal(response.status, 200);
        const body = await response.json();
        const { payload } = await jwtVerify(body.access_token, await jwksOf(), {
          issuer: ISSUER,
          audience: 'https://api.example.com',
        });
        assert.deepEqual(payload.aud, ['https://api.example.com', `${ISSUER}userinfo`]);
      });

      it('refuses an audience that is no API of the tenant, as /authorize does', async () => {
        const phone = nextPhone();
        const code = await sendCode(door, phone);
        const response = await door.request(
          '/oauth/token',
          tokenRequest(phone, code, { audience: 'https://unknown.example.com' }),
        );
        assert.equal(response.status, 403);
        assert.deepEqual(await response.json(), {
          error: 'access_denied',
          error_description: 'Service not found: https://unknown.example.com',
        });
        // The code was not spent on the refusal.
        const retried = await door.request('/oauth/token', tokenRequest(phone, code));
        assert.equal(retried.status, 200);
      });

      it('gives no id_token without openid, and a refresh token only with offline_access', async () => {
        const phone = nextPhone();
        const noOpenid = await door.request(
          '/oauth/token',
          tokenRequest(phone, await sendCode(door, phone), { scope: 'profile' }),
        );
        const first = await noOpenid.json();
        assert.equal(first.id_token, undefined);
        assert.equal(first.refresh_token, undefined);
        const offline = await door.request(
          '/oauth/token',
          tokenRequest(phone, await sendCode(door, phone), { scope: 'openid offline_access' }),
        );
        const second = await offline.json();
        assert.match(second.refresh_token, /^[0-9a-f]{64}$/);
        const refreshed = await door.request(
          '/oauth/token',
          form({
            grant_type: 'refresh_token',
            client_id: 'spa',
            refresh_token: second.refresh_token,
          }),
        );
        assert.equal(refreshed.status, 200);
        const third = await refreshed.json();
        assert.equal(decodeJwt(third.id_token).sub, decodeJwt(second.id_token).sub);
        assert.notEqual(third.access_token, second.access_token);
        assert.equal(third.refresh_token, undefined);
      });

      it('creates the user on the first code, finds the same user later, and /userinfo shows it', async () => {
        const phone = nextPhone();
        const first = await (
          await door.request('/oauth/token', tokenRequest(phone, await sendCode(door, phone)))
        ).json();
        const second = await (
          await door.request('/oauth/token', tokenRequest(phone, await sendCode(door, phone)))
        ).json();
        const firstSub = decodeJwt(first.id_token).sub;
        assert.equal(decodeJwt(second.id_token).sub, firstSub);
        const user = await door.backend.context.store.findUserById(String(firstSub));
        assert.equal(user?.logins_count, 2);
        assert.equal(user?.phone_verified, true);
        assert.equal(user?.name, phone);
        const info = await door.request('/userinfo', {
          headers: { authorization: `Bearer ${second.access_token}` },
        });
        assert.equal(info.status, 200);
        assert.deepEqual(await info.json(), {
          sub: firstSub,
          phone_number: phone,
          phone_number_verified: true,
        });
        const anonymous = await door.request('/userinfo');
        assert.deepEqual(await errorOf(anonymous), [
          401,
          'invalid_token',
          'The access token is missing, malformed or expired',
        ]);
      });

      it('checks the secret of a confidential client', async () => {
        const phone = nextPhone();
        const code = await sendCode(door, phone);
        const wrong = await door.request(
          '/oauth/token',
          tokenRequest(phone, code, { client_id: 'server', client_secret: 'wrong' }),
        );
        assert.deepEqual(await errorOf(wrong), [
          401,
          'invalid_client',
          'Client authentication failed',
        ]);
        const right = await door.request(
          '/oauth/token',
          tokenRequest(phone, code, { client_id: 'server', client_secret: 'server-secret-123' }),
        );
        assert.equal(right.status, 200);
      });
    });

    describe('errors, row by row', () => {
      it('answers invalid_grant for a wrong code, an unknown number, a used code and a replaced code', async () => {
        const phone = nextPhone();
        const code = await sendCode(door, phone);
        const wrongCode = code === '000000' ? '111111' : '000000';
        const expected = [403, 'invalid_grant', 'Wrong phone number or verification code.'];
        assert.deepEqual(
          await errorOf(await door.request('/oauth/token', tokenRequest(phone, wrongCode))),
          expected,
        );
        assert.deepEqual(
          await errorOf(await door.request('/oauth/token', tokenRequest(nextPhone(), code))),
          expected,
        );
        assert.equal((await door.request('/oauth/token', tokenRequest(phone, code))).status, 200);
        assert.deepEqual(
          await errorOf(await door.request('/oauth/token', tokenRequest(phone, code))),
          expected,
          'a used code is dead',
        );
        const older = await sendCode(door, phone);
        const newer = await sendCode(door, phone);
        if (older !== newer)
          assert.deepEqual(
            await errorOf(await door.request('/oauth/token', tokenRequest(phone, older))),
            expected,
            'a replaced code is dead',
          );
        assert.equal((await door.request('/oauth/token', tokenRequest(phone, newer))).status, 200);
      });

      it('answers the attempts error once three wrong codes are spent, even for the right code', async () => {
        const phone = nextPhone();
        const code = await sendCode(door, phone);
        const wrongCode = code === '000000' ? '111111' : '000000';
        for (let attempt = 0; attempt < 3; attempt++)
          assert.deepEqual(
            await errorOf(await door.request('/oauth/token', tokenRequest(phone, wrongCode))),
            [403, 'invalid_grant', 'Wrong phone number or verification code.'],
          );
        assert.deepEqual(
          await errorOf(await door.request('/oauth/token', tokenRequest(phone, code))),
          [
            403,
            'invalid_grant',
            "You've reached the maximum number of attempts. Please try to login again.",
          ],
        );
        const fresh = await sendCode(door, phone);
        assert.equal(
          (await door.request('/oauth/token', tokenRequest(phone, fresh))).status,
          200,
          'a new code works again',
        );
      });

      it('answers the expiry error after the validity (180 s by default)', async () => {
        const phone = nextPhone();
        const code = await sendCode(door, phone);
        door.clock.advance(180_000);
        assert.deepEqual(
          await errorOf(await door.request('/oauth/token', tokenRequest(phone, code))),
          [403, 'invalid_grant', 'The verification code has expired. Please try to login again.'],
        );
      });

      it('answers unauthorized_client when the client may not use the grant', async () => {
        const response = await door.request(
          '/oauth/token',
          tokenRequest(nextPhone(), '123456', { client_id: 'no-otp' }),
        );
        assert.deepEqual(await errorOf(response), [
          403,
          'unauthorized_client',
          "Grant type 'http://auth0.com/oauth/grant-type/passwordless/otp' not allowed for the client.",
        ]);
      });

      it('answers invalid_client for an unknown client', async () => {
        const response = await door.request(
          '/oauth/token',
          tokenRequest(nextPhone(), '123456', { client_id: 'ghost' }),
        );
        assert.deepEqual(await errorOf(response), [
          401,
          'invalid_client',
          'Client authentication failed',
        ]);
      });

      for (const missing of ['grant_type', 'client_id', 'username', 'otp', 'realm']) {
        it(`answers invalid_request when ${missing} is missing`, async () => {
          const body: Record<string, string> = {
            grant_type: OTP_GRANT,
            client_id: 'spa',
            username: '+14155550100',
            otp: '123456',
            realm: 'sms',
          };
          delete body[missing];
          assert.deepEqual(await errorOf(await door.request('/oauth/token', form(body))), [
            400,
            'invalid_request',
            `Missing required parameter: ${missing}`,
          ]);
        });
      }

      it('answers invalid_request for malformed input', async () => {
        const notJson = await door.request('/oauth/token', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: '[1,2',
        });
        assert.deepEqual(await errorOf(notJson), [
          400,
          'invalid_request',
          'The body is not valid JSON',
        ]);
        const wrongType = await door.request(
          '/oauth/token',
          json({
            grant_type: OTP_GRANT,
            client_id: 'spa',
            username: '+14155550100',
            otp: 123456,
            realm: 'sms',
          }),
        );
        assert.deepEqual(await errorOf(wrongType), [
          400,
          'invalid_request',
          'Invalid type for parameter: otp (expected string)',
        ]);
        const unknownRealm = await door.request(
          '/oauth/token',
          tokenRequest('+14155550100', '123456', { realm: 'nope' }),
        );
        assert.deepEqual(await errorOf(unknownRealm), [
          400,
          'invalid_request',
          'Connection does not exist',
        ]);
      });

      it('answers unsupported_grant_type for an unknown grant', async () => {
        const response = await door.request(
          '/oauth/token',
          form({ grant_type: 'password', client_id: 'spa' }),
        );
        assert.deepEqual(await errorOf(response), [
          400,
          'unsupported_grant_type',
          'Unsupported grant type: password',
        ]);
      });
    });

    describe('rate limit', () => {
      it('answers 429 with Retry-After once the per-IP budget is spent', async () => {
        const limited = await openDoor(
          testConfig({ rate_limits: { token_per_ip: { burst: 1, per_hour: 3600 } } }),
        );
        try {
          await limited.request('/oauth/token', tokenRequest('+14155550100', '123456'));
          const refused = await limited.request(
            '/oauth/token',
            tokenRequest('+14155550100', '123456'),
          );
          assert.equal(refused.headers.get('retry-after'), '1');
          assert.deepEqual(await errorOf(refused), [
            429,
            'too_many_requests',
            'Rate limit exceeded.',
          ]);
        } finally {
          await limited.close();
        }
      });
    });
  });
}
