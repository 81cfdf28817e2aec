import type { ClientConfig, Config, ConnectionConfig } from '../config/schema.ts';
import { sha256Hex } from '../crypto/digest.ts';
import type { Store } from '../store/types.ts';

/** A connection as stored: the configuration's fields plus its Auth0-style id. */
export type Connection = ConnectionConfig & { id: string };
export type Client = ClientConfig;

/**
 * The tenant's clients and connections. The configuration seeds them; after that they live in
 * the store, where the Management API changes them. An entry whose configuration text changed
 * since it was seeded is written again, so editing the file still takes effect on restart.
 */
export interface Tenant {
  /** Resolves once the configuration's entries are in the store. */
  ready: Promise<void>;
  listClients(): Promise<Client[]>;
  findClient(clientId: string): Promise<Client | undefined>;
  saveClient(client: Client): Promise<void>;
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
  /** Every origin any client allows (for CORS preflights, which do not say which client). */
  allowedOrigins(): Promise<Set<string>>;
}

/** A stable id for a configured connection, so it is the same on every start. */
export async function connectionIdFor(name: string): Promise<string> {
  return `con_${(await sha256Hex(`connection:${name}`)).slice(0, 16)}`;
}

interface SeedRecord {
  fingerprint: string;
}

export function createTenant(store: Store, config: Config): Tenant {
  const seedOne = async (kind: 'clients' | 'connections', id: string, entry: unknown) => {
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
  })();
  // Callers await `ready`; this only keeps a failed seed from being reported as unhandled too.
  ready.catch(() => {});

  // Every start and token request looks a connection up by name. Names are unique, so the id a
  // name was last found under is kept: one document read instead of listing them all. The read
  // checks the name, so an entry gone stale (a deleted connection) falls back to the list.
  const connectionIdByName = new Map<string, string>();
  const listConnections = async () => {
    await ready;
    return store.listDocuments<Connection>('connections');
  };
  const listClients = async () => {
    await ready;
    return store.listDocuments<Client>('clients');
  };

  return {
    ready,
    listClients,
    async findClient(clientId) {
      await ready;
      return store.getDocument<Client>('clients', clientId);
    },
    saveClient: (client) => store.putDocument('clients', client.client_id, client),
    listConnections,
    async findConnection(name) {
      const id = connectionIdByName.get(name);
      if (id !== undefined) {
        await ready;
        const connection = await store.getDocument<Connection>('connections', id);
        if (connection?.name === name) return connection;
        connectionIdByName.delete(name);
      }
      const found = (await listConnections()).find((connection) => connection.name === name);
      if (found) connectionIdByName.set(name, found.id);
      return found;
    },
    async findConnectionById(id) {
      await ready;
      return store.getDocument<Connection>('connections', id);
    },
    saveConnection: (connection) => store.putDocument('connections', connection.id, connection),
    async updateConnection(id, update) {
      await ready;
      return store.updateDocument<Connection>('connections', id, update);
    },
    async updateClient(clientId, update) {
      await ready;
      return store.updateDocument<Client>('clients', clientId, update);
    },
    async allowedOrigins() {
      return new Set((await listClients()).flatMap((client) => client.web_origins));
    },
  };
}
