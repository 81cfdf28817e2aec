import type { ConfigInput } from './schema.ts';

/** What runs when no configuration is given: one demo client on one sms connection, the outbox on. */
export const defaultConfig: ConfigInput = {
  domain: 'http://localhost:8787',
  clients: [
    {
      client_id: 'demo',
      name: 'sms-login demo',
      app_type: 'spa',
      web_origins: ['http://localhost:5173'],
      callbacks: ['http://localhost:5173'],
      allowed_logout_urls: ['http://localhost:5173'],
    },
  ],
  connections: [{ name: 'sms', strategy: 'sms', enabled_clients: ['demo'] }],
  // The demo tenant is for trying the product on one's own machine: the outbox is how its codes
  // are read.
  dev_routes: true,
};
