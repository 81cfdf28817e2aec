import type { Client } from '../tenant/tenant.ts';
import { grantableUserScope } from '../tokens/user-scopes.ts';

export type ResponseMode = 'query' | 'fragment' | 'form_post' | 'web_message';
/**
 * The response types answered: the code flow, and the implicit ones auth0-js and Lock ask for
 * (normalised: `id_token token` is `token id_token`).
 */
export const RESPONSE_TYPES = ['code', 'token', 'id_token', 'token id_token'] as const;
export type ResponseType = (typeof RESPONSE_TYPES)[number];

/** What an app asked `/authorize` for, once checked. */
export interface AuthorizationRequest {
  clientId: string;
  redirectUri: string;
  responseType: ResponseType;
  responseMode: ResponseMode;
  scope: string;
  state?: string;
  nonce?: string;
  codeChallenge?: string;
  codeChallengeMethod?: 'S256';
  connection?: string;
  audience?: string;
  prompt?: 'none' | 'login';
  /** Seconds since the last sign-in beyond which the visitor must sign in again. */
  maxAge?: number;
  uiLocales?: string;
  loginHint?: string;
}

/**
 * Errors before the app's `redirect_uri` is trusted: shown on a page of ours, never redirected
 * (RFC 6749 §4.1.2.1).
 */
export class AuthorizePageError extends Error {
  constructor(
    readonly error: string,
    readonly description: string,
  ) {
    super(description);
  }
}

/** Errors sent back to the app, in the response mode it asked for. */
export class AuthorizeRedirectError extends Error {
  constructor(
    readonly error: string,
    readonly description: string,
  ) {
    super(description);
  }
}

const MAX = { id: 128, uri: 2048, text: 1024, state: 2048 } as const;

function single(query: URLSearchParams, name: string, max: number): string | undefined {
  const values = query.getAll(name);
  if (values.length > 1)
    throw new AuthorizeRedirectError('invalid_request', `Duplicate parameter: ${name}`);
  const value = values[0];
  if (value === undefined || value === '') return undefined;
  if (value.length > max)
    throw new AuthorizeRedirectError('invalid_request', `Parameter too long: ${name}`);
  return value;
}

/** The client and its `redirect_uri`, checked first: until both hold, errors stay on our page. */
export async function checkClientAndRedirect(
  query: URLSearchParams,
  findClient: (id: string) => Promise<Client | undefined>,
): Promise<{ client: Client; redirectUri: string }> {
  const clientId = query.get('client_id');
  if (!clientId || clientId.length > MAX.id)
    throw new AuthorizePageError('invalid_request', 'Missing required parameter: client_id');
  const client = await findClient(clientId);
  if (!client) throw new AuthorizePageError('invalid_request', 'Unknown client.');
  const redirectUri = query.get('redirect_uri') ?? '';
  if (!redirectUri)
    throw new AuthorizePageError('invalid_request', 'Missing required parameter: redirect_uri');
  if (!client.callbacks.includes(redirectUri))
    throw new AuthorizePageError(
      'invalid_request',
      `The redirect_uri "${redirectUri.slice(0, MAX.uri)}" is not in the list of allowed callback URLs of the application.`,
    );
  return { client, redirectUri };
}

const MODES: readonly ResponseMode[] = ['query', 'fragment', 'form_post', 'web_message'];

/** `token id_token` in either order; anything not answered is `undefined`. */
function normaliseResponseType(asked: string | undefined): ResponseType | undefined {
  if (asked === undefined) return undefined;
  const parts = asked
    .split(' ')
    .filter(Boolean)
    .sort((a, b) => b.localeCompare(a));
  const joined = parts.join(' ');
  return RESPONSE_TYPES.find((type) => type === joined);
}

/** The rest of the request; errors from here on go back to the app. */
export function readAuthorizationRequest(
  query: URLSearchParams,
  clientId: string,
  redirectUri: string,
): AuthorizationRequest {
  const mode = single(query, 'response_mode', 32);
  const responseType = normaliseResponseType(single(query, 'response_type', 64));
  const implicit = responseType !== undefined && responseType !== 'code';
  const request: AuthorizationRequest = {
    clientId,
    redirectUri,
    responseType: responseType ?? 'code',
    // Tokens never travel in a query (OAuth 2.0 Multiple Response Types §2.1): fragment by default.
    responseMode:
      mode && MODES.includes(mode as ResponseMode)
        ? (mode as ResponseMode)
        : implicit
          ? 'fragment'
          : 'query',
    scope: grantableUserScope(single(query, 'scope', MAX.text) ?? 'openid'),
    state: single(query, 'state', MAX.state),
  };
  if (mode && !MODES.includes(mode as ResponseMode))
    throw new AuthorizeRedirectError('invalid_request', `Unsupported response_mode: ${mode}`);
  const asked = query.get('response_type');
  if (!asked)
    throw new AuthorizeRedirectError(
      'invalid_request',
      'Missing required parameter: response_type',
    );
  if (!responseType)
    throw new AuthorizeRedirectError(
      'unsupported_response_type',
      `Unsupported response type: ${asked.slice(0, 64)}`,
    );
  if (implicit && request.responseMode === 'query')
    throw new AuthorizeRedirectError(
      'invalid_request',
      `response_mode query is not allowed with response_type ${responseType}`,
    );
  request.nonce = single(query, 'nonce', MAX.text);
  // OpenID Connect Core §3.2.2.1: an id token from the authorization endpoint needs a nonce.
  if (responseType.includes('id_token') && request.nonce === undefined)
    throw new AuthorizeRedirectError('invalid_request', 'Missing required parameter: nonce');
  const challenge = single(query, 'code_challenge', 128);
  const method = single(query, 'code_challenge_method', 16);
  if (challenge) {
    if ((method ?? 'plain') !== 'S256')
      throw new AuthorizeRedirectError(
        'invalid_request',
        'Unsupported code_challenge_method: only S256 is supported.',
      );
    if (!/^[A-Za-z0-9_-]{43}$/.test(challenge))
      throw new AuthorizeRedirectError('invalid_request', 'Invalid code_challenge.');
    request.codeChallenge = challenge;
    request.codeChallengeMethod = 'S256';
  } else if (method)
    throw new AuthorizeRedirectError(
      'invalid_request',
      'Missing required parameter: code_challenge',
    );
  request.connection = single(query, 'connection', MAX.id);
  request.audience = single(query, 'audience', MAX.uri);
  const prompt = single(query, 'prompt', 64);
  if (prompt !== undefined) {
    if (prompt !== 'none' && prompt !== 'login')
      throw new AuthorizeRedirectError('invalid_request', `Unsupported prompt: ${prompt}`);
    request.prompt = prompt;
  }
  const maxAge = single(query, 'max_age', 16);
  if (maxAge !== undefined) {
    if (!/^\d{1,10}$/.test(maxAge))
      throw new AuthorizeRedirectError('invalid_request', 'Invalid max_age: a number of seconds.');
    request.maxAge = Number(maxAge);
  }
  request.uiLocales = single(query, 'ui_locales', 256);
  request.loginHint = single(query, 'login_hint', 64);
  return request;
}
