// A store whose database cannot be reached: every door answers 503 in the contract's shape, and
// the same requests succeed once it is back.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createMemoryStore } from '../src/store/memory.ts';
import { StoreUnavailableError } from '../src/store/store-unavailable.ts';
import type { Store } from '../src/store/types.ts';
import { doors, errorOf, json, sendCode } from './support.ts';
import {
  management,
  managementConfig,
  managementErrorOf,
  managementToken,
} from './management-support.ts';

/** A memory store that fails as an unreachable database does while `down` is set. */
function interruptibleStore(): { store: Store; outage: { down: boolean } } {
  const outage = { down: false };
  const inner = createMemoryStore();
  const store = new Proxy(inner, {
    get(target, name, receiver) {
      const value = Reflect.get(target, name, receiver) as unknown;
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) =>
        outage.down
          ? Promise.reject(new StoreUnavailableError(new Error('connect ECONNREFUSED')))
          : (value as (...values: unknown[]) => unknown).apply(target, args);
    },
  });
  return { store, outage };
}

for (const [doorName, openDoor] of doors)
  describe(`an unreachable store through the ${doorName}`, () => {
    test('the Authentication API answers 503 temporarily_unavailable, then recovers', async () => {
      const { store, outage } = interruptibleStore();
      const door = await openDoor(undefined, { store });
      try {
        // The server starts listening once the tenant is seeded, as here.
        await door.backend.context.tenant.ready;
        outage.down = true;
        const start = () =>
          door.request(
            '/passwordless/start',
            json({ client_id: 'spa', connection: 'sms', phone_number: '+14155550100' }),
          );
        const answer = await start();
        assert.equal(answer.headers.get('retry-after'), '1');
        const [status, error, description] = await errorOf(answer);
        assert.deepEqual([status, error], [503, 'temporarily_unavailable']);
        assert.match(description, /cannot reach its database/);
        outage.down = false;
        assert.match(await sendCode(door, '+14155550100'), /^\d+$/);
      } finally {
        await door.close();
      }
    });

    test('the Management API answers 503 in its own shape', async () => {
      const { store, outage } = interruptibleStore();
      const door = await openDoor(managementConfig(), { store });
      try {
        const token = await managementToken(door);
        outage.down = true;
        const answer = await management(door, token, 'GET', '/users');
        const [status, errorCode] = await managementErrorOf(answer);
        assert.deepEqual([status, errorCode], [503, 'temporarily_unavailable']);
        outage.down = false;
        assert.equal((await management(door, token, 'GET', '/users')).status, 200);
      } finally {
        await door.close();
      }
    });
  });
