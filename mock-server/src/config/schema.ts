import { z } from 'zod';
import { actionsSchema } from './actions.ts';
import { brandingSchema, universalLoginTemplateSchema } from './branding.ts';
import { brandingThemeSchema } from './branding-theme.ts';
import { clientSchema } from './client.ts';
import { defaultPhoneConfig, phoneConfigSchema, providerUrlSchema } from './phone.ts';
import { resourceServerSchema } from './resource-server.ts';
import { originSchema } from './urls.ts';
import { seededUserSchema } from './users.ts';
import { testPhoneNumbersSchema, testPhoneNumbersValidUntilSchema } from './test-phone-numbers.ts';

export {
  AUTHORIZATION_CODE_GRANT,
  CLIENT_CREDENTIALS_GRANT,
  IMPLICIT_GRANT,
  PASSWORDLESS_OTP_GRANT,
  REFRESH_TOKEN_GRANT,
} from './client.ts';

export const DEFAULT_TEMPLATE = 'Your verification code is: @@password@@';

/** `options` of an sms connection: the keys and ranges of Auth0's Management API. */
export const smsOptionsSchema = z
  .strictObject({
    name: z.string().min(1).max(255).optional(),
    from: z.string().min(1).max(64).optional(),
    template: z.string().min(1).max(5120).default(DEFAULT_TEMPLATE),
    syntax: z.enum(['liquid', 'md_with_macros']).default('liquid'),
    totp: z
      .strictObject({
        time_step: z.int().min(60).max(86_400).default(180),
        length: z.int().min(4).max(40).default(6),
      })
      .default({ time_step: 180, length: 6 }),
    disable_signup: z.boolean().default(false),
    brute_force_protection: z.boolean().default(true),
    provider: z.enum(['twilio', 'sms_gateway']).optional(),
    twilio_sid: z.string().min(1).optional(),
    twilio_token: z.string().min(1).optional(),
    messaging_service_sid: z.string().min(1).optional(),
    /** https; plain http only to loopback with `phone.allow_insecure_loopback` (local fakes). */
    gateway_url: providerUrlSchema.optional(),
    gateway_authentication: z
      .strictObject({
        method: z.literal('bearer'),
        subject: z.string().optional(),
        audience: z.string().min(1),
        secret: z.string().min(1),
        secret_base64_encoded: z.boolean().optional(),
      })
      .optional(),
    forward_req_info: z.boolean().optional(),
    /**
     * ours: the site's domain (`app.example.com`). Messages then end with the origin-bound line
     * `@app.example.com #<code>`, which the WebOTP API and iOS autofill read.
     */
    origin_bound_domain: z
      .string()
      .max(253)
      .regex(
        /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/,
        'must be a lower-case host name such as app.example.com',
      )
      .optional(),
    /**
     * ours: ISO 3166 codes of the countries codes may be sent to (SMS-pumping protection). Numbers
     * elsewhere get `bad.phone_number`. Absent: every country.
     */
    allowed_countries: z
      .array(z.string().regex(/^[A-Z]{2}$/, 'ISO 3166-1 alpha-2 codes such as "FR"'))
      .max(250)
      .optional(),
    /**
     * ours: with `disable_signup`, answer `/passwordless/start` for an unknown number exactly as for
     * a known one, and send nothing. Nobody can learn who has an account; a genuine newcomer gets
     * no SMS and no explanation.
     */
    conceal_unknown_numbers: z.boolean().optional(),
    /**
     * ours, after Firebase's fictional numbers and Supabase's `sms_test_otp`: numbers that get a
     * fixed code and no SMS, for test suites and testers. Each code has the connection's length.
     */
    test_phone_numbers: testPhoneNumbersSchema.optional(),
    /** ours: after this instant `test_phone_numbers` is ignored (ISO 8601 with an offset). */
    test_phone_numbers_valid_until: testPhoneNumbersValidUntilSchema.optional(),
  })
  .superRefine((options, context) => {
    // A fixed code of another length could never be typed into a widget sized for the real ones.
    for (const [phoneNumber, code] of Object.entries(options.test_phone_numbers ?? {}))
      if (code.length !== options.totp.length)
        context.addIssue({
          code: 'custom',
          path: ['test_phone_numbers', phoneNumber],
          message: `the code must have ${options.totp.length} digits (totp.length)`,
        });
  });

export const connectionMetadataSchema = z
  .record(z.string().min(1).max(255), z.string().max(255))
  .refine((metadata) => Object.keys(metadata).length <= 10, 'at most 10 keys');

export const connectionSchema = z.strictObject({
  id: z
    .string()
    .regex(/^con_[A-Za-z0-9]{1,64}$/)
    .optional(),
  name: z
    .string()
    .min(1)
    .max(128)
    .regex(/^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$/, 'letters, digits and inner hyphens only'),
  display_name: z.string().max(128).optional(),
  /** `sms` connections log in by code; `auth0` (database) exists so clients can be told it is not passwordless. */
  strategy: z.enum(['sms', 'auth0']).default('sms'),
  enabled_clients: z.array(z.string().min(1)).default([]),
  options: smsOptionsSchema.default(() => smsOptionsSchema.parse({})),
  /** Auth0's connection metadata: up to 10 string values. */
  metadata: connectionMetadataSchema.optional(),
});

/** Lets a confidential client get `client_credentials` tokens for an API with these scopes. */
export const clientGrantSchema = z.strictObject({
  client_id: z.string().min(1),
  /** The Management API (`https://<domain>/api/v2/`) or a resource server's identifier. */
  audience: z.string().min(1),
  scope: z.array(z.string().regex(/^[a-z_]+:[a-z_]+$/, 'scopes look like read:users')),
});

const rateLimitSchema = z.strictObject({
  /** Requests allowed at once (the bucket's size). */
  burst: z.int().min(1),
  /** Requests regained per hour. */
  per_hour: z.int().min(1),
});

/** The issuer of a configured `domain`: `https://<host>/`, or the given origin with a trailing slash. */
export function issuerOf(domain: string): string {
  const url = new URL(domain.includes('://') ? domain : `https://${domain}`);
  return `${url.origin}/`;
}

export const configSchema = z.strictObject({
  /**
   * The tenant: a host such as `tenant.example.com` (issuer `https://tenant.example.com/`) or a
   * full origin such as `http://localhost:8787` for local runs.
   */
  domain: z
    .string()
    .min(1)
    .max(255)
    .refine((value) => {
      try {
        const url = new URL(value.includes('://') ? value : `https://${value}`);
        return url.pathname === '/' && !url.search && !url.hash;
      } catch {
        return false;
      }
    }, 'must be a host name or an origin'),
  clients: z.array(clientSchema).min(1),
  connections: z.array(connectionSchema).min(1),
  client_grants: z.array(clientGrantSchema).default([]),
  /** APIs (Auth0's resource servers): the audiences apps may ask access tokens for. */
  resource_servers: z.array(resourceServerSchema).max(1000).default([]),
  /** Colours, logo, favicon and font of the hosted login page (`/api/v2/branding`). */
  branding: brandingSchema.optional(),
  /** The hosted login page's Universal Login theme (`/api/v2/branding/themes`). */
  branding_theme: brandingThemeSchema.optional(),
  /** The hosted login page's Liquid template, with `{%- auth0:head -%}` and `{%- auth0:widget -%}`. */
  universal_login_template: universalLoginTemplateSchema.optional(),
  tokens: z
    .strictObject({
      access_token_lifetime: z.int().min(60).max(2_592_000).default(86_400),
      id_token_lifetime: z.int().min(60).max(2_592_000).default(36_000),
    })
    .default({ access_token_lifetime: 86_400, id_token_lifetime: 36_000 }),
  /** The browser's session with the hosted login page (Auth0's defaults: 3 days idle, 7 in all). */
  hosted_login: z
    .strictObject({
      /**
       * Origins that may show the login pages in a frame (a design tool, a demo). None by
       * default, as in Auth0: a framed sign-in page invites clickjacking.
       */
      frame_ancestors: z.array(originSchema).max(20).default([]),
    })
    .default({ frame_ancestors: [] }),
  sessions: z
    .strictObject({
      idle_lifetime: z.int().min(60).max(31_536_000).default(259_200),
      lifetime: z.int().min(60).max(31_536_000).default(604_800),
    })
    .default({ idle_lifetime: 259_200, lifetime: 604_800 }),
  rate_limits: z
    .strictObject({
      /** `POST /passwordless/start` per client IP: Auth0's 50 an hour, burst 50. */
      passwordless_start_per_ip: rateLimitSchema.default({ burst: 50, per_hour: 50 }),
      /** `POST /oauth/token` per client IP. */
      token_per_ip: rateLimitSchema.default({ burst: 100, per_hour: 600 }),
      /** Codes sent to one number: an hourly cap. */
      passwordless_start_per_phone: rateLimitSchema.default({ burst: 5, per_hour: 10 }),
      /** Seconds before another code may go to the same number (0: no cooldown). */
      resend_cooldown_seconds: z.int().min(0).max(3600).default(0),
      /** Different numbers one IP may send codes to (SMS pumping walks through many numbers). */
      distinct_numbers_per_ip: rateLimitSchema.default({ burst: 10, per_hour: 20 }),
    })
    .default({
      passwordless_start_per_ip: { burst: 50, per_hour: 50 },
      token_per_ip: { burst: 100, per_hour: 600 },
      passwordless_start_per_phone: { burst: 5, per_hour: 10 },
      resend_cooldown_seconds: 0,
      distinct_numbers_per_ip: { burst: 10, per_hour: 20 },
    }),
  /** How messages leave: Twilio and gateway settings, the custom provider, seeded phone providers and templates. */
  phone: phoneConfigSchema.default(defaultPhoneConfig),
  /**
   * What `GET /user/geoloc/country` answers (ISO 3166-1 alpha-2, Lock's default country); without
   * it, the region of the request's `accept-language`, else `US`. There is no IP database.
   */
  default_country: z
    .string()
    .regex(/^[A-Za-z]{2}$/, 'must be a two-letter country code')
    .transform((code) => code.toUpperCase())
    .optional(),
  /**
   * `GET/DELETE /dev/messages`: the outbox, for development. Anyone who reaches them reads every
   * code sent, so a configuration must ask for them; only the zero-configuration demo tenant
   * has them without asking.
   */
  dev_routes: z.boolean().default(false),
  /** Users created at start when their number has none yet (kept as they are otherwise). */
  users: z.array(seededUserSchema).max(10_000).default([]),
  /** Post-login Actions: modules run after every successful login (Node server only). */
  actions: actionsSchema,
});

export type ConfigInput = z.input<typeof configSchema>;
export type Config = z.output<typeof configSchema>;
export type ClientConfig = z.output<typeof clientSchema>;
export type { RefreshTokenSettings } from './client.ts';
export type ConnectionConfig = z.output<typeof connectionSchema>;
export type SmsOptions = z.output<typeof smsOptionsSchema>;
export type ClientGrantConfig = z.output<typeof clientGrantSchema>;
export type RateLimitConfig = z.output<typeof rateLimitSchema>;
