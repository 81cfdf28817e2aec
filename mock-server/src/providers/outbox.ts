import { randomHex } from '../crypto/digest.ts';
import type { Store } from '../store/types.ts';
import type { DeliveryReceipt, PhoneMessage, PhoneProvider } from './types.ts';

/** Keeps one sent message in the store's outbox, with what the provider answered. */
export async function recordInOutbox(
  store: Store,
  now: () => number,
  message: PhoneMessage,
  receipt: DeliveryReceipt,
): Promise<void> {
  await store.appendOutboxMessage({
    id: `msg_${randomHex(12)}`,
    to: message.to,
    from: message.from,
    body: message.deliveryMethod === 'voice' ? message.voiceText : message.text,
    language: message.language,
    delivery_method: message.deliveryMethod,
    provider: receipt.provider,
    connection: message.origin.connection.name,
    created_at: new Date(now()).toISOString(),
    ...(receipt.response ? { provider_response: receipt.response } : {}),
  });
}

/**
 * The development provider: nothing leaves the machine; every message is kept in the store's
 * outbox, readable at `GET /dev/messages`.
 */
export function createOutboxProvider(store: Store, now: () => number): PhoneProvider {
  return {
    name: 'outbox',
    deliveryMethods: ['text', 'voice'],
    async send(message) {
      const receipt = { provider: 'outbox' };
      await recordInOutbox(store, now, message, receipt);
      return receipt;
    },
  };
}

/** Wraps a real provider so the outbox also keeps what it sent (`phone.record_in_outbox`). */
export function withOutboxRecord(
  provider: PhoneProvider,
  store: Store,
  now: () => number,
): PhoneProvider {
  return {
    name: provider.name,
    deliveryMethods: provider.deliveryMethods,
    async send(message) {
      const receipt = await provider.send(message);
      await recordInOutbox(store, now, message, receipt);
      return receipt;
    },
  };
}
