import { Hono } from 'hono';
import { RegExpRouter } from 'hono/router/reg-exp-router';
import { cors } from 'hono/cors';
import { getPath } from 'hono/utils/url';
import { systemClock, type Clock } from './clock.ts';
import { ConfigError, parseConfig } from './config/parse.ts';
import { issuerOf, type ConfigInput } from './config/schema.ts';
import type { BackendContext, RequestInfo } from './context.ts';
import { AuthError, internalError, storeUnavailable } from './errors.ts';
import { StoreUnavailableError } from './store/store-unavailable.ts';
import { silentLogger, type Logger } from './logger.ts';
import { managementUnavailable, ManagementError, notFound } from './management/errors.ts';
import { createCodeHashKeyring } from './otp/code.ts';
import { createTenantPhone } from './tenant/tenant-phone.ts';
import { createActionCache } from './providers/action-cache.ts';
import { createDispatch, type ModuleLoader } from './providers/select.ts';
import { clearMessages, listMessages } from './routes/dev-messages.ts';
import { jwks, openidConfiguration } from './routes/discovery.ts';
import { createManagementApi, type ManagementRoutes } from './routes/management/router.ts';
import { actionRoutes } from './routes/management/actions.ts';
import { attackProtectionRoutes } from './routes/management/attack-protection.ts';
import { brandingRoutes } from './routes/management/branding.ts';
import { allowFramingBy } from './login/framing.ts';
import { brandingThemeRoutes } from './routes/management/branding-themes.ts';
import { clientGrantRoutes } from './routes/management/client-grants.ts';
import { clientRoutes } from './routes/management/clients.ts';
import { connectionRoutes } from './routes/management/connections.ts';
import { phoneProviderRoutes } from './routes/management/phone-providers.ts';
import { phoneTemplateRoutes } from './routes/management/phone-templates.ts';
import { promptRoutes } from './routes/management/prompts.ts';
import { resourceServerRoutes } from './routes/management/resource-servers.ts';
import { tenantSettingsRoutes } from './routes/management/tenant-settings.ts';
import { unmodeledRoutes } from './routes/management/unmodeled.ts';
import { userRoutes } from './routes/management/users.ts';
import { oauthRevoke } from './routes/oauth-revoke.ts';
import { oauthToken } from './routes/oauth-token.ts';
import { passwordlessStart } from './routes/passwordless-start.ts';
import { userinfo } from './routes/userinfo.ts';
import { authorize } from './routes/authorize.ts';
import {
  hostedLoginAsset,
  hostedLoginComplete,
  hostedLoginPage,
  hostedLoginStart,
  hostedLoginVerify,
  type WidgetAssetLoader,
} from './routes/hosted-login.ts';
import { logout } from './routes/logout.ts';
import { clientScript } from './routes/client-script.ts';
import { coAuthenticate, coAuthenticatePreflight } from './routes/co-authenticate.ts';
import { coVerify } from './routes/co-verify.ts';
import { userCountry } from './routes/user-country.ts';
import { createMemoryStore } from './store/memory.ts';
import type { Store } from './store/types.ts';
import { renderMessage, type TemplateRenderer } from './templates/render.ts';
import { checkConfiguredTemplates } from './templates/configured-templates.ts';
import { CORS_EXPOSED_HEADERS, publicCorsHeaders } from './http/credentialed-cors.ts';
import { carriesAnswerHeaders } from './json-answer.ts';
import { managementApiResourceServer } from './management/system-api.ts';
import { createTenant } from './tenant/tenant.ts';
import type { PostLoginRunner } from './actions/post-login-event.ts';
import { webCrypto, type BackendCrypto } from './crypto/backend-crypto.ts';
import { seedConfiguredUsers } from './users/seed-users.ts';
import { createSigningKeyring } from './tokens/signing-key.ts';

export interface BackendOptions {
  /** Where state lives; memory by default. */
  store?: Store;
  /** Where time comes from; tests pass a manual clock. */
  clock?: Clock;
  logger?: Logger;
  /**
   * Loads the custom phone provider's module by path. Only the Node server supplies one
   * (`createNodeModuleLoader`), so the core stays free of Node modules.
   */
  loadModule?: ModuleLoader;
  /** The fetch used to call Twilio and SMS gateways; the global one by default. */
  fetch?: typeof fetch;
  /**
   * Loads a file of the built `<sms-login>` for the hosted login page (`sms-login.js`,
   * `chunks/…`). The Node server supplies one (`createWidgetAssetLoader`); without it the page
   * cannot load its widget.
   */
  loadWidgetAsset?: WidgetAssetLoader;
  /**
   * Renders message templates. In the page's thread by default; the Node server runs them on
   * worker threads (`createTemplateWorkers`), so that a costly template holds up no other request.
   */
  renderTemplate?: TemplateRenderer;
  /**
   * Runs the configuration's post-login Actions. The Node server supplies one (module files on
   * worker threads: `createActionThreads` from `@sms-login/mock-server/node`); a configuration
   * with Actions needs it.
   */
  postLoginRunner?: PostLoginRunner;
  /**
   * Hashes, MACs and JWT signatures; WebCrypto by default. The Node server brings node:crypto
   * (`createNodeCrypto` from `@sms-login/mock-server/node`), which is several times cheaper.
   */
  crypto?: BackendCrypto;
}

export interface Backend {
  /** Answers any request of the Authentication API, the Management API and the dev routes. */
  fetch(request: Request, info?: Partial<RequestInfo>): Promise<Response>;
  readonly context: BackendContext;
}

type Env = { Bindings: RequestInfo };

/** Management API route groups, in the order they are matched. */
const managementRoutes: ManagementRoutes[] = [
  connectionRoutes,
  userRoutes,
  clientRoutes,
  resourceServerRoutes,
  brandingRoutes,
  brandingThemeRoutes,
  phoneProviderRoutes,
  phoneTemplateRoutes,
  clientGrantRoutes,
  tenantSettingsRoutes,
  actionRoutes,
  promptRoutes,
  attackProtectionRoutes,
  unmodeledRoutes,
];

/** Sets the public CORS headers on an answer made without them (`Vary` added to, not replaced). */
function setCorsHeaders(headers: Headers, corsHeaders: Record<string, string>): void {
  for (const [name, value] of Object.entries(corsHeaders))
    if (name === 'Vary') headers.append(name, value);
    else headers.set(name, value);
}

const refuse = (path: string, message: string): never => {
  throw new ConfigError(`Invalid configuration:\n  - ${path}: ${message}`, [{ path, message }]);
};

/**
 * Builds the backend from a configuration: one fetch handler that the MSW and Node adapters put
 * behind their doors.
 *
 * @example
 * const backend = createBackend({ domain: 'tenant.example.com', clients: [...], connections: [...] });
 * const response = await backend.fetch(new Request('https://tenant.example.com/.well-known/jwks.json'));
 */
export function createBackend(configInput?: ConfigInput, options: BackendOptions = {}): Backend {
  const config = parseConfig(configInput);
  checkConfiguredTemplates(config);
  if (config.actions.post_login.length && !options.postLoginRunner)
    refuse(
      'actions.post_login',
      'Actions are JavaScript modules run by the Node server (sms-login-server); with createBackend, pass postLoginRunner: createActionThreads() from @sms-login/mock-server/node',
    );
  const store = options.store ?? createMemoryStore();
  const clock = options.clock ?? systemClock;
  const logger = options.logger ?? silentLogger;
  const issuer = issuerOf(config.domain);
  const managementAudience = `${issuer}api/v2/`;
  const tenant = createTenant(store, config, {
    systemApis: managementApiResourceServer(
      managementAudience,
      config.tokens.access_token_lifetime,
    ).then((api) => [api]),
    afterSeed: () => seedConfiguredUsers(config, store, logger, () => clock.now()),
  });
  const phone = createTenantPhone(store, config.phone, new URL(issuer).hostname, () => clock.now());
  const dispatch = createDispatch({
    config,
    store,
    logger,
    now: () => clock.now(),
    phone,
    cache: createActionCache(() => clock.now()),
    loadModule: options.loadModule,
    fetch: options.fetch,
  });
  const context: BackendContext = {
    config,
    store,
    clock,
    logger,
    issuer,
    tenant,
    managementAudience,
    tokenSettings: {
      issuer,
      accessTokenLifetime: config.tokens.access_token_lifetime,
      idTokenLifetime: config.tokens.id_token_lifetime,
    },
    signingKey: createSigningKeyring(store),
    codeHashKey: createCodeHashKeyring(store),
    crypto: options.crypto ?? webCrypto,
    providerFor: (connection) => dispatch.forConnection(connection),
    dispatch,
    phone,
    renderTemplate: options.renderTemplate ?? renderMessage,
    postLoginRunner: options.postLoginRunner,
  };

  // RegExpRouter alone, not Hono's default (a slower fallback): a route that does not fit fails.
  const app = new Hono<Env>({ router: new RegExpRouter() });
  const publicCors = cors({
    origin: async (origin) => ((await tenant.allowedOrigins()).has(origin) ? origin : null),
    allowMethods: ['GET', 'POST', 'PATCH', 'DELETE', 'OPTIONS'],
    allowHeaders: ['Content-Type', 'Authorization', 'X-Request-Language', 'Auth0-Client'],
    exposeHeaders: CORS_EXPOSED_HEADERS,
    maxAge: 600,
  });
  // `/co/*` answers credentialed CORS of its own, for one client's origins (co-authenticate.ts).
  // Preflights are Hono's cors middleware's. Other answers get the headers it would add: written
  // in by `jsonAnswer` (the request's `answerHeaders`), or set on the route's own answer once it
  // is made. Not through Hono's context, which rebuilds the answer around its body as a stream.
  // A request without an Origin (a server, a test, a same-origin page) has nothing to look up.
  const corsHeadersFor = (origin: string | undefined) =>
    origin === undefined
      ? publicCorsHeaders(undefined)
      : tenant
          .allowedOrigins()
          .then((allowed) => publicCorsHeaders(allowed.has(origin) ? origin : undefined));
  app.use('*', async (c, next) => {
    if (c.req.path.startsWith('/co/')) return next();
    if (c.req.method === 'OPTIONS') return publicCors(c, next);
    const origin = c.req.header('origin');
    const answerHeaders = corsHeadersFor(origin);
    c.env.answerHeaders = answerHeaders instanceof Promise ? await answerHeaders : answerHeaders;
    await next();
    if (carriesAnswerHeaders(c.res)) return;
    // Asked again: a Management API write may have just changed the allowed origins.
    const corsHeaders = await corsHeadersFor(origin);
    try {
      setCorsHeaders(c.res.headers, corsHeaders);
    } catch {
      // An answer with immutable headers (none of ours): through the context, which copies it.
      for (const [name, value] of Object.entries(corsHeaders))
        c.header(name, value, { append: name === 'Vary' });
    }
  });

  // POST /passwordless/start and POST /oauth/token: `directRoutes` below.
  app.post('/oauth/revoke', (c) => oauthRevoke(context, c.req.raw, c.env));
  app.get('/.well-known/openid-configuration', (c) => c.json(openidConfiguration(context)));
  app.get('/.well-known/jwks.json', async (c) => c.json(await jwks(context)));
  app.get('/userinfo', (c) => userinfo(context, c.req.raw));
  // Browser sign-in: the authorization code flow, the hosted login page, logout.
  const { frame_ancestors: frameAncestors } = config.hosted_login;
  if (frameAncestors.length)
    for (const path of ['/authorize', '/u/login', '/v2/logout', '/oidc/logout'])
      app.use(path, async (c, next) => {
        await next();
        allowFramingBy(c.res.headers, frameAncestors);
      });
  app.get('/authorize', (c) => authorize(context, c.req.raw, c.env));
  app.get('/u/login', (c) => hostedLoginPage(context, c.req.raw));
  app.post('/u/login', (c) => hostedLoginComplete(context, c.req.raw, c.env));
  app.post('/u/login/txn/:id/passwordless/start', (c) =>
    hostedLoginStart(context, c.req.raw, c.env, c.req.param('id')),
  );
  app.post('/u/login/txn/:id/oauth/token', (c) =>
    hostedLoginVerify(context, c.req.raw, c.req.param('id')),
  );
  app.get('/u/assets/*', (c) =>
    hostedLoginAsset(c.req.path.slice('/u/assets/'.length), options.loadWidgetAsset),
  );
  // Embedded login (auth0-js, Lock): cross-origin authentication, client settings, country.
  app.options('/co/authenticate', (c) => coAuthenticatePreflight(context, c.req.raw));
  app.post('/co/authenticate', (c) => coAuthenticate(context, c.req.raw, c.env));
  app.post('/co/verify', (c) => coVerify(context, c.req.raw, c.env));
  app.get('/client/:file', (c) => clientScript(context, c.req.param('file')));
  app.get('/user/geoloc/country', (c) => userCountry(context, c.req.raw));
  app.get('/v2/logout', (c) => logout(context, c.req.raw));
  app.get('/oidc/logout', (c) => logout(context, c.req.raw));
  if (config.dev_routes) {
    app.get('/dev/messages', (c) => listMessages(context, new URL(c.req.url)));
    app.delete('/dev/messages', () => clearMessages(context));
  }
  const managementApi = createManagementApi(context, managementRoutes);
  managementApi.all('*', () => {
    throw notFound('resource');
  });
  app.route('/api/v2', managementApi);

  app.notFound((c) => new AuthError(404, 'not_found', 'Not found').toResponse(c.env));
  /** What a request that failed answers: the contract's error, or a 500 that leaks nothing. */
  const errorAnswer = (error: unknown, path: string, info: RequestInfo): Response => {
    if (error instanceof AuthError) return error.toResponse(info);
    if (error instanceof ManagementError) return error.toResponse();
    if (error instanceof StoreUnavailableError) {
      logger.warn('store_unavailable', { path });
      return path.startsWith('/api/v2/')
        ? managementUnavailable().toResponse()
        : storeUnavailable().toResponse(info);
    }
    logger.error('unhandled_error', { name: error instanceof Error ? error.name : typeof error });
    return internalError().toResponse(info);
  };
  app.onError((error, c) => errorAnswer(error, c.req.path, c.env));

  /**
   * The two routes every login calls, answered as the app above answers them (its CORS
   * middleware, its error answers) but without its router, context and middleware chain, which
   * were a twentieth to a tenth of a start's CPU on the Node server. The CORS steps are the
   * middleware's, written again rather than shared: the middleware must change `c.res` in place,
   * since Hono's setter would copy the old answer's headers over a new one.
   */
  const directRoutes = new Map<string, typeof passwordlessStart>([
    ['/passwordless/start', passwordlessStart],
    ['/oauth/token', oauthToken],
  ]);
  const answerDirectly = async (
    route: typeof passwordlessStart,
    path: string,
    request: Request,
    info: RequestInfo,
  ): Promise<Response> => {
    const origin = request.headers.get('origin') ?? undefined;
    // Nested as in the app: the route's failure is answered, then given the CORS headers; a
    // failure around it (the allowed origins unreadable) is answered as it is.
    try {
      const answerHeaders = corsHeadersFor(origin);
      info.answerHeaders = answerHeaders instanceof Promise ? await answerHeaders : answerHeaders;
      let response: Response;
      try {
        response = await route(context, request, info);
      } catch (error) {
        response = errorAnswer(error, path, info);
      }
      // Both routes answer through `jsonAnswer`, which wrote them in; a new answer of theirs
      // made otherwise still gets them, as in the app.
      if (!carriesAnswerHeaders(response))
        setCorsHeaders(response.headers, await corsHeadersFor(origin));
      return response;
    } catch (error) {
      return errorAnswer(error, path, info);
    }
  };

  return {
    context,
    fetch: async (request, info = {}) => {
      const requestInfo: RequestInfo = {
        ip: info.ip ?? '127.0.0.1',
        // Behind MSW the URL is the one the browser or the test asked for.
        secure: info.secure ?? new URL(request.url).protocol === 'https:',
      };
      if (request.method === 'POST') {
        // Hono's own reading of the path, so both ways match the same requests.
        const path = getPath(request);
        const route = directRoutes.get(path);
        if (route) return answerDirectly(route, path, request, requestInfo);
      }
      return app.fetch(request, requestInfo);
    },
  };
}
