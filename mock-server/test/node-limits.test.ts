import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { describe, it } from 'node:test';
import { createBackend } from '../src/backend.ts';
import { startNodeServer } from '../src/adapters/node.ts';
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

/** The status of a start sent through a proxy that names the client `forwardedFor`. */
const startFrom = (url: string, forwardedFor: string): Promise<number> =>
  fetch(`${url}/passwordless/start`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': forwardedFor },
    body: JSON.stringify({ client_id: 'spa', connection: 'sms', phone_number: '+14155550100' }),
  }).then((response) => response.status);

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

  it('keys the per-IP limits by X-Forwarded-For only when told to trust the proxy', async () => {
    const config = testConfig({
      rate_limits: { passwordless_start_per_ip: { burst: 1, per_hour: 1 } },
    });
    const trusting = await startNodeServer(createBackend(config), { port: 0, trustProxy: true });
    const plain = await startNodeServer(createBackend(config), { port: 0 });
    try {
      assert.deepEqual(
        [
          await startFrom(trusting.url, '203.0.113.1'),
          await startFrom(trusting.url, '203.0.113.2, 10.0.0.1'),
        ],
        [200, 200],
        'two visitors behind the proxy',
      );
      assert.equal(await startFrom(trusting.url, '203.0.113.1'), 429);
      assert.equal(
        await startFrom(trusting.url, 'not-an-address'),
        200,
        'a malformed header falls back to the socket',
      );
      assert.deepEqual(
        [await startFrom(plain.url, '203.0.113.1'), await startFrom(plain.url, '203.0.113.2')],
        [200, 429],
        'without trust the header is ignored',
      );
    } finally {
      await trusting.close();
      await plain.close();
    }
  });
});
