import type { ResourceServerScope } from '../config/resource-server.ts';
import { resourceServerIdFor, type ResourceServer } from '../tenant/resource-servers.ts';

/** Every scope a Management API route of this backend checks, with Auth0's descriptions. */
export const MANAGEMENT_API_SCOPES: readonly ResourceServerScope[] = [
  { value: 'read:clients', description: 'Read Clients' },
  { value: 'create:clients', description: 'Create Clients' },
  { value: 'update:clients', description: 'Update Clients' },
  { value: 'delete:clients', description: 'Delete Clients' },
  { value: 'read:client_credentials', description: 'Read Client Credentials' },
  { value: 'read:client_grants', description: 'Read Client Grants' },
  { value: 'create:client_grants', description: 'Create Client Grants' },
  { value: 'update:client_grants', description: 'Update Client Grants' },
  { value: 'delete:client_grants', description: 'Delete Client Grants' },
  { value: 'read:connections', description: 'Read Connections' },
  { value: 'update:connections', description: 'Update Connections' },
  { value: 'read:users', description: 'Read Users' },
  { value: 'create:users', description: 'Create Users' },
  { value: 'update:users', description: 'Update Users' },
  { value: 'delete:users', description: 'Delete Users' },
  { value: 'read:resource_servers', description: 'Read Resource Servers' },
  { value: 'create:resource_servers', description: 'Create Resource Servers' },
  { value: 'update:resource_servers', description: 'Update Resource Servers' },
  { value: 'delete:resource_servers', description: 'Delete Resource Servers' },
  { value: 'read:branding', description: 'Read Branding' },
  { value: 'create:branding', description: 'Create Branding' },
  { value: 'update:branding', description: 'Update Branding' },
  { value: 'delete:branding', description: 'Delete Branding' },
  { value: 'read:tenant_settings', description: 'Read Tenant Settings' },
  { value: 'update:tenant_settings', description: 'Update Tenant Settings' },
  { value: 'read:actions', description: 'Read Actions' },
  { value: 'update:actions', description: 'Update Actions' },
  { value: 'read:attack_protection', description: 'Read Attack Protection' },
  { value: 'update:attack_protection', description: 'Update Attack Protection' },
  { value: 'read:prompts', description: 'Read Prompts' },
  { value: 'update:prompts', description: 'Update Prompts' },
  { value: 'read:phone_providers', description: 'Read Phone Providers' },
  { value: 'create:phone_providers', description: 'Create Phone Providers' },
  { value: 'update:phone_providers', description: 'Update Phone Providers' },
  { value: 'delete:phone_providers', description: 'Delete Phone Providers' },
  { value: 'read:phone_templates', description: 'Read Phone Templates' },
  { value: 'create:phone_templates', description: 'Create Phone Templates' },
  { value: 'update:phone_templates', description: 'Update Phone Templates' },
  { value: 'delete:phone_templates', description: 'Delete Phone Templates' },
];

/**
 * The Management API as Auth0 lists it among the tenant's APIs: a system resource server that
 * `/api/v2/resource-servers` shows and never changes.
 */
export async function managementApiResourceServer(
  audience: string,
  tokenLifetime: number,
): Promise<ResourceServer> {
  return {
    id: await resourceServerIdFor(audience),
    identifier: audience,
    name: 'Auth0 Management API',
    is_system: true,
    signing_alg: 'RS256',
    scopes: [...MANAGEMENT_API_SCOPES],
    token_lifetime: tokenLifetime,
    allow_offline_access: false,
    skip_consent_for_verifiable_first_party_clients: false,
  };
}
