import { AuthError } from '../errors.ts';
import type { Logger } from '../logger.ts';
import type { DeliveryMethod } from '../phone-settings/provider-settings.ts';
import type { ActionCache } from './action-cache.ts';
import type { PhoneMessage, PhoneProvider } from './types.ts';

/** What the module's `onExecuteCustomPhoneProvider` receives as `event`. */
export interface CustomPhoneProviderEvent {
  notification: {
    message_type: 'otp_verify';
    delivery_method: DeliveryMethod;
    recipient: string;
    from: string | null;
    as_text: string;
    as_voice: string;
    code: string;
    locale: string;
  };
  client: { client_id: string; name: string; metadata: Record<string, string> };
  connection: { id: string; name: string; strategy: string };
  request: {
    ip: string | null;
    hostname: string | null;
    language: string | null;
    method: string | null;
    user_agent: string | null;
  };
  tenant: { id: string };
  user?: { user_id: string; phone_number: string; name: string };
  secrets: Record<string, string>;
}

/** What the module's `onExecuteCustomPhoneProvider` receives as `api`. */
export interface CustomPhoneProviderApi {
  notification: {
    /** Fails the delivery for good. */
    drop(reason?: string): void;
    /** Asks to be called again (up to `MAX_RETRIES` times, with backoff). */
    retry(reason?: string): void;
  };
  cache: ActionCache;
}

export type CustomPhoneProviderHandler = (
  event: CustomPhoneProviderEvent,
  api: CustomPhoneProviderApi,
) => unknown;

export interface CustomProviderOptions {
  /** Loads the module; it must export `onExecuteCustomPhoneProvider`. */
  load: () => Promise<unknown>;
  secrets: Record<string, string>;
  deliveryMethods: readonly DeliveryMethod[];
  /** One call longer than this fails the delivery. */
  timeoutMs: number;
  /** Wait before the first retry; doubled for each later one. */
  retryBackoffMs: number;
  cache: ActionCache;
  tenantId: string;
  logger: Logger;
}

export const MAX_RETRIES = 5;

const providerError = (description: string) =>
  new AuthError(400, 'sms_provider_error', description);

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

const shortReason = (reason: unknown): string | undefined =>
  typeof reason === 'string' ? reason.slice(0, 200) : undefined;

type Verdict =
  | { kind: 'sent' }
  | { kind: 'dropped'; reason?: string | undefined }
  | { kind: 'retry'; reason?: string | undefined }
  | { kind: 'threw'; name: string }
  | { kind: 'timeout' };

function eventFor(message: PhoneMessage, options: CustomProviderOptions): CustomPhoneProviderEvent {
  const { origin } = message;
  return {
    notification: {
      message_type: 'otp_verify',
      delivery_method: message.deliveryMethod,
      recipient: message.to,
      from: message.from,
      as_text: message.text,
      as_voice: message.voiceText,
      code: message.code,
      locale: message.language ?? 'en',
    },
    client: origin.client,
    connection: origin.connection,
    request: {
      ip: origin.request?.ip ?? null,
      hostname: origin.request?.hostname ?? null,
      language: message.language,
      method: origin.request?.method ?? null,
      user_agent: origin.request?.user_agent ?? null,
    },
    tenant: { id: options.tenantId },
    ...(origin.user ? { user: origin.user } : {}),
    secrets: { ...options.secrets },
  };
}

async function callOnce(
  handler: CustomPhoneProviderHandler,
  event: CustomPhoneProviderEvent,
  options: CustomProviderOptions,
): Promise<Verdict> {
  let decision: Verdict | undefined;
  const api: CustomPhoneProviderApi = {
    notification: {
      drop: (reason) => {
        decision ??= { kind: 'dropped', reason: shortReason(reason) };
      },
      retry: (reason) => {
        decision ??= { kind: 'retry', reason: shortReason(reason) };
      },
    },
    cache: options.cache,
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<Verdict>((resolve) => {
    timer = setTimeout(() => resolve({ kind: 'timeout' }), options.timeoutMs);
  });
  const run = (async (): Promise<Verdict> => {
    try {
      await handler(structuredClone(event), api);
      return decision ?? { kind: 'sent' };
    } catch (error) {
      return { kind: 'threw', name: error instanceof Error ? error.name : typeof error };
    }
  })();
  try {
    return await Promise.race([run, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The custom phone provider: an Actions-style module whose `onExecuteCustomPhoneProvider(event, api)`
 * delivers the message. Returning means delivered; `api.notification.drop` or a thrown error means
 * failed; `api.notification.retry` calls it again after a growing pause, up to `MAX_RETRIES` times.
 */
export function createCustomProvider(options: CustomProviderOptions): PhoneProvider {
  const { logger } = options;
  const loadHandler = async (): Promise<CustomPhoneProviderHandler> => {
    let module: unknown;
    try {
      module = await options.load();
    } catch (error) {
      logger.error('custom_provider_unavailable', {
        reason: error instanceof Error ? error.name : 'load failed',
      });
      throw providerError('The custom phone provider is not available');
    }
    const handler = (module as { onExecuteCustomPhoneProvider?: unknown } | null)
      ?.onExecuteCustomPhoneProvider;
    if (typeof handler !== 'function') {
      logger.error('custom_provider_unavailable', {
        reason: 'the module does not export onExecuteCustomPhoneProvider',
      });
      throw providerError('The custom phone provider is not available');
    }
    return handler as CustomPhoneProviderHandler;
  };

  return {
    name: 'custom',
    deliveryMethods: options.deliveryMethods,
    async send(message) {
      const handler = await loadHandler();
      const event = eventFor(message, options);
      for (let attempt = 0; ; attempt++) {
        const verdict = await callOnce(handler, event, options);
        switch (verdict.kind) {
          case 'sent':
            return { provider: 'custom', response: { attempts: attempt + 1 } };
          case 'dropped':
            logger.warn('custom_provider_dropped', { reason: verdict.reason });
            throw providerError('The custom phone provider dropped the message');
          case 'threw':
            logger.warn('custom_provider_failed', { error: verdict.name });
            throw providerError('The custom phone provider failed');
          case 'timeout':
            logger.warn('custom_provider_timeout', { timeout_ms: options.timeoutMs });
            throw providerError(
              `Timeout while calling the custom phone provider: ${options.timeoutMs}`,
            );
          case 'retry':
            if (attempt >= MAX_RETRIES) {
              logger.warn('custom_provider_gave_up', { retries: MAX_RETRIES });
              throw providerError(`The custom phone provider gave up after ${MAX_RETRIES} retries`);
            }
            logger.info('custom_provider_retry', { attempt: attempt + 1, reason: verdict.reason });
            await sleep(options.retryBackoffMs * 2 ** attempt);
        }
      }
    },
  };
}
