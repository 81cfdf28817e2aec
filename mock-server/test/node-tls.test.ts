// The Node door over TLS: `startNodeServer` with `tls` serves HTTPS, and tells the backend which
// requests came encrypted (`RequestInfo.secure`, what a cookie's `Secure` would follow).
import assert from 'node:assert/strict';
import http from 'node:http';
import { describe, it } from 'node:test';
import type { Backend } from '../src/backend.ts';
import { createBackend } from '../src/backend.ts';
import type { RequestInfo } from '../src/context.ts';
import { startNodeServer } from '../src/adapters/node.ts';
import { testConfig } from './support.ts';
import { httpsGet, makeSelfSignedCertificate } from './tls-support.ts';

/** A backend that answers 204 and keeps the request info the door handed it. */
function recording(): { backend: Backend; seen: Partial<RequestInfo>[] } {
  const real = createBackend(testConfig());
  const seen: Partial<RequestInfo>[] = [];
  return {
    seen,
    backend: {
      context: real.context,
      fetch: async (_request, info = {}) => {
        seen.push(info);
        return new Response(null, { status: 204 });
      },
    },
  };
}

/** `GET` with an absolute-form request line (`GET https://localhost/… HTTP/1.1`); its status. */
function absoluteFormGet(port: number, target: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = http.get(
      { host: '127.0.0.1', port, path: target, agent: false },
      (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      },
    );
    request.on('error', reject);
  });
}

describe('the Node server over TLS', () => {
  it('serves HTTPS with the given certificate; requests are marked secure', async () => {
    const { cert, key } = await makeSelfSignedCertificate(['localhost', '127.0.0.1']);
    const { backend, seen } = recording();
    const running = await startNodeServer(backend, { port: 0, tls: { cert, key } });
    try {
      assert.equal(running.url, `https://127.0.0.1:${running.port}`);
      const answer = await httpsGet(`${running.url}/anything`, { ca: cert });
      assert.equal(answer.status, 204);
      assert.equal(seen[0]?.secure, true);
      assert.equal(seen[0]?.ip, '127.0.0.1');
    } finally {
      await running.close();
    }
  });

  it('over plain HTTP requests are not secure, even when the request line says https://', async () => {
    const { backend, seen } = recording();
    const running = await startNodeServer(backend, { port: 0 });
    try {
      assert.equal(running.url, `http://127.0.0.1:${running.port}`);
      assert.equal((await fetch(`${running.url}/anything`)).status, 204);
      assert.equal(await absoluteFormGet(running.port, 'https://localhost/anything'), 204);
      assert.deepEqual(
        seen.map((info) => info.secure),
        [false, false],
      );
    } finally {
      await running.close();
    }
  });
});
