import { z } from 'zod';
import type { BackendContext, RequestInfo } from '../context.ts';
import { AuthError } from '../errors.ts';
import type { MessageOrigin } from '../providers/types.ts';
import type { Connection } from '../tenant/tenant.ts';
import { readAuthApiBody } from '../http/body.ts';
import { jsonAnswer } from '../json-answer.ts';
import { negotiateRequestLanguage } from '../http/language.ts';
import { randomHex } from '../crypto/digest.ts';
import { issueCode } from '../otp/service.ts';
import { fixedTestCode } from '../otp/test-numbers.ts';
import { enforceRateLimit } from '../rate-limit/enforce.ts';
import { checkAllowedCountry } from '../abuse/country-allow-list.ts';
import { enforceSendLimits } from '../abuse/send-limits.ts';
import { authenticateClient, checkOrigin } from './client-auth.ts';
import { E164_PATTERN, E164_PATTERN_TEXT } from '../phone-number/e164.ts';

/** The fields `POST /passwordless/start` accepts, in the order their errors are reported. */
const startBodySchema = z.strictObject({
  client_id: z.string().min(1).max(128),
  client_secret: z.string().max(512).optional(),
  connection: z.string().min(1).max(128),
  phone_number: z.string().max(32).regex(E164_PATTERN),
  send: z.string().max(16).optional(),
  authParams: z.record(z.string(), z.unknown()).optional(),
  /** Delivery by voice call, where the connection's provider allows it. */
  delivery_method: z.enum(['text', 'voice']).optional(),
});
type StartBody = z.output<typeof startBodySchema>;

const FIELD_ORDER = [
  'client_id',
  'connection',
  'phone_number',
  'send',
  'authParams',
  'client_secret',
  'delivery_method',
];

const typeName = (value: unknown): string =>
  value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;

/** Turns the first schema problem into Auth0's `bad.<field>` error. */
function toContractError(body: Record<string, unknown>, issues: z.core.$ZodIssue[]): AuthError {
  const unknown = issues.find((issue) => issue.code === 'unrecognized_keys');
  if (unknown && unknown.code === 'unrecognized_keys')
    return new AuthError(
      400,
      'bad.request',
      `the following properties are not allowed: ${unknown.keys.join(', ')}`,
    );
  const ranked = issues
    .filter((issue) => issue.path.length > 0)
    .sort(
      (a, b) => FIELD_ORDER.indexOf(String(a.path[0])) - FIELD_ORDER.indexOf(String(b.path[0])),
    );
  const issue = ranked[0]!;
  const field = String(issue.path[0]);
  const value = body[field];
  if (value === undefined)
    return new AuthError(400, `bad.${field}`, `Missing required property: ${field}`);
  if (field === 'authParams')
    return new AuthError(
      400,
      'bad.authParams',
      `error in authParams - invalid type: ${typeName(value)} (expected object)`,
    );
  if (field === 'delivery_method')
    return new AuthError(400, 'bad.delivery_method', 'delivery_method must be "text" or "voice"');
  if (typeof value !== 'string')
    return new AuthError(400, `bad.${field}`, `Invalid type: ${typeName(value)} (expected string)`);
  if (field === 'phone_number')
    return new AuthError(
      400,
      'bad.phone_number',
      `String does not match pattern: ${E164_PATTERN_TEXT}`,
    );
  return new AuthError(400, `bad.${field}`, `Invalid value for ${field}`);
}

/**
 * Who asked for the code, for the providers that pass it on. A class, so the lazy `hostname` is
 * one getter on the prototype: a getter in an object literal is defined again on every start.
 */
class StartRequester implements NonNullable<MessageOrigin['request']> {
  readonly ip: string;
  readonly method: string;
  readonly user_agent: string | null;
  readonly language: string | null;
  readonly #request: Request;

  constructor(request: Request, ip: string, language: string | null) {
    this.#request = request;
    this.ip = ip;
    this.language = language;
    this.method = request.method;
    this.user_agent = request.headers.get('user-agent');
  }

  /** Parsed only when a provider reads it: for every start, it was a fiftieth of the route. */
  get hostname(): string {
    return new URL(this.#request.url).hostname;
  }
}

/** Whether the body asks a code for one of the connection's test numbers (still valid). */
function isTestNumberStart(
  context: BackendContext,
  raw: Record<string, unknown>,
  connection: Connection | undefined,
): boolean {
  if (connection?.strategy !== 'sms' || typeof raw.phone_number !== 'string') return false;
  return fixedTestCode(connection.options, raw.phone_number, context.clock.now()) !== undefined;
}

/** `POST /passwordless/start`: validates the request, then issues and sends a code. */
export async function passwordlessStart(
  context: BackendContext,
  request: Request,
  info: RequestInfo,
): Promise<Response> {
  // The body is read first so a test number can skip the per-IP limit; a body that cannot be
  // read still spends a token before its error, as every other request does.
  let raw: Record<string, unknown> | undefined;
  let unreadable: unknown;
  try {
    raw = await readAuthApiBody(request, 'bad.request');
  } catch (error) {
    unreadable = error;
  }
  // Looked up once, by the name as sent: the schema below passes only a string as it came.
  const connection =
    typeof raw?.connection === 'string'
      ? await context.tenant.findConnection(raw.connection)
      : undefined;
  const forTestNumber = raw !== undefined && isTestNumberStart(context, raw, connection);
  const rateHeaders = forTestNumber
    ? {}
    : await enforceRateLimit(
        context,
        `start-ip:${info.ip}`,
        context.config.rate_limits.passwordless_start_per_ip,
      );
  if (raw === undefined) throw unreadable;
  const parsed = startBodySchema.safeParse(raw);
  if (!parsed.success) throw toContractError(raw, parsed.error.issues);
  const body: StartBody = parsed.data;

  if (body.send !== undefined && body.send !== 'code') {
    if (body.send === 'link')
      throw new AuthError(
        400,
        'bad.send',
        'Sending a link is not supported for sms connections: use "code"',
      );
    throw new AuthError(400, 'bad.send', 'send must be "code" or "link"');
  }

  const client = await authenticateClient(context, body.client_id, body.client_secret, 'start');
  checkOrigin(client, request, 'start');
  if (!connection) throw new AuthError(400, 'bad.connection', 'Connection does not exist');
  if (connection.strategy !== 'sms')
    throw new AuthError(
      400,
      'bad.connection',
      'Invalid connection strategy. It must either be a passwordless connection',
    );
  if (!connection.enabled_clients.includes(client.client_id))
    throw new AuthError(400, 'bad.connection', 'Connection is disabled');

  // A test number gets no SMS: no country to protect, no send limit to spend.
  if (!forTestNumber)
    await checkAllowedCountry(connection.options.allowed_countries, body.phone_number);

  const language = negotiateRequestLanguage(request.headers);
  const answer = () =>
    jsonAnswer(
      {
        _id: randomHex(12),
        phone_number: body.phone_number,
        phone_verified: false,
        request_language: language,
      },
      { headers: rateHeaders },
      info,
    );
  // The send limits come first, so a concealed unknown number is limited like a known one.
  if (!forTestNumber)
    await enforceSendLimits(context, {
      ip: info.ip,
      connection: connection.name,
      phoneNumber: body.phone_number,
    });
  const existing = await context.store.findUserByPhone(connection.name, body.phone_number);
  if (!existing && connection.options.disable_signup) {
    if (connection.options.conceal_unknown_numbers) return answer();
    throw new AuthError(400, 'signup_disabled', 'Public signup is disabled');
  }
  if (existing?.blocked) throw new AuthError(401, 'unauthorized', 'user is blocked');

  await issueCode(context, {
    client,
    connection,
    phoneNumber: body.phone_number,
    language,
    deliveryMethod: body.delivery_method ?? 'text',
    requester: new StartRequester(request, info.ip, language),
    user: existing,
  });
  return answer();
}
