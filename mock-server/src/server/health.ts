import type { Backend } from '../backend.ts';
import type { Logger } from '../logger.ts';

/**
 * Wraps a backend with `GET /healthz`: 200 `{"status":"ok"}` once the tenant is seeded and the
 * store answers a read, 503 `{"status":"unavailable"}` otherwise.
 */
export function withHealthCheck(backend: Backend, storeName: string, logger: Logger): Backend {
  return {
    context: backend.context,
    async fetch(request, info) {
      if (new URL(request.url).pathname !== '/healthz') return backend.fetch(request, info);
      if (request.method !== 'GET' && request.method !== 'HEAD')
        return Response.json(
          { error: 'method_not_allowed', error_description: 'Use GET /healthz' },
          { status: 405, headers: { Allow: 'GET, HEAD' } },
        );
      try {
        await backend.context.tenant.ready;
        await backend.context.store.getDocument('seeds', 'healthz');
        return Response.json(
          { status: 'ok', store: storeName },
          { headers: { 'Cache-Control': 'no-store' } },
        );
      } catch (error) {
        logger.error('health_check_failed', { name: (error as Error).name });
        return Response.json({ status: 'unavailable' }, { status: 503 });
      }
    },
  };
}
