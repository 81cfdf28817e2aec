import type { ResourceServerConfig } from '../config/resource-server.ts';
import { sha256Hex } from '../crypto/digest.ts';
import type { Store } from '../store/types.ts';

/** An API (Auth0's resource server) as the tenant keeps it. */
export type ResourceServer = ResourceServerConfig & {
  id: string;
  /** The Management API itself: listed, never changed or deleted. */
  is_system: boolean;
};

/**
 * The id of the API with this identifier. Identifiers are unique and never change, so the id is
 * derived from it: the same on every start, and a lookup by identifier is one document read.
 */
export async function resourceServerIdFor(identifier: string): Promise<string> {
  return (await sha256Hex(`resource-server:${identifier}`)).slice(0, 24);
}

/**
 * The tenant's APIs: the system ones first, then those of the configuration and the Management
 * API, by identifier.
 */
export interface TenantResourceServers {
  listResourceServers(): Promise<ResourceServer[]>;
  /** The API an `audience` names, system ones included; what the token issuer checks. */
  findResourceServer(identifier: string): Promise<ResourceServer | undefined>;
  findResourceServerById(id: string): Promise<ResourceServer | undefined>;
  saveResourceServer(server: ResourceServer): Promise<void>;
  /** Changes a stored API in one store step; `undefined` when there is none with that id. */
  updateResourceServer(
    id: string,
    update: (current: ResourceServer) => ResourceServer,
  ): Promise<ResourceServer | undefined>;
  /** Deletes a stored API; system ones are not stored, so they cannot be deleted. */
  deleteResourceServer(id: string): Promise<boolean>;
}

export function createTenantResourceServers(
  store: Store,
  systemApis: Promise<readonly ResourceServer[]>,
  ready: Promise<void>,
): TenantResourceServers {
  const findStored = async (id: string) => {
    await ready;
    return store.getDocument<ResourceServer>('resource_servers', id);
  };
  return {
    async listResourceServers() {
      await ready;
      // Ids are hashes, so the store's order means nothing: APIs are listed by identifier.
      const stored = (await store.listDocuments<ResourceServer>('resource_servers')).sort((a, b) =>
        a.identifier < b.identifier ? -1 : a.identifier > b.identifier ? 1 : 0,
      );
      return [...(await systemApis), ...stored];
    },
    async findResourceServer(identifier) {
      const system = (await systemApis).find((api) => api.identifier === identifier);
      if (system) return system;
      const stored = await findStored(await resourceServerIdFor(identifier));
      return stored?.identifier === identifier ? stored : undefined;
    },
    async findResourceServerById(id) {
      return (await systemApis).find((api) => api.id === id) ?? (await findStored(id));
    },
    async saveResourceServer(server) {
      await ready;
      await store.putDocument('resource_servers', server.id, server);
    },
    async updateResourceServer(id, update) {
      await ready;
      return store.updateDocument<ResourceServer>('resource_servers', id, update);
    },
    async deleteResourceServer(id) {
      await ready;
      return store.deleteDocument('resource_servers', id);
    },
  };
}
