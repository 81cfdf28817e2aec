// The connection and the client, changed through the backend's Management API (as a developer
// would with Auth0's): a client_credentials token, then PATCH.
import type { ConnectionSettings } from './types.js';

export interface ManagementCredentials {
  clientId: string;
  clientSecret: string;
}

/** Why the Management API cannot be used, in words for the page. */
export class ManagementUnavailable extends Error {
  override name = 'ManagementUnavailable';
}

/** A Management API call the backend refused, with its status. */
class ManagementRefused extends Error {
  override name = 'ManagementRefused';
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

/**
 * A refusal in words for the page: the Management API's `Payload validation error: '<why>' on
 * property options.test_phone_numbers.<number>.` becomes "<number>: <why>."
 */
export function refusalInWords(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const payload =
    /^Payload validation error: '(.+)' on property options\.test_phone_numbers\.?(.*?)\.?$/.exec(
      message,
    );
  if (!payload) return message;
  const [, why, number] = payload;
  return number ? `${number}: ${why}.` : `${why}.`;
}

/** The connection's test numbers, as its options hold them. */
export interface TestNumbers {
  numbers: Record<string, string>;
  /** `test_phone_numbers_valid_until`, when set (ISO 8601). */
  validUntil?: string;
  /** The connection's code length (`totp.length`). */
  codeLength?: number;
}

interface ConnectionDocument {
  id: string;
  name: string;
  options: Record<string, unknown>;
}

export class ManagementClient {
  #token: Promise<string> | undefined;

  constructor(
    readonly origin: string,
    readonly credentials: ManagementCredentials | undefined,
    readonly clientId: string,
    readonly connectionName = 'sms',
  ) {}

  get audience(): string {
    return `${this.origin}/api/v2/`;
  }

  async #fetchToken(): Promise<string> {
    if (!this.credentials)
      throw new ManagementUnavailable('No Management API client is configured.');
    const response = await fetch(`${this.origin}/oauth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        grant_type: 'client_credentials',
        client_id: this.credentials.clientId,
        client_secret: this.credentials.clientSecret,
        audience: this.audience,
      }),
    }).catch(() => undefined);
    if (!response)
      throw new ManagementUnavailable(`The backend at ${this.origin} does not answer.`);
    const body = (await response.json().catch(() => ({}))) as Record<string, string>;
    if (!response.ok || !body.access_token)
      throw new ManagementUnavailable(
        `The backend refused a Management API token: ${body.error_description ?? body.error ?? response.status}`,
      );
    return body.access_token;
  }

  async #call(method: string, path: string, body?: unknown, retry = true): Promise<unknown> {
    this.#token ??= this.#fetchToken();
    let token: string;
    try {
      token = await this.#token;
    } catch (error) {
      this.#token = undefined;
      throw error;
    }
    const response = await fetch(`${this.origin}/api/v2${path}`, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    if (response.status === 401 && retry) {
      // A restarted backend has new signing keys: ask for a new token once.
      this.#token = undefined;
      return this.#call(method, path, body, false);
    }
    const answer = (await response.json().catch(() => ({}))) as Record<string, unknown>;
    if (!response.ok)
      throw new ManagementRefused(
        String(answer.message ?? answer.error_description ?? response.status),
        response.status,
      );
    return answer;
  }

  async connection(): Promise<ConnectionDocument> {
    const list = (await this.#call(
      'GET',
      `/connections?strategy=sms&name=${encodeURIComponent(this.connectionName)}`,
    )) as ConnectionDocument[];
    const found = list.find((connection) => connection.name === this.connectionName);
    if (!found) throw new Error(`There is no connection named ${this.connectionName}.`);
    return found;
  }

  /** Merges `changes` into the connection's options (PATCH replaces them whole). */
  async patchOptions(changes: Record<string, unknown>): Promise<Record<string, unknown>> {
    const connection = await this.connection();
    const options = { ...connection.options, ...changes };
    for (const [key, value] of Object.entries(changes))
      if (value === undefined) delete options[key];
    await this.#call('PATCH', `/connections/${connection.id}`, { options });
    return connection.options;
  }

  async replaceOptions(options: Record<string, unknown>): Promise<void> {
    const connection = await this.connection();
    await this.#call('PATCH', `/connections/${connection.id}`, { options });
  }

  async testNumbers(): Promise<TestNumbers> {
    return testNumbersOf((await this.connection()).options);
  }

  /**
   * Adds the test number (or changes its code), or removes it with `code` undefined: the
   * connection is read first and its other options and numbers kept.
   */
  async setTestNumber(phoneNumber: string, code: string | undefined): Promise<TestNumbers> {
    const connection = await this.connection();
    const numbers = { ...testNumbersOf(connection.options).numbers };
    if (code === undefined) delete numbers[phoneNumber];
    else numbers[phoneNumber] = code;
    const options: Record<string, unknown> = { ...connection.options, test_phone_numbers: numbers };
    if (Object.keys(numbers).length === 0) delete options.test_phone_numbers;
    await this.#call('PATCH', `/connections/${connection.id}`, { options });
    return testNumbersOf(options);
  }

  /** Applies the workbench's connection settings, and the client's name (`application.name`). */
  async apply(settings: ConnectionSettings): Promise<void> {
    await this.patchOptions({
      template: settings.template,
      syntax: 'liquid',
      totp: { length: settings.otpLength, time_step: settings.otpExpiry },
      disable_signup: settings.disableSignup,
      test_phone_numbers:
        Object.keys(settings.testNumbers).length > 0 ? settings.testNumbers : undefined,
    });
    await this.#call('PATCH', `/clients/${encodeURIComponent(this.clientId)}`, {
      name: settings.applicationName,
    });
  }

  /** Makes `theme` the tenant's Universal Login theme: a new one, or the one it has, changed. */
  async applyTheme(theme: object): Promise<void> {
    let current: { themeId: string } | undefined;
    try {
      current = (await this.#call('GET', '/branding/themes/default')) as { themeId: string };
    } catch (error) {
      if (!(error instanceof ManagementRefused && error.status === 404)) throw error;
    }
    if (current)
      await this.#call('PATCH', `/branding/themes/${encodeURIComponent(current.themeId)}`, theme);
    else await this.#call('POST', '/branding/themes', theme);
  }
}

function testNumbersOf(options: Record<string, unknown>): TestNumbers {
  const numbers = (options.test_phone_numbers ?? {}) as Record<string, string>;
  const validUntil = options.test_phone_numbers_valid_until;
  const length = (options.totp as { length?: unknown } | undefined)?.length;
  return {
    numbers: { ...numbers },
    ...(typeof validUntil === 'string' ? { validUntil } : {}),
    ...(typeof length === 'number' ? { codeLength: length } : {}),
  };
}
