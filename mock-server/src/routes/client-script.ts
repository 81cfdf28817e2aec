import type { BackendContext } from '../context.ts';
import { AuthError } from '../errors.ts';

/**
 * `GET /client/<client_id>.js`: the script Lock loads for a client's settings. It calls
 * `Auth0.setClient` with the strategies Lock builds its form from; only sms connections, the
 * ones this backend serves, enabled for the client.
 */
export async function clientScript(context: BackendContext, file: string): Promise<Response> {
  const clientId = file.endsWith('.js') ? file.slice(0, -'.js'.length) : '';
  const client = clientId.length <= 128 ? await context.tenant.findClient(clientId) : undefined;
  if (!client) throw new AuthError(404, 'not_found', 'Not found');
  const connections = (await context.tenant.listConnections())
    .filter(
      (connection) =>
        connection.strategy === 'sms' && connection.enabled_clients.includes(client.client_id),
    )
    .map((connection) => ({
      name: connection.name,
      ...(connection.display_name ? { display_name: connection.display_name } : {}),
    }));
  const settings = {
    id: client.client_id,
    tenant: new URL(context.issuer).hostname.split('.')[0],
    // Any value but Auth0's `free` and `dev` plans: Lock then shows no "Protected with Auth0" badge.
    subscription: 'self-hosted',
    authorize: `${context.issuer}authorize`,
    callback: client.callbacks[0] ?? '',
    hasAllowedOrigins: client.web_origins.length + client.allowed_origins.length > 0,
    strategies: connections.length ? [{ name: 'sms', connections }] : [],
  };
  // JSON inside a script: `<` escaped so that no `</script>` or comment can end it early.
  const json = JSON.stringify(settings)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
  return new Response(`Auth0.setClient(${json});\n`, {
    headers: {
      'Content-Type': 'application/javascript; charset=utf-8',
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-cache',
    },
  });
}
