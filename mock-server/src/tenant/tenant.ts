import { clientSchema } from '../config/client.ts';
import { originOf } from '../config/urls.ts';
import type { ClientConfig, Config, ConnectionConfig } from '../config/schema.ts';
import { sha256Hex } from '../crypto/digest.ts';
import type { DocumentCollection, Store } from '../store/types.ts';
import {
  BRANDING_SETTINGS_ID,
  THEME_ID,
  UNIVERSAL_LOGIN_TEMPLATE_ID,
  createTenantBranding,
  type TenantBranding,
} from './branding.ts';
import {
  clientGrantIdFor,
  createTenantClientGrants,
  type TenantClientGrants,
} from './client-grants.ts';
import { readCache } from './read-cache.ts';
import {
  createTenantResourceServers,
  resourceServerIdFor,
  type ResourceServer,
  type TenantResourceServers,
} from './resource-servers.ts';
import {
  createTenantSettings,
  seedTenantSettings,
  type TenantSettingsStore,
} from './tenant-settings.ts';

/** A connection as stored: the configuration's fields plus its Auth0-style id. */
export type Connection = ConnectionConfig & { id: string };
/**
 * A client with every setting filled in (callbacks, logout URLs, app type, authentication
 * method, refresh-token settings…): what `/authorize`, `/oauth/token` and the Management API read.
 */
export type Client = ClientConfig;
export type { ResourceServer };

/**
 * The tenant's clients, connections, APIs and branding. The configuration seeds them; after that
 * they live in the store, where the Management API changes them. An entry whose configuration
 * text changed since it was seeded is written again, so editing the file still takes effect on
 * restart.
 */
export interface Tenant
  extends TenantResourceServers, TenantBranding, TenantClientGrants, TenantSettingsStore {
  /** Resolves once the configuration's entries are in the store. */
  ready: Promise<void>;
  listClients(): Promise<Client[]>;
  findClient(clientId: string): Promise<Client | undefined>;
  saveClient(client: Client): Promise<void>;
  /** Deletes a client, takes it off every connection it was enabled on and deletes its grants. */
  deleteClient(clientId: string): Promise<boolean>;
  listConnections(): Promise<Connection[]>;
  findConnection(name: string): Promise<Connection | undefined>;
  findConnectionById(id: string): Promise<Connection | undefined>;
  saveConnection(connection: Connection): Promise<void>;
  /** Changes a connection in one store step; `undefined` when there is none with that id. */
  updateConnection(
    id: string,
    update: (current: Connection) => Connection,
  ): Promise<Connection | undefined>;
  /** Changes a client in one store step; `undefined` when there is none with that id. */
  updateClient(clientId: string, update: (current: Client) => Client): Promise<Client | undefined>;
  /**
   * Every origin any client allows to call from a browser: its web origins, allowed origins and
   * the origins of its callback URLs, as Auth0 allows them (for CORS preflights, which do not say
   * which client).
   */
  allowedOrigins(): Promise<Set<string>>;
}

/** A stable id for a configured connection, so it is the same on every start. */
export async function connectionIdFor(name: string): Promise<string> {
  return `con_${(await sha256Hex(`connection:${name}`)).slice(0, 16)}`;
}

interface SeedRecord {
  fingerprint: string;
}

/** What the tenant has beyond its configuration. */
export interface TenantOptions {
  /** APIs the backend serves itself (the Management API): listed, never stored or changed. */
  systemApis?: Promise<readonly ResourceServer[]>;
  /**
   * Runs once the configuration is in the store and before `ready` resolves: the users the
   * configuration seeds, written by the layer that knows what a new user is.
   */
  afterSeed?: () => Promise<void>;
}

/**
 * A stored client with the defaults of the current version filled in, so a document written
 * before a setting existed reads as if it had been written now.
 */
function withDefaults(client: Client | undefined): Client | undefined {
  if (!client) return undefined;
  const parsed = clientSchema.safeParse(client);
  return parsed.success ? parsed.data : client;
}

export function createTenant(store: Store, config: Config, options: TenantOptions = {}): Tenant {
  const seedOne = async (kind: DocumentCollection, id: string, entry: unknown) => {
    const fingerprint = await sha256Hex(JSON.stringify(entry));
    const seed = await store.getDocument<SeedRecord>('seeds', `${kind}:${id}`);
    if (seed?.fingerprint === fingerprint) return;
    await store.putDocument(kind, id, entry);
    await store.putDocument<SeedRecord>('seeds', `${kind}:${id}`, { fingerprint });
  };
  const ready = (async () => {
    for (const client of config.clients) await seedOne('clients', client.client_id, client);
    for (const connection of config.connections) {
      const id = connection.id ?? (await connectionIdFor(connection.name));
      await seedOne('connections', id, { ...connection, id });
    }
    for (const grant of config.client_grants) {
      const id = await clientGrantIdFor(grant.client_id, grant.audience);
      await seedOne('client_grants', id, { id, ...grant });
    }
    await seedTenantSettings(store, config.sessions);
    for (const server of config.resource_servers) {
      const id = await resourceServerIdFor(server.identifier);
      await seedOne('resource_servers', id, { ...server, id, is_system: false });
    }
    if (config.branding) await seedOne('branding', BRANDING_SETTINGS_ID, config.branding);
    if (config.branding_theme)
      await seedOne('branding', THEME_ID, {
        ...config.branding_theme,
        themeId: (await sha256Hex('branding-theme')).slice(0, 20),
      });
    if (config.universal_login_template !== undefined)
      await seedOne('branding', UNIVERSAL_LOGIN_TEMPLATE_ID, {
        template: config.universal_login_template,
      });
    await options.afterSeed?.();
  })();
  // Callers await `ready`; this only keeps a failed seed from being reported as unhandled too.
  ready.catch(() => {});

  // Every start and token request reads its client and connection: both are kept, by id and by
  // name, until a write through the tenant (the Management API) clears them, or for at most the
  // store's `cacheMaxAgeMs` when other instances write it too. What callers get is frozen: they
  // copy before they change.
  const clients = readCache(async () => {
    await ready;
    const all = (await store.listDocuments<Client>('clients')).map((client) =>
      withDefaults(client)!,
    );
    const origins = new Set(
      all.flatMap((client) => [
        ...client.web_origins,
        ...client.allowed_origins.map(originOf),
        ...client.callbacks.map(originOf),
      ]),
    );
    return { all, byId: new Map(all.map((client) => [client.client_id, client])), origins };
  }, store.cacheMaxAgeMs);
  const connections = readCache(async () => {
    await ready;
    const all = await store.listDocuments<Connection>('connections');
    return {
      all,
      byName: new Map(all.map((connection) => [connection.name, connection])),
      byId: new Map(all.map((connection) => [connection.id, connection])),
    };
  }, store.cacheMaxAgeMs);
  /** Runs a write, then forgets what was read before it (also when it fails halfway). */
  const writing = async <T>(write: () => Promise<T>): Promise<T> => {
    try {
      return await write();
    } finally {
      clients.clear();
      connections.clear();
    }
  };
  const listConnections = async () => [...(await connections.get()).all];
  const listClients = async () => [...(await clients.get()).all];

  return {
    ready,
    ...createTenantResourceServers(store, options.systemApis ?? Promise.resolve([]), ready),
    ...createTenantBranding(store, ready),
    ...createTenantClientGrants(store, ready),
    ...createTenantSettings(store, ready),
    listClients,
    async findClient(clientId) {
      return (await clients.get()).byId.get(clientId);
    },
    saveClient: (client) => writing(() => store.putDocument('clients', client.client_id, client)),
    deleteClient: (clientId) =>
      writing(async () => {
        await ready;
        if (!(await store.deleteDocument('clients', clientId))) return false;
        for (const connection of await store.listDocuments<Connection>('connections'))
          if (connection.enabled_clients.includes(clientId))
            await store.updateDocument<Connection>('connections', connection.id, (current) => ({
              ...current,
              enabled_clients: current.enabled_clients.filter((id) => id !== clientId),
            }));
        for (const grant of await store.listDocuments<{ id: string; client_id: string }>(
          'client_grants',
        ))
          if (grant.client_id === clientId) await store.deleteDocument('client_grants', grant.id);
        return true;
      }),
    listConnections,
    async findConnection(name) {
      return (await connections.get()).byName.get(name);
    },
    async findConnectionById(id) {
      return (await connections.get()).byId.get(id);
    },
    saveConnection: (connection) =>
      writing(() => store.putDocument('connections', connection.id, connection)),
    updateConnection: (id, update) =>
      writing(async () => {
        await ready;
        return store.updateDocument<Connection>('connections', id, update);
      }),
    updateClient: (clientId, update) =>
      writing(async () => {
        await ready;
        return store.updateDocument<Client>('clients', clientId, (current) =>
          update(withDefaults(current)!),
        );
      }),
    async allowedOrigins() {
      return (await clients.get()).origins;
    },
  };
}
