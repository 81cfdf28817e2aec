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
});
