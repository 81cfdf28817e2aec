import { z } from 'zod';

/** Access tokens for an API are signed as the id tokens are: RS256, published in the JWKS. */
export const SIGNING_ALGORITHMS = ['RS256'] as const;

export const resourceServerScopeSchema = z.strictObject({
  /** A scope travels in space-separated lists, so it has no spaces. */
  value: z.string().min(1).max(280).regex(/^\S+$/, 'a scope has no spaces, such as read:orders'),
  description: z.string().max(500).optional(),
});

export type ResourceServerScope = z.output<typeof resourceServerScopeSchema>;

export const resourceServerScopesSchema = z
  .array(resourceServerScopeSchema)
  .max(1000)
  .refine(
    (scopes) => new Set(scopes.map((scope) => scope.value)).size === scopes.length,
    'each scope value is listed once',
  );

/** The settings of an API (Auth0's resource server) that a configuration or a PATCH may give. */
export const resourceServerSettingsSchema = z.strictObject({
  /** Shown in the dashboard; Auth0 refuses `<` and `>`. */
  name: z
    .string()
    .min(1)
    .max(200)
    .regex(/^[^<>]+$/, 'cannot contain < or >'),
  signing_alg: z.enum(SIGNING_ALGORITHMS),
  scopes: resourceServerScopesSchema,
  /** Seconds an access token for this API is valid; Auth0's default is a day. */
  token_lifetime: z.int().min(0).max(2_592_000),
  /** Whether a sign-in with `offline_access` gets a refresh token for this API. */
  allow_offline_access: z.boolean(),
  skip_consent_for_verifiable_first_party_clients: z.boolean(),
});

/** An API as the configuration and `POST /resource-servers` give it: only `identifier` is required. */
export const resourceServerSchema = resourceServerSettingsSchema
  .partial()
  .extend({
    /** The `audience` apps ask tokens for; unique and fixed once set. */
    identifier: z.string().min(1).max(600),
  })
  .transform((input) => ({
    identifier: input.identifier,
    name: input.name ?? input.identifier,
    signing_alg: input.signing_alg ?? 'RS256',
    scopes: input.scopes ?? [],
    token_lifetime: input.token_lifetime ?? 86_400,
    allow_offline_access: input.allow_offline_access ?? false,
    skip_consent_for_verifiable_first_party_clients:
      input.skip_consent_for_verifiable_first_party_clients ?? true,
  }));

export type ResourceServerConfig = z.output<typeof resourceServerSchema>;
