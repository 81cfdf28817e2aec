import { isHttpsUrl, isLoopbackHttpUrl } from '../config/urls.ts';

/** How a call to a provider's HTTP API ended. */
export type HttpCallOutcome =
  | { kind: 'answered'; status: number; body: unknown }
  | { kind: 'timeout' }
  | { kind: 'unreachable' }
  | { kind: 'insecure_url' };

export interface HttpCallOptions {
  timeoutMs: number;
  /** Plain http is allowed only to loopback and only when this is on (local fakes). */
  allowInsecureLoopback: boolean;
  fetch?: typeof fetch;
}

const MAX_ANSWER_CHARS = 64 * 1024;

/**
 * POSTs to a provider and reads its (JSON, if any) answer, cut off after `timeoutMs`. Only https
 * leaves the machine: an http URL is refused unless it is loopback and explicitly allowed.
 */
export async function postToProvider(
  url: string,
  init: { headers: Record<string, string>; body: string },
  options: HttpCallOptions,
): Promise<HttpCallOutcome> {
  if (!isHttpsUrl(url) && !(options.allowInsecureLoopback && isLoopbackHttpUrl(url)))
    return { kind: 'insecure_url' };
  const signal = AbortSignal.timeout(options.timeoutMs);
  try {
    const response = await (options.fetch ?? fetch)(url, {
      method: 'POST',
      headers: init.headers,
      body: init.body,
      redirect: 'manual',
      signal,
    });
    const text = (await response.text()).slice(0, MAX_ANSWER_CHARS);
    let body: unknown = text;
    try {
      body = text ? JSON.parse(text) : null;
    } catch {
      // Not JSON: keep the text; callers only look at JSON fields.
    }
    return { kind: 'answered', status: response.status, body };
  } catch {
    return signal.aborted ? { kind: 'timeout' } : { kind: 'unreachable' };
  }
}
