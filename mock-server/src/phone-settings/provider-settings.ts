import { z } from 'zod';

export const DELIVERY_METHODS = ['text', 'voice'] as const;
export type DeliveryMethod = (typeof DELIVERY_METHODS)[number];

const deliveryMethodsSchema = z
  .array(z.enum(DELIVERY_METHODS))
  .min(1)
  .max(2)
  .refine((methods) => new Set(methods).size === methods.length, 'each method once');

export const twilioConfigurationSchema = z.strictObject({
  /** The Twilio account SID (`AC…`). */
  sid: z.string().min(1).max(255),
  delivery_methods: deliveryMethodsSchema,
  /** Sender number or alphanumeric sender id. */
  default_from: z.string().min(1).max(64).optional(),
  /** Messaging Service SID (`MG…`), used instead of `default_from` for text. */
  mssid: z.string().min(1).max(255).optional(),
});

export const customConfigurationSchema = z.strictObject({
  delivery_methods: deliveryMethodsSchema,
});

/** Write-only: accepted on create and update, never returned. */
export const twilioCredentialsSchema = z.strictObject({
  auth_token: z.string().min(1).max(255),
});

const disabledSchema = z.boolean().default(false);

/** The body of `POST /api/v2/branding/phone/providers`, and a provider seeded from the configuration. */
export const phoneProviderInputSchema = z.discriminatedUnion('name', [
  z.strictObject({
    name: z.literal('twilio'),
    disabled: disabledSchema,
    configuration: twilioConfigurationSchema,
    credentials: twilioCredentialsSchema,
  }),
  z.strictObject({
    name: z.literal('custom'),
    disabled: disabledSchema,
    configuration: customConfigurationSchema,
    credentials: z.strictObject({}).default({}),
  }),
]);

export type PhoneProviderInput = z.output<typeof phoneProviderInputSchema>;

/** A tenant phone provider as stored; `credentials` never leaves the backend. */
export type StoredPhoneProvider = PhoneProviderInput & {
  id: string;
  tenant: string;
  channel: 'phone';
  created_at: string;
  updated_at: string;
};

/** What the Management API shows of a provider: everything but the credentials. */
export function publicPhoneProvider(provider: StoredPhoneProvider): Record<string, unknown> {
  const { credentials: _credentials, ...visible } = provider;
  return visible;
}
