import type { AnswerHeaders } from './json-answer.ts';
import type { BackendCrypto } from './crypto/backend-crypto.ts';
import type { Config } from './config/schema.ts';
import type { Connection, Tenant } from './tenant/tenant.ts';
import type { Clock } from './clock.ts';
import type { Logger } from './logger.ts';
import type { TenantPhone } from './tenant/tenant-phone.ts';
import type { Dispatch } from './providers/select.ts';
import type { PhoneProvider } from './providers/types.ts';
import type { Store } from './store/types.ts';
import type { SigningKey } from './tokens/signing-key.ts';
import type { TokenSettings } from './tokens/tokens.ts';
import type { TemplateRenderer } from './templates/render.ts';
import type { PostLoginRunner } from './actions/post-login-event.ts';

/** What every route and service of one backend shares. */
export interface BackendContext {
  config: Config;
  store: Store;
  clock: Clock;
  logger: Logger;
  /** `https://<domain>/` (or the configured origin with a trailing slash). */
  issuer: string;
  tokenSettings: TokenSettings;
  signingKey(): Promise<SigningKey>;
  codeHashKey(): Promise<string>;
  /** Hashes, MACs and signatures: WebCrypto, or node:crypto where the door brings it. */
  crypto: BackendCrypto;
  /** The provider that delivers messages for a connection. */
  providerFor(connection: Connection): Promise<PhoneProvider>;
  /** Provider selection and the drivers of tenant phone providers. */
  dispatch: Dispatch;
  /** Tenant phone providers and phone templates (`/api/v2/branding/phone`). */
  phone: TenantPhone;
  /** Clients and connections, as the Management API may have changed them. */
  tenant: Tenant;
  /** The Management API's audience: `https://<domain>/api/v2/`. */
  managementAudience: string;
  /** Renders message templates (on worker threads in the Node server). */
  renderTemplate: TemplateRenderer;
  /** Runs the post-login Actions (on worker threads, given by the Node door); absent: none run. */
  postLoginRunner: PostLoginRunner | undefined;
}

/** Facts about the caller that do not travel in the request itself. */
export interface RequestInfo extends AnswerHeaders {
  ip: string;
  /** Whether the request came over TLS (so a cookie may be `Secure`). */
  secure: boolean;
}
