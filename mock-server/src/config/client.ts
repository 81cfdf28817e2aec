import { z } from 'zod';
import { applicationUrlSchema, originSchema } from './urls.ts';

/** The grant the widget and the SDKs use to trade a code for tokens. */
export const PASSWORDLESS_OTP_GRANT = 'http://auth0.com/oauth/grant-type/passwordless/otp';
export const REFRESH_TOKEN_GRANT = 'refresh_token';
export const CLIENT_CREDENTIALS_GRANT = 'client_credentials';
/** The hosted login page's grant: `/authorize` answers a code, `/oauth/token` trades it. */
export const AUTHORIZATION_CODE_GRANT = 'authorization_code';
/** `/authorize` answering tokens in the fragment or a web message (auth0-js, Lock). */
export const IMPLICIT_GRANT = 'implicit';

/** Auth0's application types that a passwordless tenant has a use for. */
export const APP_TYPES = ['spa', 'native', 'regular_web', 'non_interactive'] as const;
export type AppType = (typeof APP_TYPES)[number];

/** How a client authenticates at `/oauth/token`; `none` is a public client (no secret). */
export const TOKEN_ENDPOINT_AUTH_METHODS = [
  'none',
  'client_secret_post',
  'client_secret_basic',
] as const;
export type TokenEndpointAuthMethod = (typeof TOKEN_ENDPOINT_AUTH_METHODS)[number];

/** Auth0's upper bound for a refresh token's lifetimes (five years, in seconds). */
const MAX_REFRESH_LIFETIME = 157_788_000;

/**
 * `refresh_token` as Auth0 has it. The lifetimes left out get Auth0's values: those of a browser
 * app with rotation (30 days absolute, 15 idle) when the tokens expire, those of a legacy
 * client (one year, 30 days, both infinite) when they do not.
 */
export const refreshTokenSchema = z
  .strictObject({
    rotation_type: z.enum(['rotating', 'non-rotating']),
    expiration_type: z.enum(['expiring', 'non-expiring']),
    /** Seconds during which the previous refresh token still works after a rotation. */
    leeway: z.int().min(0).max(MAX_REFRESH_LIFETIME).optional(),
    token_lifetime: z.int().min(1).max(MAX_REFRESH_LIFETIME).optional(),
    infinite_token_lifetime: z.boolean().optional(),
    idle_token_lifetime: z.int().min(1).max(MAX_REFRESH_LIFETIME).optional(),
    infinite_idle_token_lifetime: z.boolean().optional(),
  })
  .refine(
    (settings) =>
      !(settings.rotation_type === 'rotating' && settings.expiration_type === 'non-expiring'),
    {
      path: ['expiration_type'],
      message: "rotating refresh tokens must expire: use expiration_type 'expiring'",
    },
  )
  .transform((settings) => {
    const expiring = settings.expiration_type === 'expiring';
    return {
      rotation_type: settings.rotation_type,
      expiration_type: settings.expiration_type,
      leeway: settings.leeway ?? 0,
      token_lifetime: settings.token_lifetime ?? (expiring ? 2_592_000 : 31_557_600),
      infinite_token_lifetime: settings.infinite_token_lifetime ?? !expiring,
      idle_token_lifetime: settings.idle_token_lifetime ?? (expiring ? 1_296_000 : 2_592_000),
      infinite_idle_token_lifetime: settings.infinite_idle_token_lifetime ?? !expiring,
    };
  });

export type RefreshTokenSettings = z.output<typeof refreshTokenSchema>;

/**
 * What a client gets without `refresh_token`: rotation for a declared single-page app (Auth0's
 * setting for browser apps), and otherwise tokens that neither rotate nor expire (Auth0's
 * default for a new client, and how this backend's refresh tokens always behaved).
 */
export function defaultRefreshToken(appType: AppType | undefined): RefreshTokenSettings {
  return refreshTokenSchema.parse(
    appType === 'spa'
      ? { rotation_type: 'rotating', expiration_type: 'expiring' }
      : { rotation_type: 'non-rotating', expiration_type: 'non-expiring' },
  );
}

/** A client lists at most this many URLs of each kind. */
export const MAX_LISTED_URLS = 100;
const urlList = z.array(applicationUrlSchema).max(MAX_LISTED_URLS);

/** The fields of a client, as the configuration and the Management API write them. */
export const clientFieldsSchema = z.strictObject({
  client_id: z.string().min(1).max(128),
  name: z.string().min(1).max(255),
  /** Confidential clients have a secret and must send it. */
  client_secret: z.string().min(8).optional(),
  /** Origins allowed to call the Authentication API from a browser (CORS) and to get web messages. */
  web_origins: z.array(originSchema).max(MAX_LISTED_URLS).default([]),
  /** `client_credentials` also needs a `client_secret` and a client grant. */
  grant_types: z
    .array(z.string().min(1))
    .default([
      PASSWORDLESS_OTP_GRANT,
      REFRESH_TOKEN_GRANT,
      CLIENT_CREDENTIALS_GRANT,
      AUTHORIZATION_CODE_GRANT,
      IMPLICIT_GRANT,
    ]),
  metadata: z.record(z.string(), z.string()).default({}),
  /** Where `/authorize` may send the browser back (`redirect_uri`), matched exactly. */
  callbacks: urlList.default([]),
  /** Where `/v2/logout` may send the browser (`returnTo`), matched exactly. */
  allowed_logout_urls: urlList.default([]),
  /** More origins allowed to call the Authentication API from JavaScript (CORS), by origin. */
  allowed_origins: urlList.default([]),
  /** Without it: `non_interactive` for a client with a secret, `spa` for one without. */
  app_type: z.enum(APP_TYPES).optional(),
  /** Without it: `client_secret_post` for a client with a secret, `none` for one without. */
  token_endpoint_auth_method: z.enum(TOKEN_ENDPOINT_AUTH_METHODS).optional(),
  /** Auth0's default for new applications: first party (no consent screen). */
  is_first_party: z.boolean().default(true),
  /** The backend always behaves as an OIDC-conformant Auth0 application. */
  oidc_conformant: z.boolean().default(true),
  /** Auth0's "Allow Cross-Origin Authentication": off for new applications. */
  cross_origin_authentication: z.boolean().default(false),
  /**
   * Auth0's "Cross-Origin Verification Fallback": a page of the app that calls auth0-js
   * `crossOriginVerification()`, for browsers that drop the cookie `/co/authenticate` sets.
   */
  cross_origin_loc: applicationUrlSchema.optional(),
  refresh_token: refreshTokenSchema.optional(),
});

type ClientFields = z.output<typeof clientFieldsSchema>;

/** Why a client's authentication method does not fit its secret, if it does not. */
export function authMethodProblem(
  method: TokenEndpointAuthMethod | undefined,
  hasSecret: boolean,
): string | undefined {
  if (method === undefined) return undefined;
  if (method === 'none' && hasSecret)
    return 'a client with a client_secret authenticates with client_secret_post or client_secret_basic';
  if (method !== 'none' && !hasSecret) return `${method} needs a client_secret`;
  return undefined;
}

/** Fills in what a client's settings leave to their defaults. */
export function withClientDefaults(client: ClientFields) {
  const confidential = client.client_secret !== undefined;
  return {
    ...client,
    app_type: client.app_type ?? (confidential ? 'non_interactive' : 'spa'),
    token_endpoint_auth_method:
      client.token_endpoint_auth_method ?? (confidential ? 'client_secret_post' : 'none'),
    refresh_token: client.refresh_token ?? defaultRefreshToken(client.app_type),
  } satisfies ClientFields;
}

/** A client with every default filled in: what the tenant stores and the routes read. */
export const clientSchema = clientFieldsSchema
  .superRefine((client, context) => {
    const problem = authMethodProblem(
      client.token_endpoint_auth_method,
      client.client_secret !== undefined,
    );
    if (problem)
      context.addIssue({ code: 'custom', path: ['token_endpoint_auth_method'], message: problem });
  })
  .transform(withClientDefaults);
