import { AuthApiError, parseRetryAfter } from './auth-api-error.js';

/** Where and as whom the widget talks to an Auth0-compatible Authentication API. */
export interface AuthClientOptions {
  /** `tenant.example.com` (https is implied) or a full origin such as `http://localhost:8787`. */
  domain: string;
  clientId: string;
  /** The passwordless connection, usually `sms`. */
  connection: string;
}

/** The token endpoint's answer, as Auth0 sends it. */
export interface TokenResponse {
  access_token: string;
  id_token?: string;
  refresh_token?: string;
  token_type: string;
  expires_in: number;
  scope?: string;
}

export const PASSWORDLESS_OTP_GRANT = 'http://auth0.com/oauth/grant-type/passwordless/otp';

/** `tenant.example.com` → `https://tenant.example.com`; full URLs are kept (without a trailing /). */
export function baseUrlOf(domain: string): string {
  const trimmed = domain.trim().replace(/\/+$/, '');
  return /^https?:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;
}

async function post(
  url: string,
  body: unknown,
  headers: Record<string, string>,
  signal?: AbortSignal,
) {
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
      signal,
    });
  } catch (cause) {
    if (signal?.aborted) throw cause;
    throw new AuthApiError(
      0,
      'network_error',
      cause instanceof Error ? cause.message : String(cause),
    );
  }
  let payload: Record<string, unknown> = {};
  try {
    payload = (await response.json()) as Record<string, unknown>;
  } catch {
    // an empty or non-JSON body: judged by the status alone
  }
  if (!response.ok) {
    throw new AuthApiError(
      response.status,
      typeof payload.error === 'string' ? payload.error : 'unknown_error',
      typeof payload.error_description === 'string'
        ? payload.error_description
        : typeof payload.message === 'string'
          ? payload.message
          : `HTTP ${response.status}`,
      parseRetryAfter(response.headers.get('retry-after')),
    );
  }
  return payload;
}

/** `POST /passwordless/start`: texts a code to `phoneNumber` (E.164) in `language`. */
export async function startPasswordless(
  options: AuthClientOptions,
  phoneNumber: string,
  language: string,
  authParams?: Record<string, string>,
  signal?: AbortSignal,
): Promise<void> {
  await post(
    `${baseUrlOf(options.domain)}/passwordless/start`,
    {
      client_id: options.clientId,
      connection: options.connection,
      phone_number: phoneNumber,
      send: 'code',
      ...(authParams && Object.keys(authParams).length ? { authParams } : {}),
    },
    { 'x-request-language': language },
    signal,
  );
}

/** `POST /oauth/token` with the passwordless OTP grant: trades the code for tokens. */
export async function exchangeCode(
  options: AuthClientOptions,
  request: { phoneNumber: string; code: string; scope: string; audience?: string | undefined },
  signal?: AbortSignal,
): Promise<TokenResponse> {
  return (await post(
    `${baseUrlOf(options.domain)}/oauth/token`,
    {
      grant_type: PASSWORDLESS_OTP_GRANT,
      client_id: options.clientId,
      username: request.phoneNumber,
      otp: request.code,
      realm: options.connection,
      scope: request.scope,
      ...(request.audience ? { audience: request.audience } : {}),
    },
    {},
    signal,
  )) as unknown as TokenResponse;
}
