import { SignJWT } from 'jose';
import { AuthError } from '../errors.ts';
import { postToProvider } from './http-call.ts';
import type { PhoneMessage, PhoneProvider } from './types.ts';

export interface GatewayAuthentication {
  method: 'bearer';
  subject?: string | undefined;
  audience: string;
  /** The HS256 key. Never logged, never returned. */
  secret: string;
  /** The secret is base64url (or base64) text of the key's bytes. */
  secret_base64_encoded?: boolean | undefined;
}

export interface SmsGatewayProviderOptions {
  /** `gateway_url` of the connection. */
  url: string;
  authentication?: GatewayAuthentication | undefined;
  /** Adds `req: {ip, "user-agent"}` to the payload (`forward_req_info`). */
  forwardRequestInfo: boolean;
  /** Auth0 waits 30 s. */
  timeoutMs: number;
  allowInsecureLoopback: boolean;
  /** Seconds since the epoch, for the token's `iat` and `exp`. */
  nowSeconds: () => number;
  fetch?: typeof fetch;
}

/** How long the gateway's token is valid. */
const TOKEN_LIFETIME_SECONDS = 60;

const providerError = (description: string) =>
  new AuthError(400, 'sms_provider_error', description);

export function gatewayKey(authentication: GatewayAuthentication): Uint8Array {
  if (!authentication.secret_base64_encoded) return new TextEncoder().encode(authentication.secret);
  const base64 = authentication.secret.replace(/-/g, '+').replace(/_/g, '/').replace(/=+$/, '');
  const padded = base64 + '='.repeat((4 - (base64.length % 4)) % 4);
  return Uint8Array.from(atob(padded), (character) => character.charCodeAt(0));
}

async function bearerToken(options: SmsGatewayProviderOptions, auth: GatewayAuthentication) {
  const now = options.nowSeconds();
  const token = new SignJWT({})
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setAudience(auth.audience)
    .setIssuedAt(now)
    .setExpirationTime(now + TOKEN_LIFETIME_SECONDS);
  if (auth.subject) token.setSubject(auth.subject);
  return token.sign(gatewayKey(auth));
}

function payloadOf(message: PhoneMessage, forwardRequestInfo: boolean): Record<string, unknown> {
  const payload: Record<string, unknown> = {
    recipient: message.to,
    body: message.text,
    sender: message.from,
  };
  if (forwardRequestInfo && message.origin.request)
    payload.req = {
      ip: message.origin.request.ip,
      'user-agent': message.origin.request.user_agent,
    };
  return payload;
}

/** The legacy custom SMS gateway of a connection: one JSON POST per message. */
export function createSmsGatewayProvider(options: SmsGatewayProviderOptions): PhoneProvider {
  return {
    name: 'sms_gateway',
    // The gateway payload has no delivery method: it only sends text.
    deliveryMethods: ['text'],
    async send(message) {
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (options.authentication)
        headers.authorization = `Bearer ${await bearerToken(options, options.authentication)}`;
      const outcome = await postToProvider(
        options.url,
        { headers, body: JSON.stringify(payloadOf(message, options.forwardRequestInfo)) },
        options,
      );
      switch (outcome.kind) {
        case 'timeout':
          throw providerError(`Timeout while calling the SMS gateway: ${options.timeoutMs}`);
        case 'unreachable':
          throw providerError('Unexpected response while calling the SMS gateway: unreachable');
        case 'insecure_url':
          throw providerError('The SMS gateway URL must use https');
      }
      if (outcome.status === 401)
        throw providerError('Authentication failed while calling the SMS gateway: 401');
      if (outcome.status < 200 || outcome.status >= 300)
        throw providerError(`Unexpected response while calling the SMS gateway: ${outcome.status}`);
      return { provider: 'sms_gateway', response: { status: outcome.status } };
    },
  };
}
