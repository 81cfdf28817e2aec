import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decodeJwt } from 'jose';
import { directDoor, errorOf, sendCode, tokenRequest } from './support.ts';
import { management, managementConfig } from './management-support.ts';

const MANAGEMENT_AUDIENCE = 'https://tenant.example.com/api/v2/';

describe('a visitor cannot reach the Management API', () => {
  it('refuses a user token for the Management API audience', async () => {
    const door = await directDoor(managementConfig());
    const phone = '+14155550160';
    const response = await door.request(
      '/oauth/token',
      tokenRequest(phone, await sendCode(door, phone), {
        audience: MANAGEMENT_AUDIENCE,
        scope: 'openid read:users delete:users update:connections',
      }),
    );
    assert.deepEqual(await errorOf(response), [
      403,
      'access_denied',
      'The Management API does not accept user tokens.',
    ]);
  });

  it('grants a user only the OpenID Connect scopes it asks for', async () => {
    const door = await directDoor(
      managementConfig({
        resource_servers: [{ identifier: 'https://api.example.com', name: 'Example API' }],
      }),
    );
    const phone = '+14155550161';
    const response = await door.request(
      '/oauth/token',
      tokenRequest(phone, await sendCode(door, phone), {
        audience: 'https://api.example.com',
        scope: 'openid read:users profile delete:users offline_access',
      }),
    );
    const body = await response.json();
    assert.equal(body.scope, 'openid profile offline_access');
    assert.equal(decodeJwt(body.access_token).scope, 'openid profile offline_access');
  });

  it('refuses a token that is not a client_credentials token, even with the right audience and scopes', async () => {
    const door = await directDoor(managementConfig());
    const phone = '+14155550162';
    await door.request('/oauth/token', tokenRequest(phone, await sendCode(door, phone)));
    const user = (await door.backend.context.store.findUserByPhone('sms', phone))!;
    const { signTokens } = await import('../src/tokens/tokens.ts');
    const { accessToken } = await signTokens(
      { key: await door.backend.context.signingKey(), crypto: door.backend.context.crypto },
      door.backend.context.tokenSettings,
      {
        user,
        clientId: 'spa',
        scope: 'read:users',
        audience: MANAGEMENT_AUDIENCE,
        nowSeconds: Math.floor(door.clock.now() / 1000),
      },
    );
    const listed = await management(door, accessToken, 'GET', '/users');
    assert.equal(listed.status, 401);
    assert.deepEqual(await listed.json(), {
      statusCode: 401,
      error: 'Unauthorized',
      message: 'Invalid token',
      errorCode: 'invalid_token',
    });
  });
});
