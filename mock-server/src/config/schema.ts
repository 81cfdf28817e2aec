import { z } from 'zod';
import { defaultPhoneConfig, phoneConfigSchema, providerUrlSchema } from './phone.ts';

/** The browser sign-in's grant: an authorization code (with PKCE) for tokens. */
export const AUTHORIZATION_CODE_GRANT = 'authorization_code';
/** The grant the widget and the SDKs use to trade a code for tokens. */
export const PASSWORDLESS_OTP_GRANT = 'http://auth0.com/oauth/grant-type/passwordless/otp';
export const REFRESH_TOKEN_GRANT = 'refresh_token';
export const CLIENT_CREDENTIALS_GRANT = 'client_credentials';

export const DEFAULT_TEMPLATE = 'Your verification code is: @@password@@';

const origin = z.string().refine((value) => {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.origin === value;
  } catch {
    return false;
  }
}, 'must be an origin such as https://app.example.com (scheme, host, optional port; no path)');

/**
 * Auth0's `refresh_token` client setting (times in seconds). `rotating`: every refresh answers a
 * new refresh token and spends the old one; a spent token presented again after `leeway` revokes
 * its whole family. `token_lifetime` counts from the login, `idle_token_lifetime` from the last
 * use; an `infinite_*` flag switches one off. Without `expiration_type`, rotating tokens expire
 * (Auth0 requires it) and non-rotating ones do not.
 */
export const refreshTokenSettingsSchema = z
  .strictObject({
    rotation_type: z.enum(['rotating', 'non-rotating']).default('non-rotating'),
    expiration_type: z.enum(['expiring', 'non-expiring']).optional(),
    leeway: z.int().min(0).max(86_400).default(0),
    token_lifetime: z.int().min(1).max(157_788_000).default(2_592_000),
    idle_token_lifetime: z.int().min(1).max(157_788_000).default(1_296_000),
    infinite_token_lifetime: z.boolean().default(false),
    infinite_idle_token_lifetime: z.boolean().default(false),
  })
  .refine(
    (settings) =>
      !(settings.rotation_type === 'rotating' && settings.expiration_type === 'non-expiring'),
    {
      path: ['expiration_type'],
      message: "rotating refresh tokens must expire: use expiration_type 'expiring'",
    },
  );

export const clientSchema = z.strictObject({
  client_id: z.string().min(1).max(128),
  name: z.string().min(1).max(255),
  /** Confidential clients have a secret and must send it. */
  client_secret: z.string().min(8).optional(),
  /** Origins allowed to call the Authentication API from a browser (CORS). */
  web_origins: z.array(origin).default([]),
  /** `client_credentials` also needs a `client_secret` and a client grant. */
  grant_types: z
    .array(z.string().min(1))
    .default([
      PASSWORDLESS_OTP_GRANT,
      AUTHORIZATION_CODE_GRANT,
      REFRESH_TOKEN_GRANT,
      'client_credentials',
    ]),
  /** Where `/authorize` may send the browser back (exact URLs, as Auth0 compares them). */
  callbacks: z
    .array(z.url({ protocol: /^https?$/ }).max(2048))
    .max(100)
    .default([]),
  /** Where `/v2/logout` may send the browser after signing out. */
  allowed_logout_urls: z
    .array(z.url({ protocol: /^https?$/ }).max(2048))
    .max(100)
    .default([]),
  metadata: z.record(z.string(), z.string()).default({}),
  /** Absent: refresh tokens neither rotate nor expire, as for a client Auth0's API creates. */
  refresh_token: refreshTokenSettingsSchema.optional(),
});

/** `options` of an sms connection: the keys and ranges of Auth0's Management API. */
export const smsOptionsSchema = z.strictObject({
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

/** Lets a confidential client get Management API tokens (`client_credentials`) with these scopes. */
export const clientGrantSchema = z.strictObject({
  client_id: z.string().min(1),
  /** `https://<domain>/api/v2/` is the only API this backend serves. */
  audience: z.string().min(1),
  scope: z.array(z.string().regex(/^[a-z_]+:[a-z_]+$/, 'scopes look like read:users')),
});

const rateLimitSchema = z.strictObject({
  /** Requests allowed at once (the bucket's size). */
  burst: z.int().min(1),
  /** Requests regained per hour. */
  per_hour: z.int().min(1),
});

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
  tokens: z
    .strictObject({
      access_token_lifetime: z.int().min(60).max(2_592_000).default(86_400),
      id_token_lifetime: z.int().min(60).max(2_592_000).default(36_000),
    })
    .default({ access_token_lifetime: 86_400, id_token_lifetime: 36_000 }),
  /** The browser's session with the hosted login page (Auth0's defaults: 3 days idle, 7 in all). */
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
  /** `GET/DELETE /dev/messages`: the outbox for development. Switch off anywhere real. */
  dev_routes: z.boolean().default(true),
});

export type ConfigInput = z.input<typeof configSchema>;
export type Config = z.output<typeof configSchema>;
export type ClientConfig = z.output<typeof clientSchema>;
export type RefreshTokenSettings = z.output<typeof refreshTokenSettingsSchema>;
export type ConnectionConfig = z.output<typeof connectionSchema>;
export type SmsOptions = z.output<typeof smsOptionsSchema>;
export type ClientGrantConfig = z.output<typeof clientGrantSchema>;
export type RateLimitConfig = z.output<typeof rateLimitSchema>;
