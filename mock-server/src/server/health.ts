import type { Backend } from '../backend.ts';
import type { Logger } from '../logger.ts';
import { StoreUnavailableError } from '../store/store-unavailable.ts';

/**
 * Wraps a backend with `GET /healthz`: 200 `{"status":"ok"}` once the tenant is seeded and the
 * store answers a read, 503 `{"status":"unavailable"}` otherwise (with `"reason":
 * "database_unreachable"` when the store's database cannot be reached).
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
        // A load balancer takes the instance out; the reason tells an operator where to look.
        const unreachable = error instanceof StoreUnavailableError;
        return Response.json(
          { status: 'unavailable', ...(unreachable ? { reason: 'database_unreachable' } : {}) },
          { status: 503, headers: { 'Cache-Control': 'no-store' } },
        );
      }
    },
  };
}
