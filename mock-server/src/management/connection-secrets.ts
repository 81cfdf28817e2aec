import type { SmsOptions } from '../config/schema.ts';

/**
 * Provider credentials in a connection's options are write-only: responses leave them out, and a
 * PATCH that leaves them out keeps the stored ones (so reading a connection and writing it back,
 * as dashboards and the SDKs do, does not wipe them).
 */
export function withoutSecrets(options: SmsOptions): Record<string, unknown> {
  const { twilio_token: _twilioToken, gateway_authentication, ...rest } = options;
  if (!gateway_authentication) return rest;
  const { secret: _secret, ...authentication } = gateway_authentication;
  return { ...rest, gateway_authentication: authentication };
}

/** Fills the credentials a PATCH body's `options` left out from the stored options. */
export function keepStoredSecrets(options: unknown, stored: SmsOptions): unknown {
  if (options === null || typeof options !== 'object' || Array.isArray(options)) return options;
  const next = { ...(options as Record<string, unknown>) };
  if (next.twilio_token === undefined && stored.twilio_token !== undefined)
    next.twilio_token = stored.twilio_token;
  const authentication = next.gateway_authentication;
  if (
    authentication !== null &&
    typeof authentication === 'object' &&
    !Array.isArray(authentication) &&
    (authentication as Record<string, unknown>).secret === undefined &&
    stored.gateway_authentication?.secret !== undefined
  )
    next.gateway_authentication = {
      ...(authentication as Record<string, unknown>),
      secret: stored.gateway_authentication.secret,
      ...(stored.gateway_authentication.secret_base64_encoded !== undefined &&
      (authentication as Record<string, unknown>).secret_base64_encoded === undefined
        ? { secret_base64_encoded: stored.gateway_authentication.secret_base64_encoded }
        : {}),
    };
  return next;
}
