// The tenant `npm start` runs the server with, for the workbench against a real server: the
// product's client `demo` (the widget on the stage, and the sample app that signs in through the
// hosted page), a Management API client for the workbench's panels, and the workbench's origin
// allowed to frame the hosted page. For development only: the Management secret is no secret.

/** The ids the workbench and the sample app use. */
export const WORKBENCH_TENANT = {
  clientId: 'demo',
  managementClientId: 'workbench',
  managementClientSecret: 'workbench-local-secret',
  /** Where the sample app lives on the demo's origin (demo/sample-app/). */
  sampleAppPath: '/sample-app/',
};

/**
 * The server's configuration for a workbench at `demoOrigin` and a server at `serverOrigin`
 * (`npm start`: http://localhost:5173 and http://localhost:8787).
 */
export function workbenchTenant({ serverOrigin, demoOrigin }) {
  const sampleApp = `${demoOrigin}${WORKBENCH_TENANT.sampleAppPath}`;
  return {
    domain: serverOrigin,
    clients: [
      {
        client_id: WORKBENCH_TENANT.clientId,
        name: 'Tandem',
        app_type: 'spa',
        web_origins: [demoOrigin],
        callbacks: [demoOrigin, sampleApp],
        allowed_logout_urls: [demoOrigin, sampleApp],
      },
      {
        client_id: WORKBENCH_TENANT.managementClientId,
        name: 'sms-login workbench',
        client_secret: WORKBENCH_TENANT.managementClientSecret,
        web_origins: [demoOrigin],
        grant_types: ['client_credentials'],
      },
    ],
    connections: [{ name: 'sms', strategy: 'sms', enabled_clients: [WORKBENCH_TENANT.clientId] }],
    client_grants: [
      {
        client_id: WORKBENCH_TENANT.managementClientId,
        audience: `${serverOrigin}/api/v2/`,
        scope: [
          'read:connections',
          'update:connections',
          'read:clients',
          'update:clients',
          'read:branding',
          'create:branding',
          'update:branding',
        ],
      },
    ],
    dev_routes: true,
    hosted_login: { frame_ancestors: [demoOrigin] },
    // A designer sends many codes to one number while tuning.
    rate_limits: {
      passwordless_start_per_phone: { burst: 1000, per_hour: 1000 },
      distinct_numbers_per_ip: { burst: 1000, per_hour: 1000 },
    },
  };
}

/** The workbench's address against that server, with its Management API client. */
export function workbenchUrl({ serverOrigin, demoOrigin }) {
  const management = `${WORKBENCH_TENANT.managementClientId}:${WORKBENCH_TENANT.managementClientSecret}`;
  return `${demoOrigin}/?backend=${encodeURIComponent(serverOrigin)}&management=${encodeURIComponent(management)}`;
}
