import { fileURLToPath } from 'node:url';
import type { BackendOptions } from '../src/backend.ts';
import type { ConfigInput } from '../src/config/schema.ts';
import type { Logger } from '../src/logger.ts';
import type { CustomPhoneProviderEvent } from '../src/providers/custom.ts';
import { createNodeModuleLoader } from '../src/providers/node-module-loader.ts';
import { startFakeGateway } from './fakes/fake-sms-gateway.ts';
import { startFakeTwilio } from './fakes/fake-twilio.ts';
import { installScript } from './fixtures/custom-phone-provider.ts';
import { directDoor, form, json, lastMessage, testConfig, type Door } from './support.ts';

export const TWILIO_SID = 'AC0123456789abcdef0123456789abcdef';
export const TWILIO_TOKEN = 'twilio-token-never-shown-1f2e3d';
export const GATEWAY_SECRET = 'gateway-secret-never-shown-9a8b7c';
export const CUSTOM_SECRET = 'custom-secret-never-shown-5d6e7f';

/** A template that answers in French or English, to see the language travel to the provider. */
export const BILINGUAL_TEMPLATE =
  "{% if request_language contains 'fr' %}Votre code : {{ code }}{% else %}Your code: {{ code }}{% endif %}";

export const fixturesDirectory = fileURLToPath(new URL('./fixtures/', import.meta.url));
export const loadFixtureModule = createNodeModuleLoader(fixturesDirectory);

/** A logger that keeps every line as the JSON the console logger would write. */
export function captureLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  const log =
    (level: string) =>
    (event: string, fields: Record<string, unknown> = {}) =>
      lines.push(JSON.stringify({ level, event, ...fields }));
  return { lines, info: log('info'), warn: log('warn'), error: log('error') };
}

/** A tenant whose `sms` connection uses `options`, with `phone` settings for local fakes. */
export function phoneConfig(
  options: Record<string, unknown> = {},
  phone: Record<string, unknown> = {},
  extra: Partial<ConfigInput> = {},
): ConfigInput {
  const base = testConfig();
  return {
    ...base,
    connections: [
      {
        name: 'sms',
        enabled_clients: ['spa', 'server'],
        options: { template: BILINGUAL_TEMPLATE, ...options },
      },
      ...base.connections.slice(1),
    ],
    client_grants: [
      { client_id: 'server', audience: 'https://tenant.example.com/api/v2/', scope: ALL_SCOPES },
    ],
    phone: { allow_insecure_loopback: true, http_timeout_ms: 300, ...phone },
    ...extra,
  } as ConfigInput;
}

export const ALL_SCOPES = ['read', 'create', 'update', 'delete'].flatMap((verb) => [
  `${verb}:phone_providers`,
  `${verb}:phone_templates`,
]);

export const startLogin = (
  door: Door,
  phone: string,
  extra: Record<string, unknown> = {},
  headers: Record<string, string> = {},
) =>
  door.request(
    '/passwordless/start',
    json({ client_id: 'spa', connection: 'sms', phone_number: phone, ...extra }, headers),
  );

export const codeIn = (text: string): string => {
  const match = /(\d{4,40})(?!.*\d)/s.exec(text);
  if (!match) throw new Error(`no code in "${text}"`);
  return match[1]!;
};

export async function managementToken(door: Door, scopes: string[] = ALL_SCOPES): Promise<string> {
  const response = await door.request(
    '/oauth/token',
    form({
      grant_type: 'client_credentials',
      client_id: 'server',
      client_secret: 'server-secret-123',
      audience: 'https://tenant.example.com/api/v2/',
      scope: scopes.join(' '),
    }),
  );
  if (response.status !== 200)
    throw new Error(`token: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { access_token: string }).access_token;
}

/** One provider set up behind a backend, as the shared contract suite sees it. */
export interface ProviderScenario {
  door: Door;
  logger: ReturnType<typeof captureLogger>;
  /** The text the provider delivered last to `phone`, and the language it was written for. */
  lastDelivered(phone: string): Promise<{ text: string; language?: string | null }>;
  /** Makes the provider fail until `repair`; `undefined` for a provider that cannot fail. */
  failure?: { breakIt(): void; repair(): void; description: string };
  /** Every secret this setup holds: none may appear in a response or a log line. */
  secrets: string[];
  close(): Promise<void>;
}

export type ScenarioFactory = () => Promise<ProviderScenario>;

async function doorWith(config: ConfigInput, options: BackendOptions = {}) {
  const logger = captureLogger();
  const door = await directDoor(config, { logger, loadModule: loadFixtureModule, ...options });
  return { door, logger };
}

export const outboxScenario: ScenarioFactory = async () => {
  const { door, logger } = await doorWith(phoneConfig());
  return {
    door,
    logger,
    lastDelivered: async (phone) => {
      const message = await lastMessage(door, phone);
      return { text: message.body, language: message.language };
    },
    secrets: [],
    close: door.close,
  };
};

const TWILIO_NUMBER_ERROR = {
  status: 400,
  code: 21211,
  message: "The 'To' number is not a valid phone number.",
};

function twilioScenario(setup: 'connection' | 'tenant'): ScenarioFactory {
  return async () => {
    const twilio = await startFakeTwilio({ sid: TWILIO_SID, token: TWILIO_TOKEN });
    const phone = { twilio_base_url: twilio.url };
    const config =
      setup === 'connection'
        ? phoneConfig(
            {
              provider: 'twilio',
              twilio_sid: TWILIO_SID,
              twilio_token: TWILIO_TOKEN,
              from: '+15005550006',
            },
            phone,
          )
        : phoneConfig(
            {},
            {
              ...phone,
              providers: [
                {
                  name: 'twilio',
                  configuration: {
                    sid: TWILIO_SID,
                    delivery_methods: ['text', 'voice'],
                    default_from: '+15005550006',
                  },
                  credentials: { auth_token: TWILIO_TOKEN },
                },
              ],
            },
          );
    const { door, logger } = await doorWith(config);
    return {
      door,
      logger,
      lastDelivered: async (to) => {
        const request = twilio.received.findLast((entry) => entry.form.To === to);
        if (!request) throw new Error(`twilio got nothing for ${to}`);
        return { text: request.form.Body ?? '' };
      },
      failure: {
        // The fake fails one request, then answers normally again.
        breakIt: () => twilio.failNext(TWILIO_NUMBER_ERROR),
        repair: () => {},
        description: `${TWILIO_NUMBER_ERROR.message} (Code: ${TWILIO_NUMBER_ERROR.code})`,
      },
      secrets: [TWILIO_TOKEN, Buffer.from(`${TWILIO_SID}:${TWILIO_TOKEN}`).toString('base64')],
      close: async () => {
        await door.close();
        await twilio.close();
      },
    };
  };
}

export const legacyTwilioScenario = twilioScenario('connection');
export const tenantTwilioScenario = twilioScenario('tenant');

export const gatewayScenario: ScenarioFactory = async () => {
  const key = new TextEncoder().encode(GATEWAY_SECRET);
  const gateway = await startFakeGateway({
    key,
    audience: 'urn:sms-gateway',
    subject: 'sms-login',
  });
  const config = phoneConfig({
    provider: 'sms_gateway',
    gateway_url: `${gateway.url}/send`,
    from: 'Acme',
    gateway_authentication: {
      method: 'bearer',
      subject: 'sms-login',
      audience: 'urn:sms-gateway',
      secret: GATEWAY_SECRET,
    },
  });
  const { door, logger } = await doorWith(config);
  return {
    door,
    logger,
    lastDelivered: async (to) => {
      const delivery = gateway.received.findLast((entry) => entry.payload.recipient === to);
      if (!delivery) throw new Error(`gateway got nothing for ${to}`);
      return { text: String(delivery.payload.body) };
    },
    failure: {
      breakIt: () => gateway.setMode('fail500'),
      repair: () => gateway.setMode('ok'),
      description: 'Unexpected response while calling the SMS gateway: 500',
    },
    secrets: [GATEWAY_SECRET],
    close: async () => {
      await door.close();
      await gateway.close();
    },
  };
};

export const customScenario: ScenarioFactory = async () => {
  const delivered: CustomPhoneProviderEvent[] = [];
  let dropping = false;
  installScript((event, api) => {
    if (dropping) return api.notification.drop('carrier refused');
    delivered.push(event);
  });
  const config = phoneConfig(
    {},
    {
      custom_provider: {
        module: 'custom-phone-provider.ts',
        secrets: { API_KEY: CUSTOM_SECRET },
        retry_backoff_ms: 1,
        timeout_ms: 300,
      },
      providers: [{ name: 'custom', configuration: { delivery_methods: ['text', 'voice'] } }],
    },
  );
  const { door, logger } = await doorWith(config);
  return {
    door,
    logger,
    lastDelivered: async (to) => {
      const event = delivered.findLast((entry) => entry.notification.recipient === to);
      if (!event) throw new Error(`custom provider got nothing for ${to}`);
      return { text: event.notification.as_text, language: event.notification.locale };
    },
    failure: {
      breakIt: () => void (dropping = true),
      repair: () => void (dropping = false),
      description: 'The custom phone provider dropped the message',
    },
    secrets: [CUSTOM_SECRET],
    close: door.close,
  };
};

/** Each provider's scenario, and whether it can be made to fail (the outbox cannot). */
export const providerScenarios: [string, ScenarioFactory, { canFail: boolean }][] = [
  ['outbox', outboxScenario, { canFail: false }],
  ['twilio (connection settings)', legacyTwilioScenario, { canFail: true }],
  ['twilio (tenant phone provider)', tenantTwilioScenario, { canFail: true }],
  ['sms gateway', gatewayScenario, { canFail: true }],
  ['custom phone provider', customScenario, { canFail: true }],
];
