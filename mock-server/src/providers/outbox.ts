import { randomHex } from '../otp/digest.ts';
import type { Store } from '../store/types.ts';
import type { PhoneProvider } from './types.ts';

/**
 * The development provider: nothing leaves the machine; every message is kept in the store's
 * outbox, readable at `GET /dev/messages`.
 */
export function createOutboxProvider(store: Store, now: () => number): PhoneProvider {
  return {
    name: 'outbox',
    async send(message) {
      await store.appendOutboxMessage({
        id: `msg_${randomHex(12)}`,
        to: message.to,
        from: message.from,
        body: message.text,
        language: message.language,
        delivery_method: message.deliveryMethod,
        provider: 'outbox',
        connection: message.connection,
        created_at: new Date(now()).toISOString(),
      });
      return { provider: 'outbox' };
    },
  };
}
