// The real backend, in the page, behind MSW's service worker: each test gets a fresh one.
import { setupWorker, type SetupWorker } from 'msw/browser';
import { createBackend, createManualClock, type ConfigInput } from '../../mock-server/src/index.ts';
import { createMswHandlers } from '../../mock-server/src/adapters/msw.ts';

export const DOMAIN = 'tenant.example.com';
export const TENANT = `https://${DOMAIN}`;

let worker: SetupWorker | undefined;

export interface TestBackend {
  /** Moves the backend's clock (the widget keeps real time). */
  clock: ReturnType<typeof createManualClock>;
  /** Every request the page sent to the tenant, in order. */
  requests: Request[];
  /** The newest code texted to `phoneNumber`. */
  lastCode(phoneNumber: string): Promise<string>;
  messages(phoneNumber: string): Promise<{ body: string; language: string | null }[]>;
}

export interface BackendSetup {
  sms?: Record<string, unknown>;
  rateLimits?: Record<string, unknown>;
}

export async function startBackend(setup: BackendSetup = {}): Promise<TestBackend> {
  const clock = createManualClock(Date.now());
  const config = {
    domain: DOMAIN,
    clients: [{ client_id: 'demo', name: 'sms-login demo', web_origins: [location.origin] }],
    connections: [{ name: 'sms', enabled_clients: ['demo'], options: { ...setup.sms } }],
    dev_routes: true,
    ...(setup.rateLimits ? { rate_limits: setup.rateLimits } : {}),
  } as ConfigInput;
  const backend = createBackend(config, { clock });
  const handlers = createMswHandlers(backend, { origin: TENANT });
  if (!worker) {
    worker = setupWorker(...handlers);
    await worker.start({ quiet: true, onUnhandledRequest: 'bypass' });
  } else {
    worker.resetHandlers(...handlers);
  }
  const requests: Request[] = [];
  const record = ({ request }: { request: Request }) => {
    if (request.url.startsWith(TENANT) && !request.url.includes('/dev/'))
      requests.push(request.clone());
  };
  worker.events.removeAllListeners('request:start');
  worker.events.on('request:start', record);

  const messages = async (phoneNumber: string) => {
    const response = await fetch(
      `${TENANT}/dev/messages?phone_number=${encodeURIComponent(phoneNumber)}`,
    );
    const body = (await response.json()) as {
      messages: { body: string; language: string | null }[];
    };
    return body.messages;
  };
  return {
    clock,
    requests,
    messages,
    async lastCode(phoneNumber) {
      const [newest] = await messages(phoneNumber);
      const code = newest?.body.match(/\d{4,}/)?.[0];
      if (!code) throw new Error(`no code was texted to ${phoneNumber}`);
      return code;
    },
  };
}

/** Lets MSW answer tenant requests from `handlers` first (to simulate failures of the network). */
export function overrideTenant(...handlers: Parameters<SetupWorker['use']>): void {
  worker!.use(...handlers);
}
