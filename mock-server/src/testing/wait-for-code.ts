/** What `waitForCode` needs to find a code in the outbox. */
export interface WaitForCodeOptions {
  /**
   * The tenant as the app is configured with it: a host (`tenant.example.com`, reached over
   * https) or an origin (`http://localhost:8787`).
   */
  domain: string;
  /** The E.164 number the code was sent to. */
  phoneNumber: string;
  /** How long to wait for a message, in milliseconds (default 10 000). */
  timeout?: number;
  /**
   * Only messages sent at or after this instant count, so a code left by an earlier step is not
   * taken for the new one. Default: every message of the number (the newest wins).
   */
  since?: Date | number;
  /** How often to ask the outbox, in milliseconds (default 100). */
  interval?: number;
  /**
   * Where the code is in the message: its first group (or whole match) is the code. Default:
   * the origin-bound line (`@app.example.com #123456`) when there is one, else the last run of
   * 4 to 40 digits.
   */
  pattern?: RegExp;
  /** The fetch to use (default: the global one, which MSW intercepts in tests that use it). */
  fetch?: typeof fetch;
}

/** Why `waitForCode` gave up; `message` says what to change. */
export class WaitForCodeError extends Error {
  constructor(
    message: string,
    readonly reason: 'timeout' | 'outbox_off' | 'refused' | 'no_code_in_message',
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'WaitForCodeError';
  }
}

interface OutboxMessage {
  body: string;
  created_at: string;
}

const originOf = (domain: string): string =>
  new URL(domain.includes('://') ? domain : `https://${domain}`).origin;

/**
 * The code in a message: with `pattern`, its first group (or whole match); else the origin-bound
 * `#<code>` line when there is one, else the last run of 4 to 40 digits.
 */
export function codeInMessage(body: string, pattern?: RegExp): string | undefined {
  if (pattern) {
    const match = pattern.exec(body);
    return match ? (match[1] ?? match[0]) : undefined;
  }
  const originBound = /^@\S+ #(\d{4,40})$/m.exec(body);
  if (originBound) return originBound[1];
  return body.match(/(?<!\d)\d{4,40}(?!\d)/g)?.at(-1);
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Waits for the code texted to `phoneNumber` by reading the backend's outbox
 * (`GET /dev/messages`, on when the configuration has `"dev_routes": true`), and resolves to it.
 * Rejects with a `WaitForCodeError` when no message arrives in time, when the outbox is off or
 * when the server refuses the request.
 *
 * @example
 * await page.getByRole('button', { name: 'Send code' }).click();
 * const code = await waitForCode({ domain: 'http://localhost:8787', phoneNumber: '+14155550123' });
 */
export async function waitForCode(options: WaitForCodeOptions): Promise<string> {
  const timeout = options.timeout ?? 10_000;
  const interval = options.interval ?? 100;
  const since = options.since === undefined ? undefined : new Date(options.since).getTime();
  const call = options.fetch ?? fetch;
  const url = `${originOf(options.domain)}/dev/messages?phone_number=${encodeURIComponent(options.phoneNumber)}&limit=1`;
  const deadline = Date.now() + timeout;
  let unreachable: unknown;
  for (;;) {
    let response: Response | undefined;
    try {
      response = await call(url, { headers: { accept: 'application/json' } });
      unreachable = undefined;
    } catch (error) {
      // The server may still be starting: keep asking until the deadline.
      unreachable = error;
    }
    if (response?.status === 404)
      throw new WaitForCodeError(
        `GET ${url} answered 404: the outbox is off. Start the backend with "dev_routes": true in its configuration.`,
        'outbox_off',
      );
    if (response && !response.ok) {
      const body = await response.text();
      throw new WaitForCodeError(
        `GET ${url} answered ${response.status}: ${body.slice(0, 300)}`,
        'refused',
      );
    }
    if (response) {
      const { messages } = (await response.json()) as { messages: OutboxMessage[] };
      const newest = messages[0];
      if (newest && (since === undefined || Date.parse(newest.created_at) >= since)) {
        const code = codeInMessage(newest.body, options.pattern);
        if (code === undefined)
          throw new WaitForCodeError(
            `The newest message to ${options.phoneNumber} has no code: "${newest.body.slice(0, 300)}"`,
            'no_code_in_message',
          );
        return code;
      }
    }
    if (Date.now() + interval > deadline)
      throw new WaitForCodeError(
        unreachable
          ? `Could not reach ${url} within ${timeout} ms: ${(unreachable as Error).message}`
          : `No code for ${options.phoneNumber} in ${url} within ${timeout} ms`,
        'timeout',
        unreachable ? { cause: unreachable } : undefined,
      );
    await pause(interval);
  }
}
