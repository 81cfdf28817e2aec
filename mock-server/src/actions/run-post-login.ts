import { postLoginActions } from '../config/actions.ts';
import type { BackendContext, RequestInfo } from '../context.ts';
import { AuthError } from '../errors.ts';
import { negotiateRequestLanguage } from '../http/language.ts';
import type { StoredUser } from '../store/types.ts';
import { publicUser } from '../users/users.ts';
import type { Client } from '../tenant/tenant.ts';
import type { CustomClaims } from '../tokens/tokens.ts';
import type { PostLoginChanges, PostLoginEvent } from './post-login-event.ts';
import { isRestrictedClaim } from './restricted-claims.ts';

/** Auth0's limit on all the custom claims of one login, as JSON. */
const MAX_CLAIMS_BYTES = 100 * 1024;

/** The login the Actions are told about. */
export interface PostLogin {
  user: StoredUser;
  client: Client;
  request: Request;
  info: RequestInfo;
  transaction: {
    protocol: string;
    scope: string;
    audience?: string | undefined;
    redirectUri?: string;
    responseMode?: string;
    responseType?: string;
    state?: string | undefined;
    uiLocales?: string | undefined;
  };
}

/** What a login carries on after its Actions: the user as they left it, the claims they added. */
export interface AfterPostLogin {
  user: StoredUser;
  claims: CustomClaims;
}

/** `api.access.deny`, a thrown error or an overrun: the login fails, as Auth0's does. */
export class PostLoginRefusal extends AuthError {
  constructor(description: string) {
    super(403, 'access_denied', description);
  }
}

async function eventFor(context: BackendContext, login: PostLogin): Promise<PostLoginEvent> {
  const { user, client, request, info, transaction } = login;
  const connection = await context.tenant.findConnection(user.connection);
  const url = new URL(request.url);
  const country = context.config.default_country;
  return {
    // The user as the Management API shows it, which is what Auth0's event carries too.
    user: publicUser(user) as PostLoginEvent['user'],
    connection: {
      id: connection?.id ?? '',
      name: user.connection,
      strategy: 'sms',
      metadata: {},
    },
    client: { client_id: client.client_id, name: client.name, metadata: client.metadata },
    request: {
      ip: info.ip,
      hostname: url.hostname,
      method: request.method,
      user_agent: request.headers.get('user-agent')?.slice(0, 512) ?? null,
      language: negotiateRequestLanguage(request.headers),
      geoip: country ? { countryCode: country } : {},
    },
    transaction: {
      protocol: transaction.protocol,
      requested_scopes: transaction.scope.split(' ').filter(Boolean),
      ...(transaction.redirectUri ? { redirect_uri: transaction.redirectUri } : {}),
      ...(transaction.responseMode ? { response_mode: transaction.responseMode } : {}),
      ...(transaction.responseType ? { response_type: transaction.responseType.split(' ') } : {}),
      ...(transaction.state ? { state: transaction.state } : {}),
      ui_locales: transaction.uiLocales?.split(' ').filter(Boolean) ?? [],
    },
    ...(transaction.audience ? { resource_server: { identifier: transaction.audience } } : {}),
    authentication: {
      methods: [{ name: 'sms', timestamp: user.last_login ?? new Date().toISOString() }],
    },
    stats: { logins_count: user.logins_count },
    tenant: { id: new URL(context.issuer).hostname.split('.')[0] ?? 'tenant' },
    secrets: {},
  };
}

/** The claims an Action may set; the others are left out with a warning, as Auth0 ignores them. */
function allowedClaims(
  context: BackendContext,
  claims: Record<string, unknown>,
  token: 'id_token' | 'access_token',
): Record<string, unknown> {
  const allowed: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(claims)) {
    if (isRestrictedClaim(name))
      context.logger.warn('action_claim_ignored', { claim: name, token });
    else if (value !== undefined) allowed[name] = value;
  }
  return allowed;
}

const nonEmpty = (changes: Record<string, unknown>) =>
  Object.keys(changes).length ? changes : undefined;

async function applyMetadata(
  context: BackendContext,
  user: StoredUser,
  changes: PostLoginChanges,
): Promise<StoredUser> {
  const app = nonEmpty(changes.appMetadata);
  const own = nonEmpty(changes.userMetadata);
  if (!app && !own) return user;
  const updated = await context.store.updateUser(
    user.user_id,
    { ...(app ? { app_metadata: app } : {}), ...(own ? { user_metadata: own } : {}) },
    new Date(context.clock.now()).toISOString(),
  );
  return typeof updated === 'object' ? updated : user;
}

/**
 * Runs the tenant's post-login Actions for a login that has succeeded so far, before any token,
 * code or session is handed out. Resolves to the user (with the metadata the Actions set, saved)
 * and the claims for its tokens; a denial or a failing Action rejects with `PostLoginRefusal`,
 * and then nothing the Actions asked for is kept.
 */
export async function runPostLoginActions(
  context: BackendContext,
  login: PostLogin,
): Promise<AfterPostLogin> {
  const actions = postLoginActions(context.config.actions);
  if (!actions.length || !context.postLoginRunner)
    return { user: login.user, claims: { idToken: {}, accessToken: {} } };
  const outcome = await context.postLoginRunner.run(
    actions,
    await eventFor(context, login),
    context.config.actions.timeout_ms,
  );
  const logFields = { client_id: login.client.client_id, user_id: login.user.user_id };
  if (outcome.kind === 'denied') {
    context.logger.info('action_denied_login', { action: outcome.action, ...logFields });
    throw new PostLoginRefusal(outcome.reason);
  }
  if (outcome.kind === 'failed') {
    context.logger.error('action_failed', {
      action: outcome.action,
      reason: outcome.reason,
      ...logFields,
    });
    throw new PostLoginRefusal(`The post-login Action "${outcome.action}" ${outcome.reason}`);
  }
  const { changes } = outcome;
  const claims: CustomClaims = {
    idToken: allowedClaims(context, changes.idTokenClaims, 'id_token'),
    accessToken: allowedClaims(context, changes.accessTokenClaims, 'access_token'),
  };
  if (JSON.stringify(claims).length > MAX_CLAIMS_BYTES)
    throw new PostLoginRefusal('The custom claims of the post-login Actions exceed 100 KB');
  const user = await applyMetadata(context, login.user, changes);
  return { user, claims };
}
