// Open connections are a limited resource (one file descriptor each; 1024 is a common limit).
// Slow or idle clients could hold them all and shut out everyone else, so past a limit a new
// connection pushes out the oldest one: the flood's connections are old, a new visitor's are not.
import type { Socket } from 'node:net';

export interface ConnectionLimits {
  /** Open connections in all (default 900: under a 1024 open-file limit, with room for files). */
  total?: number;
  /**
   * Open connections from one address (default 100). Behind a proxy every connection comes from
   * the proxy, so leave it off there (`0`) and let the proxy limit its clients.
   */
  perClient?: number;
}

export const DEFAULT_CONNECTION_LIMITS = { total: 900, perClient: 100 } as const;

/** Watches a server's connections and keeps them within the limits. */
export function createConnectionGuard(limits: ConnectionLimits = {}) {
  const total = limits.total ?? DEFAULT_CONNECTION_LIMITS.total;
  const perClient = limits.perClient ?? DEFAULT_CONNECTION_LIMITS.perClient;
  // Insertion order is age: the first entry is the oldest connection.
  const open = new Set<Socket>();
  const byAddress = new Map<string, Set<Socket>>();
  let evicted = 0;

  const forget = (socket: Socket, address: string) => {
    open.delete(socket);
    const mine = byAddress.get(address);
    mine?.delete(socket);
    if (mine?.size === 0) byAddress.delete(address);
  };
  const evictOldest = (sockets: Set<Socket>) => {
    const oldest = sockets.values().next().value;
    if (!oldest) return;
    evicted++;
    oldest.destroy();
  };

  return {
    /** For `server.on('connection')`. */
    admit(socket: Socket): void {
      const address = socket.remoteAddress ?? 'unknown';
      const mine = byAddress.get(address) ?? new Set<Socket>();
      if (perClient > 0 && mine.size >= perClient) evictOldest(mine);
      if (open.size >= total) evictOldest(open);
      open.add(socket);
      mine.add(socket);
      byAddress.set(address, mine);
      socket.once('close', () => forget(socket, address));
    },
    get open(): number {
      return open.size;
    },
    /** Connections pushed out so far. */
    get evicted(): number {
      return evicted;
    },
  };
}
