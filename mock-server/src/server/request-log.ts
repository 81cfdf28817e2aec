import type { Backend } from '../backend.ts';
import type { Logger } from '../logger.ts';
import { randomHex } from '../crypto/digest.ts';

const INCOMING_ID = /^[A-Za-z0-9._:-]{1,64}$/;

/**
 * Wraps a backend so every request leaves one `request` log line: method, path (never the query
 * string, which may carry codes or tokens), status, duration and a request id. The id comes from
 * a well-formed `X-Request-Id` header or is made up, and is echoed in the answer's `X-Request-Id`.
 */
export function withRequestLog(backend: Backend, logger: Logger): Backend {
  return {
    context: backend.context,
    async fetch(request, info) {
      const startedAt = performance.now();
      const incoming = request.headers.get('x-request-id');
      const requestId = incoming && INCOMING_ID.test(incoming) ? incoming : randomHex(8);
      const path = new URL(request.url).pathname;
      let status = 500;
      try {
        const response = await backend.fetch(request, info);
        status = response.status;
        return withHeader(response, 'X-Request-Id', requestId);
      } finally {
        logger.info('request', {
          method: request.method,
          path,
          status,
          duration_ms: Math.round((performance.now() - startedAt) * 10) / 10,
          request_id: requestId,
        });
      }
    },
  };
}

function withHeader(response: Response, name: string, value: string): Response {
  try {
    response.headers.set(name, value);
    return response;
  } catch {
    // Some responses have immutable headers: copy them.
    const copy = new Response(response.body, response);
    copy.headers.set(name, value);
    return copy;
  }
}
