// The backend inside the page: the real backend code, answering through MSW's service worker.
import { http, HttpResponse } from 'msw';
import { setupWorker, type SetupWorker } from 'msw/browser';
import {
  createBackend,
  type Backend,
  type ConfigInput,
  type OutboxMessage,
} from '../../../mock-server/src/index.ts';
import { createMswHandlers } from '../../../mock-server/src/adapters/msw.ts';
import { ManagementClient } from './management.js';
import type { DemoBackend, ObservedRequest } from './types.js';

/** A tenant host that never resolves: only the service worker answers it. */
export const IN_PAGE_DOMAIN = 'tenant.sms-login.example';
export const IN_PAGE_ORIGIN = `https://${IN_PAGE_DOMAIN}`;
/** An SMS gateway that always fails, for the "provider failure" scenario. */
export const FAILING_GATEWAY = 'https://sms-gateway.sms-login.example/send';

const WORKBENCH_CLIENT = 'workbench';
const WORKBENCH_SECRET = 'workbench-secret-in-the-page';

function configFor(origin: string): ConfigInput {
  return {
    domain: IN_PAGE_DOMAIN,
    clients: [
      { client_id: 'demo', name: 'Tandem', web_origins: [origin] },
      {
        client_id: WORKBENCH_CLIENT,
        name: 'sms-login workbench',
        client_secret: WORKBENCH_SECRET,
        web_origins: [origin],
        grant_types: ['client_credentials'],
      },
    ],
    connections: [{ name: 'sms', enabled_clients: ['demo'] }],
    // The phone beside the stage reads the outbox.
    dev_routes: true,
    // A designer sends many codes to one number while tuning: the per-number and distinct-number
    // caps are loosened here. The per-IP limit keeps its default for the "rate limited" scenario.
    rate_limits: {
      passwordless_start_per_phone: { burst: 1000, per_hour: 1000 },
      distinct_numbers_per_ip: { burst: 1000, per_hour: 1000 },
    },
    client_grants: [
      {
        client_id: WORKBENCH_CLIENT,
        audience: `${IN_PAGE_ORIGIN}/api/v2/`,
        scope: ['read:connections', 'update:connections', 'read:clients', 'update:clients'],
      },
    ],
  } as ConfigInput;
}

let worker: SetupWorker | undefined;

export interface InPageBackend extends DemoBackend {
  readonly management: ManagementClient;
  readonly backend: Backend;
}

/** Starts (or restarts) the worker and builds a fresh backend behind it. */
export async function startInPageBackend(
  options: { workerUrl?: string; browserLanguages?: string } = {},
): Promise<InPageBackend> {
  let offset = 0;
  let browserLanguages = options.browserLanguages ?? navigator.languages.join(',');
  const listeners = new Set<(request: ObservedRequest) => void>();
  let backend = build();

  function build(): Backend {
    return createBackend(configFor(location.origin), {
      clock: { now: () => Date.now() + offset },
    });
  }

  // The backend sees the workbench's "browser languages" as the request's accept-language, and
  // the workbench sees each request the way the backend received it.
  const answer = async (request: Request): Promise<Response> => {
    const headers = new Headers(request.headers);
    if (browserLanguages) headers.set('accept-language', browserLanguages);
    const seen = new Request(request, { headers });
    const path = new URL(request.url).pathname;
    if (!path.startsWith('/dev/') && !path.startsWith('/api/') && request.method !== 'OPTIONS') {
      const observed: ObservedRequest = {
        method: request.method,
        path,
        requestLanguage: headers.get('x-request-language'),
        acceptLanguage: headers.get('accept-language'),
        at: Date.now(),
      };
      for (const listener of listeners) listener(observed);
    }
    return backend.fetch(seen);
  };

  const handlers = [
    ...createMswHandlers({ fetch: answer, context: backend.context }, { origin: IN_PAGE_ORIGIN }),
    http.all(`${new URL(FAILING_GATEWAY).origin}/*`, () => new HttpResponse(null, { status: 503 })),
  ];
  if (!worker) {
    worker = setupWorker(...handlers);
    await worker.start({
      quiet: true,
      onUnhandledRequest: 'bypass',
      serviceWorker: { url: options.workerUrl ?? './mockServiceWorker.js' },
    });
  } else {
    worker.resetHandlers(...handlers);
  }

  const handle: InPageBackend = {
    kind: 'in-page',
    domain: IN_PAGE_DOMAIN,
    origin: IN_PAGE_ORIGIN,
    clientId: 'demo',
    get backend() {
      return backend;
    },
    management: new ManagementClient(
      IN_PAGE_ORIGIN,
      { clientId: WORKBENCH_CLIENT, clientSecret: WORKBENCH_SECRET },
      'demo',
    ),
    async messages(phoneNumber) {
      const response = await backend.fetch(
        new Request(
          `${IN_PAGE_ORIGIN}/dev/messages?phone_number=${encodeURIComponent(phoneNumber)}`,
        ),
      );
      const body = (await response.json()) as { messages?: OutboxMessage[] };
      return body.messages ?? [];
    },
    onRequest(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    advanceClock(ms) {
      offset += ms;
    },
    setBrowserLanguages(value) {
      browserLanguages = value;
    },
    async restart() {
      offset = 0;
      backend = build();
      await backend.context.tenant.ready;
    },
  };
  await backend.context.tenant.ready;
  return handle;
}
