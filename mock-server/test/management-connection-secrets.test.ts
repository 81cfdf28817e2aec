import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { directDoor, testConfig } from './support.ts';
import { management, managementConfig, managementToken } from './management-support.ts';

const credentials = {
  provider: 'sms_gateway' as const,
  gateway_url: 'https://gateway.example.com/sms',
  gateway_authentication: {
    method: 'bearer' as const,
    audience: 'urn:gateway',
    secret: 'gateway-secret-value',
  },
  twilio_sid: 'AC123',
  twilio_token: 'twilio-token-value',
};

describe('Management API: provider credentials are write-only', () => {
  it('never returns them, and a PATCH that leaves them out keeps them', async () => {
    const base = testConfig();
    const door = await directDoor(
      managementConfig({
        connections: [
          { name: 'sms', enabled_clients: ['spa'], options: credentials },
          ...base.connections!.slice(1),
        ],
      }),
    );
    const token = await managementToken(door);
    const listed = await (await management(door, token, 'GET', '/connections?name=sms')).text();
    assert.ok(
      !listed.includes('gateway-secret-value') && !listed.includes('twilio-token-value'),
      listed,
    );
    const [connection] = JSON.parse(listed) as { id: string; options: Record<string, unknown> }[];
    assert.deepEqual(connection!.options.gateway_authentication, {
      method: 'bearer',
      audience: 'urn:gateway',
    });

    const patched = await management(door, token, 'PATCH', `/connections/${connection!.id}`, {
      options: { ...connection!.options, template: 'Code: @@password@@' },
    });
    assert.equal(patched.status, 200);
    assert.ok(!(await patched.text()).includes('secret-value'));
    const stored = await door.backend.context.tenant.findConnectionById(connection!.id);
    assert.equal(stored?.options.template, 'Code: @@password@@');
    assert.equal(stored?.options.twilio_token, 'twilio-token-value');
    assert.equal(stored?.options.gateway_authentication?.secret, 'gateway-secret-value');

    const rotated = await management(door, token, 'PATCH', `/connections/${connection!.id}`, {
      options: {
        ...connection!.options,
        twilio_token: 'rotated',
        gateway_authentication: { ...credentials.gateway_authentication, secret: 'new-secret' },
      },
    });
    assert.equal(rotated.status, 200);
    const after = await door.backend.context.tenant.findConnectionById(connection!.id);
    assert.equal(after?.options.twilio_token, 'rotated');
    assert.equal(after?.options.gateway_authentication?.secret, 'new-secret');
  });
});
