import type { BackendContext } from '../context.ts';
import {
  AUTHORIZATION_CODE_GRANT,
  IMPLICIT_GRANT,
  PASSWORDLESS_OTP_GRANT,
  REFRESH_TOKEN_GRANT,
} from '../config/schema.ts';

/** `GET /.well-known/openid-configuration`. */
export function openidConfiguration(context: BackendContext): Record<string, unknown> {
  const issuer = context.issuer;
  return {
    issuer,
    authorization_endpoint: `${issuer}authorize`,
    token_endpoint: `${issuer}oauth/token`,
    userinfo_endpoint: `${issuer}userinfo`,
    revocation_endpoint: `${issuer}oauth/revoke`,
    jwks_uri: `${issuer}.well-known/jwks.json`,
    end_session_endpoint: `${issuer}oidc/logout`,
    // Only what works: the authorization code flow with PKCE (S256), and the implicit response
    // types of auth0-js and Lock, in these response modes.
    response_types_supported: ['code', 'token', 'id_token', 'token id_token'],
    response_modes_supported: ['query', 'fragment', 'form_post', 'web_message'],
    code_challenge_methods_supported: ['S256'],
    subject_types_supported: ['public'],
    id_token_signing_alg_values_supported: ['RS256'],
    token_endpoint_auth_methods_supported: ['client_secret_post', 'none'],
    grant_types_supported: [
      AUTHORIZATION_CODE_GRANT,
      REFRESH_TOKEN_GRANT,
      PASSWORDLESS_OTP_GRANT,
      'client_credentials',
      IMPLICIT_GRANT,
    ],
    scopes_supported: ['openid', 'profile', 'phone', 'offline_access'],
    claims_supported: [
      'sub',
      'iss',
      'aud',
      'exp',
      'iat',
      'name',
      'nickname',
      'updated_at',
      'phone_number',
      'phone_number_verified',
      'nonce',
      'auth_time',
      'sid',
      'at_hash',
    ],
  };
}

/** `GET /.well-known/jwks.json`: the public half of the signing key. */
export async function jwks(context: BackendContext): Promise<Record<string, unknown>> {
  const key = await context.signingKey();
  return { keys: [key.publicJwk] };
}
