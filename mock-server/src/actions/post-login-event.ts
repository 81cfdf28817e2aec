import type { ActionModule } from '../config/actions.ts';

/**
 * What a post-login Action's `onExecutePostLogin(event, api)` gets as `event`: the part of Auth0's
 * event this backend knows, with Auth0's names.
 */
export interface PostLoginEvent {
  user: {
    user_id: string;
    phone_number: string;
    phone_verified: boolean;
    name: string;
    nickname: string;
    picture: string | null;
    created_at: string;
    updated_at: string;
    last_login: string | null;
    logins_count: number;
    blocked: boolean;
    identities: { user_id: string; provider: 'sms'; connection: string; isSocial: false }[];
    app_metadata: Record<string, unknown>;
    user_metadata: Record<string, unknown>;
  };
  connection: { id: string; name: string; strategy: 'sms'; metadata: Record<string, string> };
  client: { client_id: string; name: string; metadata: Record<string, string> };
  request: {
    ip: string;
    hostname: string;
    method: string;
    user_agent: string | null;
    /** The visitor's language (`x-request-language`, else `accept-language`), if known. */
    language: string | null;
    /** There is no IP database: the tenant's `default_country`, if it has one. */
    geoip: { countryCode?: string };
  };
  transaction: {
    /** `oauth2-resource-owner` (the OTP grant), `oidc-basic-profile` (a code), `oidc-implicit-profile`, `oauth2-refresh-token`. */
    protocol: string;
    requested_scopes: string[];
    redirect_uri?: string;
    response_mode?: string;
    response_type?: string[];
    state?: string;
    ui_locales: string[];
  };
  resource_server?: { identifier: string };
  authentication: { methods: { name: 'sms'; timestamp: string }[] };
  stats: { logins_count: number };
  tenant: { id: string };
  /** The Action's own secrets from the configuration (filled in per Action). */
  secrets: Record<string, string>;
}

/** What the Actions of one login asked for, in order; `null` metadata values remove a key. */
export interface PostLoginChanges {
  idTokenClaims: Record<string, unknown>;
  accessTokenClaims: Record<string, unknown>;
  appMetadata: Record<string, unknown>;
  userMetadata: Record<string, unknown>;
}

export type PostLoginOutcome =
  | { kind: 'continue'; changes: PostLoginChanges }
  /** `api.access.deny(reason)`: the login fails with the reason; later Actions do not run. */
  | { kind: 'denied'; action: string; reason: string }
  /** The Action threw, ran past its time or could not be loaded: `reason` says which. */
  | { kind: 'failed'; action: string; reason: string };

/** Runs a login's Actions in order, each isolated and under `timeoutMs`. */
export interface PostLoginRunner {
  run(actions: ActionModule[], event: PostLoginEvent, timeoutMs: number): Promise<PostLoginOutcome>;
  close?(): Promise<void>;
}
