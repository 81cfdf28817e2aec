import { http, type HttpHandler } from 'msw';
import type { Backend } from '../backend.ts';

export interface MswAdapterOptions {
  /** The tenant origin(s) to intercept, such as `https://tenant.example.com`. */
  origin: string | string[];
}

/**
 * MSW 2 handlers that answer every request to the tenant's origin with the backend. Use them with
 * `setupServer` (Node) or `setupWorker` (browser).
 *
 * @example
 * const server = setupServer(...createMswHandlers(createBackend(config), { origin: 'https://tenant.example.com' }));
 */
export function createMswHandlers(backend: Backend, options: MswAdapterOptions): HttpHandler[] {
  const origins = Array.isArray(options.origin) ? options.origin : [options.origin];
  return origins.map((origin) =>
    http.all(`${new URL(origin).origin}/*`, ({ request }) => backend.fetch(request)),
  );
}
