import { sha256Hex } from '../crypto/digest.ts';
import type { Store } from '../store/types.ts';

/** Auth0's client grant: `client_id` may get `client_credentials` tokens for `audience`. */
export interface ClientGrant {
  id: string;
  client_id: string;
  audience: string;
  scope: string[];
}

/**
 * The id of the grant of `clientId` for `audience`. A client has one grant per API, so the id is
 * derived from the pair: the same on every start, and a lookup by the pair is one document read.
 */
export async function clientGrantIdFor(clientId: string, audience: string): Promise<string> {
  return `cgr_${(await sha256Hex(`client-grant:${clientId}\n${audience}`)).slice(0, 16)}`;
}

/** The tenant's client grants, seeded from the configuration's `client_grants`. */
export interface TenantClientGrants {
  /** By client, then audience. */
  listClientGrants(): Promise<ClientGrant[]>;
  findClientGrant(clientId: string, audience: string): Promise<ClientGrant | undefined>;
  findClientGrantById(id: string): Promise<ClientGrant | undefined>;
  saveClientGrant(grant: ClientGrant): Promise<void>;
  /** Changes a grant in one store step; `undefined` when there is none with that id. */
  updateClientGrant(
    id: string,
    update: (current: ClientGrant) => ClientGrant,
  ): Promise<ClientGrant | undefined>;
  deleteClientGrant(id: string): Promise<boolean>;
}

const order = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byClientThenAudience = (a: ClientGrant, b: ClientGrant) =>
  order(a.client_id, b.client_id) || order(a.audience, b.audience);

export function createTenantClientGrants(store: Store, ready: Promise<void>): TenantClientGrants {
  const find = async (id: string) => {
    await ready;
    return store.getDocument<ClientGrant>('client_grants', id);
  };
  return {
    async listClientGrants() {
      await ready;
      return (await store.listDocuments<ClientGrant>('client_grants')).sort(byClientThenAudience);
    },
    async findClientGrant(clientId, audience) {
      const grant = await find(await clientGrantIdFor(clientId, audience));
      return grant?.client_id === clientId && grant.audience === audience ? grant : undefined;
    },
    findClientGrantById: find,
    async saveClientGrant(grant) {
      await ready;
      await store.putDocument('client_grants', grant.id, grant);
    },
    async updateClientGrant(id, update) {
      await ready;
      return store.updateDocument<ClientGrant>('client_grants', id, update);
    },
    async deleteClientGrant(id) {
      await ready;
      return store.deleteDocument('client_grants', id);
    },
  };
}
