// How refresh tokens end before their time: `POST /oauth/revoke`, and blocking or deleting the
// user through the Management API, through both doors.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { decodeJwt } from 'jose';
import { doors, errorOf, json, WEB_ORIGIN, type Door } from './support.ts';
import { management, managementToken } from './management-support.ts';
import {
  INVALID_REFRESH_TOKEN,
  login,
  refresh,
  refreshConfig,
  refreshed,
  revoke,
  ROTATING,
  USER_IS_BLOCKED,
} from './refresh-support.ts';

const userIdOf = (idToken: string) => String(decodeJwt(idToken).sub);
const userinfo = (door: Door, token: string) =>
  door.request('/userinfo', { headers: { authorization: `Bearer ${token}` } });

for (const [doorName, openDoor] of doors) {
  describe(`refresh token revocation (${doorName})`, () => {
    let door: Door;
    let adminToken: string;
    before(async () => {
      door = await openDoor(refreshConfig());
      adminToken = await managementToken(door);
    });
    after(() => door.close());

    /** The Management API on the user of an id token. */
    const onUser = (idToken: string, method: string, changes?: Record<string, unknown>) =>
      management(
        door,
        adminToken,
        method,
        `/users/${encodeURIComponent(userIdOf(idToken))}`,
        changes,
      );

    describe('blocking and deleting the user', () => {
      it("blocking revokes the user's refresh tokens on every client, in Auth0's words", async () => {
        const first = await login(door, ROTATING);
        const onSpa = await login(door, 'spa', { phone: first.phone });
        const stranger = await login(door, ROTATING);
        const blocked = await onUser(first.id_token!, 'PATCH', { blocked: true });
        assert.equal(blocked.status, 200);
        for (const [client, token] of [
          [ROTATING, first.refresh_token!],
          ['spa', onSpa.refresh_token!],
        ] as const)
          assert.deepEqual(await errorOf(await refresh(door, client, token)), USER_IS_BLOCKED);
        await refreshed(door, ROTATING, stranger.refresh_token!);

        const unblocked = await onUser(first.id_token!, 'PATCH', { blocked: false });
        assert.equal(unblocked.status, 200);
        assert.deepEqual(
          await errorOf(await refresh(door, ROTATING, first.refresh_token!)),
          INVALID_REFRESH_TOKEN,
          'unblocking does not bring revoked tokens back',
        );
      });

      it('blocking or deleting stops the access tokens at /userinfo', async () => {
        for (const [method, changes] of [
          ['PATCH', { blocked: true }],
          ['DELETE', undefined],
        ] as const) {
          const tokens = await login(door, ROTATING);
          assert.equal((await userinfo(door, tokens.access_token!)).status, 200);
          await onUser(tokens.id_token!, method, changes);
          const refused = await userinfo(door, tokens.access_token!);
          assert.equal(refused.status, 401, method);
          assert.deepEqual((await errorOf(refused)).slice(1), [
            'invalid_token',
            'The access token is missing, malformed or expired',
          ]);
        }
      });

      it("deleting revokes the user's refresh tokens", async () => {
        const first = await login(door, ROTATING);
        const deleted = await onUser(first.id_token!, 'DELETE');
        assert.equal(deleted.status, 204);
        assert.deepEqual(
          await errorOf(await refresh(door, ROTATING, first.refresh_token!)),
          INVALID_REFRESH_TOKEN,
        );
        const stored = await door.backend.context.store.revokeUserRefreshTokens(
          userIdOf(first.id_token!),
          door.clock.now(),
        );
        assert.equal(stored, 0, 'the family was revoked already');
      });

      it('a change that does not block revokes nothing', async () => {
        const first = await login(door, ROTATING);
        const renamed = await onUser(first.id_token!, 'PATCH', { name: 'Ada', blocked: false });
        assert.equal(renamed.status, 200);
        await refreshed(door, ROTATING, first.refresh_token!);
      });
    });

    describe('POST /oauth/revoke', () => {
      it('revokes the whole family and answers 200 with an empty body', async () => {
        const first = await login(door, ROTATING);
        const second = await refreshed(door, ROTATING, first.refresh_token!);
        const response = await revoke(door, { client_id: ROTATING, token: first.refresh_token! });
        assert.equal(response.status, 200);
        assert.equal(await response.text(), '');
        assert.equal(response.headers.get('cache-control'), 'no-store');
        assert.deepEqual(
          await errorOf(await refresh(door, ROTATING, second.refresh_token!)),
          INVALID_REFRESH_TOKEN,
        );
      });

      it('takes JSON (the Node SDK) and token_type_hint (auth0-spa-js) alike', async () => {
        const first = await login(door, ROTATING);
        const response = await door.request(
          '/oauth/revoke',
          json(
            { client_id: ROTATING, token: first.refresh_token!, token_type_hint: 'refresh_token' },
            { origin: WEB_ORIGIN },
          ),
        );
        assert.equal(response.status, 200);
        assert.equal(response.headers.get('access-control-allow-origin'), WEB_ORIGIN);
        assert.deepEqual(
          await errorOf(await refresh(door, ROTATING, first.refresh_token!)),
          INVALID_REFRESH_TOKEN,
        );
      });

      it("an unknown token and another client's token: 200, and nothing is revoked", async () => {
        const first = await login(door, ROTATING);
        for (const body of [
          { client_id: ROTATING, token: 'f'.repeat(64) },
          { client_id: 'spa', token: first.refresh_token! },
        ]) {
          const response = await revoke(door, body);
          assert.equal(response.status, 200);
          assert.equal(await response.text(), '');
        }
        await refreshed(door, ROTATING, first.refresh_token!);
      });

      it('a confidential client must send its secret', async () => {
        const first = await login(door, 'server', {
          extra: { client_secret: 'server-secret-123' },
        });
        assert.deepEqual(
          await errorOf(await revoke(door, { client_id: 'server', token: first.refresh_token! })),
          [401, 'invalid_client', 'Client authentication failed'],
        );
        await refreshed(door, 'server', first.refresh_token!, {
          client_secret: 'server-secret-123',
        });
        const revoked = await revoke(door, {
          client_id: 'server',
          client_secret: 'server-secret-123',
          token: first.refresh_token!,
        });
        assert.equal(revoked.status, 200);
        assert.deepEqual(
          await errorOf(
            await refresh(door, 'server', first.refresh_token!, {
              client_secret: 'server-secret-123',
            }),
          ),
          INVALID_REFRESH_TOKEN,
        );
      });

      it('missing or malformed parameters, unknown clients and foreign origins', async () => {
        assert.deepEqual(await errorOf(await revoke(door, { client_id: ROTATING })), [
          400,
          'invalid_request',
          'Missing required parameter: token',
        ]);
        assert.deepEqual(await errorOf(await revoke(door, { token: 'a'.repeat(64) })), [
          400,
          'invalid_request',
          'Missing required parameter: client_id',
        ]);
        assert.deepEqual(
          await errorOf(
            await door.request('/oauth/revoke', json({ client_id: ROTATING, token: 42 })),
          ),
          [400, 'invalid_request', 'Invalid type for parameter: token (expected string)'],
        );
        assert.deepEqual(
          await errorOf(await revoke(door, { client_id: 'ghost', token: 'a'.repeat(64) })),
          [401, 'invalid_client', 'Client authentication failed'],
        );
        const foreign = await door.request(
          '/oauth/revoke',
          json({ client_id: ROTATING, token: 'a'.repeat(64) }, { origin: 'https://evil.example' }),
        );
        assert.equal((await errorOf(foreign))[1], 'access_denied');
        const notJson = await door.request('/oauth/revoke', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: '{',
        });
        assert.deepEqual(await errorOf(notJson), [
          400,
          'invalid_request',
          'The body is not valid JSON',
        ]);
      });
    });
  });
}
