import type { DeliveryMethod } from '../phone-settings/provider-settings.ts';

/** Who asked for a message, for providers that pass it on (gateway `req`, custom `event`). */
export interface MessageOrigin {
  client: { client_id: string; name: string; metadata: Record<string, string> };
  connection: { id: string; name: string; strategy: string };
  request?: {
    ip: string;
    hostname: string;
    method: string;
    user_agent: string | null;
    language: string | null;
  };
  /** The user of this number, when there is one already. */
  user?: { user_id: string; phone_number: string; name: string };
}

/** One message on its way to a phone. */
export interface PhoneMessage {
  to: string;
  from: string | null;
  /** The rendered text message. */
  text: string;
  /** What a voice call says: the code reads digit by digit. */
  voiceText: string;
  /** The widget language `voiceText` is written in (`en` when no voice speaks the request's). */
  voiceLanguage: string;
  /** The code alone, for providers that need it (custom providers). */
  code: string;
  deliveryMethod: DeliveryMethod;
  language: string | null;
  origin: MessageOrigin;
}

/** What a provider answered when it accepted a message. */
export interface DeliveryReceipt {
  provider: string;
  /** Provider facts worth keeping (a Twilio sid, a gateway status); never credentials. */
  response?: Record<string, unknown>;
}

/**
 * A way a message leaves. `send` resolves once the provider has accepted the message and rejects
 * with an `AuthError` (`sms_provider_error`) when it has not: a rejected message is not issued.
 */
export interface PhoneProvider {
  readonly name: string;
  /** The delivery methods this provider is set up for. */
  readonly deliveryMethods: readonly DeliveryMethod[];
  send(message: PhoneMessage): Promise<DeliveryReceipt>;
}
