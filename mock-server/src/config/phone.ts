import { z } from 'zod';
import { phoneProviderInputSchema } from '../phone-settings/provider-settings.ts';
import { phoneTemplateInputSchema } from '../phone-settings/template-settings.ts';
import { isHttpsUrl, isLoopbackHttpUrl } from './urls.ts';

/** https, or http on loopback (which the dispatch refuses unless `allow_insecure_loopback` is on). */
export const providerUrlSchema = z
  .string()
  .max(255)
  .refine(
    (value) => isHttpsUrl(value) || isLoopbackHttpUrl(value),
    'must be an https URL (http only on 127.0.0.1 or localhost, with phone.allow_insecure_loopback)',
  );

/** Secrets handed to the custom phone provider as `event.secrets`. */
const secretsSchema = z.record(
  z.string().regex(/^[A-Za-z_][A-Za-z0-9_]{0,63}$/, 'secret names look like TWILIO_TOKEN'),
  z.string().max(4096),
);

/** The custom phone provider's code: a module file that only the configuration can name. */
export const customProviderSchema = z.strictObject({
  /** Path of an ES module exporting `onExecuteCustomPhoneProvider(event, api)`; relative to the configuration file. */
  module: z.string().min(1).max(1024),
  secrets: secretsSchema.default({}),
  /** How long one call may take before it counts as failed (ms). */
  timeout_ms: z.int().min(10).max(60_000).default(10_000),
  /** Wait before the first retry the module asks for; doubled for each later one (ms). */
  retry_backoff_ms: z.int().min(0).max(60_000).default(500),
});

/** `phone` in the configuration: how messages leave, beyond each connection's own settings. */
export const phoneConfigSchema = z.strictObject({
  /** Twilio's API origin; point it at a local fake in tests. */
  twilio_base_url: providerUrlSchema.default('https://api.twilio.com'),
  /** How long Twilio and the SMS gateway may take to answer (ms); Auth0's gateway timeout is 30 s. */
  http_timeout_ms: z.int().min(10).max(120_000).default(30_000),
  /** Lets `twilio_base_url` and `gateway_url` be `http://127.0.0.1` or `http://localhost` (local fakes only). */
  allow_insecure_loopback: z.boolean().default(false),
  /** Also keep what real providers sent in the dev outbox, with their answer (codes at rest: dev only). */
  record_in_outbox: z.boolean().default(false),
  custom_provider: customProviderSchema.optional(),
  /** Tenant phone providers to seed (Auth0 allows one per tenant). */
  providers: z.array(phoneProviderInputSchema).max(1).default([]),
  /** Phone templates to seed, one per type. */
  templates: z.array(phoneTemplateInputSchema).default([]),
});

export type PhoneConfig = z.output<typeof phoneConfigSchema>;
export type CustomProviderConfig = z.output<typeof customProviderSchema>;

export const defaultPhoneConfig = (): PhoneConfig => phoneConfigSchema.parse({});

/** Cross-field rules of `phone`, reported like schema errors. */
export function checkPhoneConfig(config: {
  phone: PhoneConfig;
  connections: { options: { gateway_url?: string | undefined } }[];
}): { path: string; message: string }[] {
  const problems: { path: string; message: string }[] = [];
  const { phone } = config;
  const needsLoopbackFlag = 'needs phone.allow_insecure_loopback: true to use plain http';
  if (!phone.allow_insecure_loopback && isLoopbackHttpUrl(phone.twilio_base_url))
    problems.push({ path: 'phone.twilio_base_url', message: needsLoopbackFlag });
  config.connections.forEach((connection, index) => {
    const url = connection.options.gateway_url;
    if (url && !phone.allow_insecure_loopback && isLoopbackHttpUrl(url))
      problems.push({
        path: `connections[${index}].options.gateway_url`,
        message: needsLoopbackFlag,
      });
  });
  const types = new Set<string>();
  phone.templates.forEach((template, index) => {
    if (types.has(template.type))
      problems.push({
        path: `phone.templates[${index}].type`,
        message: `duplicate template type "${template.type}"`,
      });
    types.add(template.type);
  });
  if (phone.providers.some((provider) => provider.name === 'custom') && !phone.custom_provider)
    problems.push({
      path: 'phone.custom_provider',
      message: 'a custom phone provider needs phone.custom_provider.module',
    });
  return problems;
}
