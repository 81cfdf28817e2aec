// The real `sms-login-server` (`?backend=http://localhost:8787`): the widget talks to it directly.
import type { OutboxMessage } from '../../../mock-server/src/index.ts';
import { workbenchTenant } from '../../server/workbench-tenant.mjs';
import { ManagementClient, type ManagementCredentials } from './management.js';
import type { DemoBackend, ObservedRequest } from './types.js';

export interface ServerBackend extends DemoBackend {
  readonly management: ManagementClient;
}

/** What the server's configuration needs for the workbench to edit the connection and theme. */
export function serverConfigHint(origin: string, pageOrigin: string): string {
  return JSON.stringify(workbenchTenant({ serverOrigin: origin, demoOrigin: pageOrigin }), null, 2);
}

/**
 * Watches the widget's own requests to the server: the only way to see the headers that really
 * went out (the browser adds its own accept-language).
 */
function observeFetch(origin: string, listeners: Set<(request: ObservedRequest) => void>): void {
  const original = window.fetch.bind(window);
  window.fetch = (input, init) => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    if (
      url.origin === origin &&
      !url.pathname.startsWith('/dev/') &&
      !url.pathname.startsWith('/api/')
    ) {
      const observed: ObservedRequest = {
        method: request.method,
        path: url.pathname,
        requestLanguage: request.headers.get('x-request-language'),
        acceptLanguage: request.headers.get('accept-language') ?? navigator.languages.join(','),
        at: Date.now(),
      };
      for (const listener of listeners) listener(observed);
    }
    return original(input, init);
  };
}

export function connectToServer(
  origin: string,
  credentials: ManagementCredentials | undefined,
): ServerBackend {
  const listeners = new Set<(request: ObservedRequest) => void>();
  observeFetch(origin, listeners);
  return {
    kind: 'server',
    domain: origin,
    origin,
    clientId: 'demo',
    management: new ManagementClient(origin, credentials, 'demo'),
    async messages(phoneNumber) {
      const response = await fetch(
        `${origin}/dev/messages?phone_number=${encodeURIComponent(phoneNumber)}`,
      );
      if (!response.ok) return [];
      const body = (await response.json()) as { messages?: OutboxMessage[] };
      return body.messages ?? [];
    },
    onRequest(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
