import { serve, type ServerType } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import type { Backend } from '../backend.ts';

export interface NodeServerOptions {
  port?: number;
  hostname?: string;
}

export interface RunningServer {
  /** `http://<host>:<port>` the server listens on. */
  url: string;
  port: number;
  close(): Promise<void>;
  server: ServerType;
}

/** Serves the backend over HTTP with Node; resolves once it listens. */
export function startNodeServer(
  backend: Backend,
  options: NodeServerOptions = {},
): Promise<RunningServer> {
  const hostname = options.hostname ?? '127.0.0.1';
  return new Promise((resolve, reject) => {
    const server = serve(
      {
        hostname,
        port: options.port ?? 8787,
        fetch: (request, env: { incoming?: { socket?: { remoteAddress?: string } } }) =>
          backend.fetch(request, { ip: env.incoming?.socket?.remoteAddress ?? 'unknown' }),
      },
      (info: AddressInfo) => {
        const host = hostname.includes(':') ? `[${hostname}]` : hostname;
        resolve({
          url: `http://${host}:${info.port}`,
          port: info.port,
          server,
          close: () =>
            new Promise<void>((done, fail) => {
              server.close((error) => (error ? fail(error) : done()));
              if ('closeIdleConnections' in server) server.closeIdleConnections();
            }),
        });
      },
    );
    server.once('error', reject);
  });
}
