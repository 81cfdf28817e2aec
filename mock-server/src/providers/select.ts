import type { Config } from '../config/schema.ts';
import { AuthError } from '../errors.ts';
import type { Logger } from '../logger.ts';
import type { StoredPhoneProvider } from '../phone-settings/provider-settings.ts';
import type { TenantPhone } from '../tenant/tenant-phone.ts';
import type { Store } from '../store/types.ts';
import type { Connection } from '../tenant/tenant.ts';
import type { ActionCache } from './action-cache.ts';
import { createCustomProvider } from './custom.ts';
import { createOutboxProvider, withOutboxRecord } from './outbox.ts';
import { createSmsGatewayProvider } from './sms-gateway.ts';
import { createTwilioProvider } from './twilio.ts';
import type { PhoneProvider } from './types.ts';

/** Loads an ES module by path; only the Node server supplies one (custom phone providers). */
export type ModuleLoader = (path: string) => Promise<unknown>;

export interface DispatchDependencies {
  config: Config;
  store: Store;
  logger: Logger;
  now: () => number;
  phone: TenantPhone;
  cache: ActionCache;
  loadModule?: ModuleLoader | undefined;
  fetch?: typeof fetch | undefined;
}

/** Picks and builds the provider that delivers a message. */
export interface Dispatch {
  /** An enabled tenant phone provider, else the connection's legacy `provider`, else the outbox. */
  forConnection(connection: Connection): Promise<PhoneProvider>;
  /** The driver of one tenant phone provider (its `try` route uses it even when disabled). */
  forTenantProvider(provider: StoredPhoneProvider): PhoneProvider;
}

const notConfigured = (description: string) =>
  new AuthError(400, 'sms_provider_error', description);

export function createDispatch(deps: DispatchDependencies): Dispatch {
  const { config, store, logger, now } = deps;
  const phone = config.phone;
  const http = {
    timeoutMs: phone.http_timeout_ms,
    allowInsecureLoopback: phone.allow_insecure_loopback,
    fetch: deps.fetch,
  };
  const outbox = createOutboxProvider(store, now);
  const recorded = (provider: PhoneProvider) =>
    phone.record_in_outbox ? withOutboxRecord(provider, store, now) : provider;

  let customModule: Promise<unknown> | undefined;
  const loadCustomModule = () => {
    const settings = phone.custom_provider;
    if (!settings) return Promise.reject(new Error('phone.custom_provider is not configured'));
    if (!deps.loadModule) return Promise.reject(new Error('no module loader in this runtime'));
    customModule ??= deps.loadModule(settings.module);
    // A module that failed to load is tried again on the next message.
    customModule.catch(() => (customModule = undefined));
    return customModule;
  };

  const forTenantProvider = (provider: StoredPhoneProvider): PhoneProvider => {
    if (provider.name === 'twilio')
      return recorded(
        createTwilioProvider({
          accountSid: provider.configuration.sid,
          authToken: provider.credentials.auth_token,
          from: provider.configuration.default_from,
          messagingServiceSid: provider.configuration.mssid,
          deliveryMethods: provider.configuration.delivery_methods,
          baseUrl: phone.twilio_base_url,
          ...http,
        }),
      );
    return recorded(
      createCustomProvider({
        load: loadCustomModule,
        secrets: phone.custom_provider?.secrets ?? {},
        deliveryMethods: provider.configuration.delivery_methods,
        timeoutMs: phone.custom_provider?.timeout_ms ?? 10_000,
        retryBackoffMs: phone.custom_provider?.retry_backoff_ms ?? 500,
        cache: deps.cache,
        tenantId: provider.tenant,
        logger,
      }),
    );
  };

  const forLegacySettings = (connection: Connection): PhoneProvider | undefined => {
    const options = connection.options;
    if (options.provider === 'twilio') {
      if (!options.twilio_sid || !options.twilio_token)
        throw notConfigured('Twilio is not configured: twilio_sid and twilio_token are required');
      return recorded(
        createTwilioProvider({
          accountSid: options.twilio_sid,
          authToken: options.twilio_token,
          from: options.from,
          messagingServiceSid: options.messaging_service_sid,
          // A connection's legacy Twilio settings only send text, as in Auth0.
          deliveryMethods: ['text'],
          baseUrl: phone.twilio_base_url,
          ...http,
        }),
      );
    }
    if (options.provider === 'sms_gateway') {
      if (!options.gateway_url)
        throw notConfigured('The SMS gateway is not configured: gateway_url is required');
      return recorded(
        createSmsGatewayProvider({
          url: options.gateway_url,
          authentication: options.gateway_authentication,
          forwardRequestInfo: options.forward_req_info ?? false,
          nowSeconds: () => Math.floor(now() / 1000),
          ...http,
        }),
      );
    }
    return undefined;
  };

  return {
    forTenantProvider,
    async forConnection(connection) {
      const tenantProvider = await deps.phone.activeProvider();
      if (tenantProvider) {
        logger.info('provider_selected', {
          connection: connection.name,
          provider: tenantProvider.name,
          source: 'tenant_phone_provider',
          provider_id: tenantProvider.id,
        });
        return forTenantProvider(tenantProvider);
      }
      const legacy = forLegacySettings(connection);
      logger.info('provider_selected', {
        connection: connection.name,
        provider: legacy?.name ?? 'outbox',
        source: legacy ? 'connection' : 'default',
      });
      return legacy ?? outbox;
    },
  };
}
