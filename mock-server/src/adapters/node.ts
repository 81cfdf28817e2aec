import { serve, type ServerType } from '@hono/node-server';
import {
  createServer as createHttpServer,
  type IncomingMessage,
  type RequestListener,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import type { Backend } from '../backend.ts';
import { clientAddress, type ProxyTrust } from './client-address.ts';
import { createConnectionGuard, type ConnectionLimits } from './connection-guard.ts';
import { endOfTurn } from './turn-end.ts';

export interface NodeServerOptions {
  port?: number;
  hostname?: string;
  /** Bytes of request line and headers; larger requests get `431`. Default 16 KiB. */
  maxHeaderBytes?: number;
  /** Milliseconds a client may take to send the whole request; slower ones get `408`. Default 30 s. */
  requestTimeoutMs?: number;
  /**
   * The proxies to believe about the client's address (`X-Forwarded-For`): the nearest hops, or
   * those at given addresses. Without it the socket's address is the client's.
   */
  trustProxy?: ProxyTrust;
  /** Open connections in all and per address; past them the oldest connection is closed. */
  connections?: ConnectionLimits;
  /** Serve HTTPS with this PEM certificate (chain) and private key instead of plain HTTP. */
  tls?: { cert: string; key: string };
}

/** Answers what Node refuses before the backend sees it, in the contract's error shape. */
function rejectMalformedRequest(error: NodeJS.ErrnoException, socket: Duplex): void {
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  const [status, reason, description] =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? [431, 'Request Header Fields Too Large', 'The request headers are too large']
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? [408, 'Request Timeout', 'The request took too long to arrive']
        : [400, 'Bad Request', 'The request is not valid HTTP'];
  const body = JSON.stringify({ error: 'invalid_request', error_description: description });
  socket.end(
    `HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}

/** An answer in the contract's error shape, written before the backend sees the request. */
function answerError(response: ServerResponse, status: number, description: string): void {
  const body = JSON.stringify({ error: 'invalid_request', error_description: description });
  response.writeHead(status, {
    'Content-Type': 'application/json',
    'Content-Length': Buffer.byteLength(body),
  });
  response.end(body);
}

/**
 * Requests whose target is neither a path nor an absolute http(s) URL (`OPTIONS *`, `CONNECT
 * host:443`): HTTP allows them, the backend has nothing at them, and @hono/node-server would
 * answer an empty 400.
 */
function onlyPaths(listener: RequestListener): RequestListener {
  return (request: IncomingMessage, response: ServerResponse) => {
    const target = request.url ?? '';
    if (target.startsWith('/') || /^https?:\/\//i.test(target)) return listener(request, response);
    answerError(response, 400, 'The request target must be a path');
  };
}

export interface RunningServer {
  /** `http://<host>:<port>` the server listens on (`https://` with `tls`). */
  url: string;
  port: number;
  close(): Promise<void>;
  server: ServerType;
}

/** Serves the backend over HTTP (or HTTPS with `tls`) with Node; resolves once it listens. */
export async function startNodeServer(
  backend: Backend,
  options: NodeServerOptions = {},
): Promise<RunningServer> {
  // Loaded only for HTTPS: node:https and node:tls add to every plain start otherwise.
  const createHttpsServer = options.tls ? (await import('node:https')).createServer : undefined;
  const createServer = ((serverOptions: object, listener: RequestListener) =>
    createHttpsServer
      ? createHttpsServer(serverOptions, onlyPaths(listener))
      : createHttpServer(serverOptions, onlyPaths(listener))) as typeof createHttpServer;
  const hostname = options.hostname ?? '127.0.0.1';
  const serverOptions = {
    maxHeaderSize: options.maxHeaderBytes ?? 16 * 1024,
    requestTimeout: options.requestTimeoutMs ?? 30_000,
    headersTimeout: Math.min(options.requestTimeoutMs ?? 30_000, 10_000),
    // How often Node looks for requests over their time; its default (30 s) is too coarse.
    connectionsCheckingInterval: 1000,
  };
  const fetch = async (
    request: Request,
    env: { incoming?: { socket?: { remoteAddress?: string; encrypted?: boolean } } },
  ) => {
    const response = await backend.fetch(request, {
      ip: clientAddress(
        request.headers.get('x-forwarded-for'),
        env.incoming?.socket?.remoteAddress,
        options.trustProxy,
      ),
      // The socket's word, not the request line's: a plain-HTTP client may write `https://` there.
      secure: env.incoming?.socket?.encrypted === true,
    });
    await endOfTurn();
    return response;
  };
  return new Promise((resolve, reject) => {
    const server = serve(
      options.tls && createHttpsServer
        ? {
            hostname,
            port: options.port ?? 8787,
            createServer,
            serverOptions: { ...serverOptions, cert: options.tls.cert, key: options.tls.key },
            fetch,
          }
        : { hostname, port: options.port ?? 8787, createServer, serverOptions, fetch },
      (info: AddressInfo) => {
        const host = hostname.includes(':') ? `[${hostname}]` : hostname;
        resolve({
          url: `${options.tls ? 'https' : 'http'}://${host}:${info.port}`,
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
    server.on('clientError', rejectMalformedRequest);
    // Behind a proxy every connection has the proxy's address: only the total applies there.
    const guard = createConnectionGuard(
      options.trustProxy ? { perClient: 0, ...options.connections } : options.connections,
    );
    server.on('connection', (socket: Socket) => guard.admit(socket));
    server.once('error', reject);
  });
}

/** Post-login Actions on worker threads, for `createBackend(config, { postLoginRunner })`. */
export { createActionThreads, type ActionThreadsOptions } from '../server/action-threads.ts';

/** node:crypto for `createBackend(config, { crypto })`: the hashes and signatures of the server. */
export { createNodeCrypto } from '../server/node-crypto.ts';
