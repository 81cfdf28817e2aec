// `POST /oauth/token` with `grant_type=refresh_token`: rotation, reuse detection, leeway,
// lifetimes, non-rotating clients, scope narrowing and bad input, through both doors.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createLocalJWKSet, decodeJwt, jwtVerify } from 'jose';
import { sha256Hex } from '../src/crypto/digest.ts';
import { doors, errorOf, ISSUER, WEB_ORIGIN, type Door } from './support.ts';
import {
  ENDLESS,
  IDLE,
  IDLE_ONLY,
  INVALID_REFRESH_TOKEN,
  LEEWAY,
  LEEWAY_SECONDS,
  LIFETIME,
  login,
  NO_REFRESH,
  refresh,
  refreshConfig,
  refreshed,
  ROTATING,
} from './refresh-support.ts';

const SECOND = 1000;
const DAY = 86_400 * SECOND;

/** What /userinfo answers for an access token. */
async function userinfoOf(door: Door, accessToken: string): Promise<Record<string, unknown>> {
  const response = await door.request('/userinfo', {
    headers: { authorization: `Bearer ${accessToken}` },
  });
  assert.equal(response.status, 200, await response.clone().text());
  return (await response.json()) as Record<string, unknown>;
}

for (const [doorName, openDoor] of doors) {
  describe(`refresh tokens (${doorName})`, () => {
    let door: Door;
    before(async () => {
      door = await openDoor(refreshConfig());
    });
    after(() => door.close());

    describe('rotation', () => {
      it('every refresh answers a new refresh token with the token set, and the new one works', async () => {
        const first = await login(door, ROTATING, { scope: 'openid profile offline_access' });
        const second = await refreshed(door, ROTATING, first.refresh_token!);
        assert.deepEqual(Object.keys(second).sort(), [
          'access_token',
          'expires_in',
          'id_token',
          'refresh_token',
          'scope',
          'token_type',
        ]);
        assert.match(second.refresh_token!, /^[0-9a-f]{64}$/);
        assert.notEqual(second.refresh_token, first.refresh_token);
        assert.deepEqual(
          [second.scope, second.expires_in, second.token_type],
          ['openid profile offline_access', 86400, 'Bearer'],
        );
        const jwks = createLocalJWKSet(await (await door.request('/.well-known/jwks.json')).json());
        const { payload } = await jwtVerify(second.id_token!, jwks, {
          issuer: ISSUER,
          audience: ROTATING,
        });
        assert.equal(payload.sub, decodeJwt(first.id_token!).sub);
        assert.equal(payload.phone_number, first.phone);
        assert.equal(payload.nonce, undefined, 'a refreshed id token carries no nonce');
        const third = await refreshed(door, ROTATING, second.refresh_token!);
        assert.notEqual(third.refresh_token, second.refresh_token);
      });

      it('reuse of a spent token is refused and revokes the family, the newest token too', async () => {
        const first = await login(door, ROTATING);
        const other = await login(door, ROTATING, { phone: first.phone });
        const second = await refreshed(door, ROTATING, first.refresh_token!);
        assert.deepEqual(
          await errorOf(await refresh(door, ROTATING, first.refresh_token!)),
          INVALID_REFRESH_TOKEN,
        );
        assert.deepEqual(
          await errorOf(await refresh(door, ROTATING, second.refresh_token!)),
          INVALID_REFRESH_TOKEN,
          'the family is revoked',
        );
        await refreshed(door, ROTATING, other.refresh_token!); // another login's family lives on
      });

      it('within the leeway the previous token works again; after it, it is reuse', async () => {
        const first = await login(door, LEEWAY);
        const second = await refreshed(door, LEEWAY, first.refresh_token!);
        door.clock.advance(10 * SECOND);
        const again = await refreshed(door, LEEWAY, first.refresh_token!);
        assert.notEqual(again.refresh_token, second.refresh_token);
        await refreshed(door, LEEWAY, second.refresh_token!);
        door.clock.advance(LEEWAY_SECONDS * SECOND);
        assert.deepEqual(
          await errorOf(await refresh(door, LEEWAY, first.refresh_token!)),
          INVALID_REFRESH_TOKEN,
        );
        assert.deepEqual(
          await errorOf(await refresh(door, LEEWAY, again.refresh_token!)),
          INVALID_REFRESH_TOKEN,
          'reuse after the leeway revoked the family',
        );
      });

      it('two concurrent refreshes with one token: without leeway one wins and the family dies', async () => {
        const first = await login(door, ROTATING);
        const answers = await Promise.all([
          refresh(door, ROTATING, first.refresh_token!),
          refresh(door, ROTATING, first.refresh_token!),
        ]);
        assert.deepEqual(answers.map((answer) => answer.status).sort(), [200, 403]);
        const winner = (await answers.find((answer) => answer.status === 200)!.json()) as {
          refresh_token: string;
        };
        assert.deepEqual(
          await errorOf(await refresh(door, ROTATING, winner.refresh_token)),
          INVALID_REFRESH_TOKEN,
        );
      });

      it('two concurrent refreshes with one token within the leeway both succeed', async () => {
        const first = await login(door, LEEWAY);
        const answers = await Promise.all([
          refresh(door, LEEWAY, first.refresh_token!),
          refresh(door, LEEWAY, first.refresh_token!),
        ]);
        assert.deepEqual(
          answers.map((answer) => answer.status),
          [200, 200],
        );
        for (const answer of answers)
          await refreshed(
            door,
            LEEWAY,
            ((await answer.json()) as { refresh_token: string }).refresh_token,
          );
      });
    });

    describe('lifetimes', () => {
      it('the absolute lifetime counts from the login, however often the tokens rotate', async () => {
        const step = (IDLE - 100) * SECOND; // each refresh comes within the idle lifetime
        let token = (await login(door, ROTATING)).refresh_token!;
        for (let elapsed = step; elapsed < LIFETIME * SECOND; elapsed += step) {
          door.clock.advance(step);
          token = (await refreshed(door, ROTATING, token)).refresh_token!;
        }
        door.clock.advance(step);
        assert.deepEqual(
          await errorOf(await refresh(door, ROTATING, token)),
          INVALID_REFRESH_TOKEN,
        );
      });

      it('the idle lifetime counts from the last use', async () => {
        const first = await login(door, ROTATING);
        door.clock.advance((IDLE - 1) * SECOND);
        const second = await refreshed(door, ROTATING, first.refresh_token!);
        door.clock.advance((IDLE - 1) * SECOND);
        const third = await refreshed(door, ROTATING, second.refresh_token!);
        door.clock.advance(IDLE * SECOND);
        assert.deepEqual(
          await errorOf(await refresh(door, ROTATING, third.refresh_token!)),
          INVALID_REFRESH_TOKEN,
        );
      });

      it('infinite lifetimes switch both off', async () => {
        let token = (await login(door, ENDLESS)).refresh_token!;
        for (let year = 0; year < 3; year++) {
          door.clock.advance(400 * DAY);
          token = (await refreshed(door, ENDLESS, token)).refresh_token!;
        }
      });
    });

    describe('without rotation', () => {
      it('the same refresh token keeps working and no new one is answered', async () => {
        const first = await login(door, 'spa');
        for (let use = 0; use < 3; use++) {
          door.clock.advance(100 * DAY);
          const answer = await refreshed(door, 'spa', first.refresh_token!);
          assert.equal(answer.refresh_token, undefined);
          assert.equal(decodeJwt(answer.id_token!).sub, decodeJwt(first.id_token!).sub);
        }
      });

      it('an idle lifetime still applies, and each use renews it', async () => {
        const first = await login(door, IDLE_ONLY);
        door.clock.advance((IDLE - 1) * SECOND);
        await refreshed(door, IDLE_ONLY, first.refresh_token!);
        door.clock.advance((IDLE - 1) * SECOND);
        await refreshed(door, IDLE_ONLY, first.refresh_token!);
        door.clock.advance(IDLE * SECOND);
        assert.deepEqual(
          await errorOf(await refresh(door, IDLE_ONLY, first.refresh_token!)),
          INVALID_REFRESH_TOKEN,
        );
      });

      it('a client without the refresh grant gets no refresh token, even with offline_access', async () => {
        const tokens = await login(door, NO_REFRESH);
        assert.equal(tokens.refresh_token, undefined);
      });
    });

    describe('scope', () => {
      it('a refresh may narrow the scope; scopes the login did not grant are left out', async () => {
        const first = await login(door, ROTATING, { scope: 'openid profile phone offline_access' });
        const narrow = await refreshed(door, ROTATING, first.refresh_token!, { scope: 'openid' });
        assert.equal(narrow.scope, 'openid');
        assert.deepEqual(await userinfoOf(door, narrow.access_token), {
          sub: decodeJwt(first.id_token!).sub,
          phone_number: decodeJwt(first.id_token!).phone_number,
          phone_number_verified: true,
        });
        assert.equal(decodeJwt(narrow.id_token!).name, undefined, 'no profile claims');
        const noOpenid = await refreshed(door, ROTATING, narrow.refresh_token!, {
          scope: 'profile offline_access',
        });
        assert.equal(noOpenid.id_token, undefined);
        const wider = await refreshed(door, ROTATING, noOpenid.refresh_token!, {
          scope: 'openid email read:users offline_access',
        });
        assert.equal(wider.scope, 'openid offline_access', 'never wider than the login');
        const full = await refreshed(door, ROTATING, wider.refresh_token!);
        assert.equal(full.scope, 'openid profile phone offline_access', 'the family keeps it all');
      });

      it('a scope with nothing granted is refused before the token is spent', async () => {
        const first = await login(door, ROTATING);
        assert.deepEqual(
          await errorOf(await refresh(door, ROTATING, first.refresh_token!, { scope: 'email' })),
          [400, 'invalid_scope', 'None of the requested scopes was granted to this refresh token.'],
        );
        await refreshed(door, ROTATING, first.refresh_token!);
      });

      it("the audience stays the login's, whatever a refresh sends", async () => {
        const first = await login(door, ROTATING);
        const second = await refreshed(door, ROTATING, first.refresh_token!, {
          audience: 'https://other-api.example.com',
          redirect_uri: 'https://app.example.com',
        });
        // Still for /userinfo alone: opaque, as Auth0's, and /userinfo takes it.
        assert.match(second.access_token, /^[0-9a-f]{64}$/);
        assert.equal(
          (await userinfoOf(door, second.access_token)).sub,
          decodeJwt(first.id_token!).sub,
        );
      });
    });

    describe('refusals', () => {
      it('an unknown token, and a token presented by another client', async () => {
        assert.deepEqual(
          await errorOf(await refresh(door, ROTATING, 'f'.repeat(64))),
          INVALID_REFRESH_TOKEN,
        );
        const first = await login(door, ROTATING);
        assert.deepEqual(
          await errorOf(await refresh(door, LEEWAY, first.refresh_token!)),
          INVALID_REFRESH_TOKEN,
        );
        await refreshed(door, ROTATING, first.refresh_token!); // not spent by the other client
      });

      it('missing, non-string and over-long parameters', async () => {
        assert.deepEqual(
          await errorOf(
            await door.request('/oauth/token', {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body: JSON.stringify({ grant_type: 'refresh_token', client_id: ROTATING }),
            }),
          ),
          [400, 'invalid_request', 'Missing required parameter: refresh_token'],
        );
        assert.deepEqual(
          await errorOf(
            await door.request('/oauth/token', {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body: JSON.stringify({
                grant_type: 'refresh_token',
                client_id: ROTATING,
                refresh_token: ['a'],
              }),
            }),
          ),
          [400, 'invalid_request', 'Invalid type for parameter: refresh_token (expected string)'],
        );
        assert.deepEqual(await errorOf(await refresh(door, ROTATING, 'a'.repeat(257))), [
          400,
          'invalid_request',
          'Parameter too long: refresh_token',
        ]);
        assert.deepEqual(await errorOf(await refresh(door, 'ghost', 'a'.repeat(64))), [
          401,
          'invalid_client',
          'Client authentication failed',
        ]);
      });

      it('a client without the refresh grant, and a browser origin the client does not allow', async () => {
        assert.deepEqual(await errorOf(await refresh(door, NO_REFRESH, 'a'.repeat(64))), [
          403,
          'unauthorized_client',
          "Grant type 'refresh_token' not allowed for the client.",
        ]);
        const first = await login(door, ROTATING);
        const [status, error] = await errorOf(
          await refresh(
            door,
            ROTATING,
            first.refresh_token!,
            {},
            { origin: 'https://evil.example' },
          ),
        );
        assert.deepEqual([status, error], [403, 'access_denied']);
        const fromApp = await refresh(
          door,
          ROTATING,
          first.refresh_token!,
          {},
          { origin: WEB_ORIGIN },
        );
        assert.equal(fromApp.status, 200);
      });
    });
  });
}

describe('refresh tokens: what is logged and stored', () => {
  it('neither the log nor the store holds a refresh token', async () => {
    const lines: string[] = [];
    const log = (level: string) => (event: string, fields?: Record<string, unknown>) =>
      lines.push(JSON.stringify({ level, event, ...fields }));
    const [, openDoor] = doors[0]!;
    const door = await openDoor(refreshConfig(), {
      logger: { info: log('info'), warn: log('warn'), error: log('error') },
    });
    const first = await login(door, ROTATING);
    const second = await refreshed(door, ROTATING, first.refresh_token!);
    await refresh(door, ROTATING, first.refresh_token!); // reuse: logged as such
    assert.ok(lines.some((line) => line.includes('refresh_token_reused')));
    for (const token of [first.refresh_token!, second.refresh_token!]) {
      assert.ok(!lines.join('\n').includes(token), 'a refresh token in the log');
      assert.ok(await door.backend.context.store.findRefreshToken(await sha256Hex(token)));
      assert.equal(await door.backend.context.store.findRefreshToken(token), undefined);
    }
    await door.close();
  });
});
