import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { describe, it } from 'node:test';
import { createServer as createHttpServer, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createBackend } from '../src/backend.ts';
import { clientAddress, parseProxyTrust } from '../src/adapters/client-address.ts';
import { startNodeServer } from '../src/adapters/node.ts';
import { createConsoleLogger } from '../src/logger.ts';
import { withRequestLog } from '../src/server/request-log.ts';
import { testConfig } from './support.ts';

/** Sends raw bytes, optionally stalling, and returns the whole answer. */
function rawExchange(port: number, text: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(text));
    let answer = '';
    socket.on('data', (chunk) => (answer += chunk));
    socket.on('end', () => resolve(answer));
    socket.on('error', reject);
  });
}

describe('the Node server cuts off huge and slow requests', () => {
  it('answers 431 in the contract shape for headers over the limit', async () => {
    const running = await startNodeServer(createBackend(testConfig()), { port: 0 });
    try {
      const answer = await rawExchange(
        running.port,
        `GET /.well-known/jwks.json HTTP/1.1\r\nHost: x\r\nX-Request-Language: ${'a'.repeat(20_000)}\r\n\r\n`,
      );
      assert.match(answer, /^HTTP\/1\.1 431 /);
      assert.match(
        answer,
        /\{"error":"invalid_request","error_description":"The request headers are too large"\}$/,
      );
    } finally {
      await running.close();
    }
  });

  it('answers 408 in the contract shape for a body that never finishes', async () => {
    const running = await startNodeServer(createBackend(testConfig()), {
      port: 0,
      requestTimeoutMs: 500,
    });
    try {
      const answer = await rawExchange(
        running.port,
        'POST /passwordless/start HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"client_id":',
      );
      assert.match(answer, /^HTTP\/1\.1 408 /);
      assert.match(answer, /"error_description":"The request took too long to arrive"/);
    } finally {
      await running.close();
    }
  });

  it('answers 400 in the contract shape for bytes that are not HTTP', async () => {
    const running = await startNodeServer(createBackend(testConfig()), { port: 0 });
    try {
      const answer = await rawExchange(running.port, 'HELLO\u0000\r\n\r\n');
      assert.match(answer, /^HTTP\/1\.1 400 /);
      assert.match(answer, /"error":"invalid_request"/);
    } finally {
      await running.close();
    }
  });

  it('answers a request target that is not a path (OPTIONS *, POST *) in the contract shape', async () => {
    const running = await startNodeServer(createBackend(testConfig()), { port: 0 });
    try {
      for (const method of ['OPTIONS', 'POST']) {
        const answer = await rawExchange(
          running.port,
          `${method} * HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\nConnection: close\r\n\r\n`,
        );
        assert.match(answer, /^HTTP\/1\.1 400 /, method);
        assert.match(
          answer,
          /\{"error":"invalid_request","error_description":"The request target must be a path"\}$/,
          method,
        );
      }
    } finally {
      await running.close();
    }
  });

  it('logs a body cut off by the client as its error (400), never as a 500', async () => {
    const lines: Record<string, unknown>[] = [];
    const logger = createConsoleLogger((line) => lines.push(JSON.parse(line)));
    const backend = createBackend(testConfig(), { logger });
    const running = await startNodeServer(withRequestLog(backend, logger), { port: 0 });
    try {
      const start =
        'POST /passwordless/start HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n';
      for (const cutOff of [
        `${start}Content-Length: 100\r\n\r\n{"a":1`,
        `${start}Transfer-Encoding: chunked\r\n\r\n5\r\n{"a":\r\nZZ\r\n`,
      ]) {
        const socket = connect(running.port, '127.0.0.1', () => socket.end(cutOff));
        socket.on('error', () => {});
      }
      for (
        let tries = 0;
        tries < 100 && lines.filter((l) => l.event === 'request').length < 2;
        tries++
      )
        await new Promise((resolve) => setTimeout(resolve, 20));
      const requests = lines.filter((line) => line.event === 'request');
      assert.deepEqual(
        requests.map((line) => line.status),
        [400, 400],
        JSON.stringify(lines),
      );
      assert.ok(!lines.some((line) => line.event === 'unhandled_error'), JSON.stringify(lines));
    } finally {
      await running.close();
    }
  });
});

/**
 * A reverse proxy as nginx's `proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for` is:
 * it appends the address it got the request from to whatever the client sent.
 */
async function appendingProxy(target: string): Promise<{ url: string; close(): Promise<void> }> {
  const server = createHttpServer(async (incoming, outgoing) => {
    const chunks: Buffer[] = [];
    for await (const chunk of incoming) chunks.push(chunk as Buffer);
    const sent = incoming.headers['x-forwarded-for'];
    const forwarded = [sent, incoming.socket.remoteAddress].filter(Boolean).join(', ');
    const answer = await fetch(`${target}${incoming.url}`, {
      method: incoming.method,
      headers: {
        'content-type': String(incoming.headers['content-type'] ?? ''),
        'x-forwarded-for': forwarded,
      },
      ...(chunks.length ? { body: Buffer.concat(chunks) } : {}),
    });
    outgoing.writeHead(answer.status, { 'content-type': 'application/json' });
    outgoing.end(Buffer.from(await answer.arrayBuffer()));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/**
 * 40 starts for new numbers, each claiming its own address: how many got a code. The client
 * sends from 127.0.0.2, an address no proxy here has, as a visitor from outside would.
 */
async function spoofedStarts(url: string): Promise<number> {
  let sent = 0;
  for (let index = 0; index < 40; index++) {
    const body = JSON.stringify({
      client_id: 'spa',
      connection: 'sms',
      phone_number: `+1415555${String(2000 + index)}`,
    });
    const status = await new Promise<number>((resolve, reject) => {
      const request = httpRequest(
        `${url}/passwordless/start`,
        {
          method: 'POST',
          localAddress: '127.0.0.2',
          headers: {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(body),
            'x-forwarded-for': `198.51.100.${index + 1}`,
          },
        },
        (response) => {
          response.resume();
          response.on('end', () => resolve(response.statusCode!));
        },
      );
      request.on('error', reject);
      request.end(body);
    });
    if (status === 200) sent++;
  }
  return sent;
}

const config = () =>
  testConfig({
    rate_limits: {
      passwordless_start_per_ip: { burst: 1000, per_hour: 1000 },
      distinct_numbers_per_ip: { burst: 10, per_hour: 10 },
    },
  });

describe('the client address behind proxies (--trust-proxy)', () => {
  for (const [label, trust, proxies] of [
    ['one nginx: one hop', parseProxyTrust('1'), 1],
    ['one nginx on this machine, by address', parseProxyTrust('127.0.0.1'), 1],
    ['a load balancer in front of nginx: two hops', parseProxyTrust('2'), 2],
    ['two proxies by CIDR range', parseProxyTrust('127.0.0.1/32, ::1'), 2],
  ] as const) {
    it(`a client cannot pick its own rate-limit address (${label})`, async () => {
      const running = await startNodeServer(createBackend(config()), {
        port: 0,
        trustProxy: trust,
      });
      const chain = [await appendingProxy(running.url)];
      if (proxies === 2) chain.unshift(await appendingProxy(chain[0]!.url));
      try {
        // The per-IP cap of 10 new numbers holds, whatever the client writes in the header.
        assert.equal(await spoofedStarts(chain[0]!.url), 10);
      } finally {
        for (const proxy of chain) await proxy.close();
        await running.close();
      }
    });
  }

  it('without --trust-proxy the header is ignored', async () => {
    const running = await startNodeServer(createBackend(config()), { port: 0 });
    try {
      assert.equal(await spoofedStarts(running.url), 10);
    } finally {
      await running.close();
    }
  });

  it('reads the address from the right, past the trusted proxies only', () => {
    const one = parseProxyTrust('1');
    const lan = parseProxyTrust('private, loopback');
    const cases: [string | null, string, ReturnType<typeof parseProxyTrust> | undefined, string][] =
      [
        ['6.6.6.6, 203.0.113.9', '10.0.0.2', one, '203.0.113.9'],
        ['6.6.6.6, 203.0.113.9', '10.0.0.2', undefined, '10.0.0.2'],
        ['6.6.6.6, 203.0.113.9, 10.0.0.5', '127.0.0.1', lan, '203.0.113.9'],
        ['203.0.113.9', '::ffff:10.0.0.2', lan, '203.0.113.9'],
        ['203.0.113.9', '198.51.100.1', lan, '198.51.100.1'],
        ['6.6.6.6, not-an-address', '10.0.0.2', one, '10.0.0.2'],
        [null, '10.0.0.2', one, '10.0.0.2'],
        ['2001:db8::1', '10.0.0.2', parseProxyTrust('3'), '2001:db8::1'],
      ];
    for (const [header, socket, trust, expected] of cases)
      assert.equal(clientAddress(header, socket, trust), expected, `${header} via ${socket}`);
  });

  it('refuses a setting it cannot read, with the reason', () => {
    for (const bad of ['0', '11', 'yes', '10.0.0.0/33', '10.0.0.1/8/9', 'localhost', '', '1,'])
      assert.throws(() => parseProxyTrust(bad), Error, bad);
  });
});
