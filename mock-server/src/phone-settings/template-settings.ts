import { z } from 'zod';

export const PHONE_TEMPLATE_TYPES = [
  'otp_verify',
  'otp_enroll',
  'change_password',
  'blocked_account',
  'password_breach',
] as const;
export type PhoneTemplateType = (typeof PHONE_TEMPLATE_TYPES)[number];

/** A Liquid body: the shape only; whether it parses is checked where it is accepted. */
const liquidBody = z.string().min(1).max(5120);

export const phoneTemplateContentSchema = z.strictObject({
  syntax: z.literal('liquid').default('liquid'),
  /** Sender for messages of this template; the provider's default otherwise. */
  from: z.string().min(1).max(64).optional(),
  body: z
    .strictObject({
      text: liquidBody.optional(),
      /** What a voice call says; the text body when absent. */
      voice: liquidBody.optional(),
    })
    .default({}),
});

/** The body of `POST /api/v2/branding/phone/templates`, and a template seeded from the configuration. */
export const phoneTemplateInputSchema = z.strictObject({
  type: z.enum(PHONE_TEMPLATE_TYPES),
  disabled: z.boolean().default(false),
  content: phoneTemplateContentSchema.default({ syntax: 'liquid', body: {} }),
});

export type PhoneTemplateInput = z.output<typeof phoneTemplateInputSchema>;
export type PhoneTemplateContent = z.output<typeof phoneTemplateContentSchema>;

export type StoredPhoneTemplate = PhoneTemplateInput & {
  id: string;
  tenant: string;
  channel: 'phone';
  customizable: true;
};

/** ours: the bodies a template has before it is customised, and after `reset`. */
export const DEFAULT_TEMPLATE_BODIES: Record<PhoneTemplateType, { text: string; voice: string }> = {
  otp_verify: {
    text: '{{ code }} is your verification code for {{ application.name }}. Do not share it.',
    voice: 'Your verification code for {{ application.name }} is {{ code }}. Again, {{ code }}.',
  },
  otp_enroll: {
    text: '{{ code }} is your enrollment code for {{ application.name }}.',
    voice: 'Your enrollment code for {{ application.name }} is {{ code }}.',
  },
  change_password: {
    text: '{{ code }} is your password change code for {{ application.name }}.',
    voice: 'Your password change code for {{ application.name }} is {{ code }}.',
  },
  blocked_account: {
    text: 'Your {{ application.name }} account was blocked after too many attempts. Use {{ code }} to unblock it.',
    voice: 'Your account was blocked. Your unblock code is {{ code }}.',
  },
  password_breach: {
    text: 'Your {{ application.name }} password was found in a breach. Use {{ code }} to reset it.',
    voice: 'Your password was found in a breach. Your reset code is {{ code }}.',
  },
};

export function defaultTemplateContent(type: PhoneTemplateType): PhoneTemplateContent {
  return { syntax: 'liquid', body: { ...DEFAULT_TEMPLATE_BODIES[type] } };
}
