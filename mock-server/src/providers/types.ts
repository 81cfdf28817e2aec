/** One message on its way to a phone. */
export interface PhoneMessage {
  to: string;
  from: string | null;
  /** The rendered text message. */
  text: string;
  /** The code alone, for providers that speak it (voice) or need it (custom providers). */
  code: string;
  deliveryMethod: 'text' | 'voice';
  language: string | null;
  connection: string;
  clientId: string;
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
  send(message: PhoneMessage): Promise<DeliveryReceipt>;
}
