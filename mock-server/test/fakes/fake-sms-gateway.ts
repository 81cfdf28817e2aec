import { jwtVerify, type JWTPayload } from 'jose';
import { listenOnLoopback, sendJson } from './listen.ts';

export interface GatewayDelivery {
  payload: Record<string, unknown>;
  claims?: JWTPayload;
}

/**
 * A local legacy SMS gateway: verifies the Bearer JWT (HS256) with the key it was given, checks
 * the JSON payload, records what it accepted, and can answer 500, 401 or not at all.
 */
export async function startFakeGateway(auth?: {
  key: Uint8Array;
  audience: string;
  subject?: string;
}) {
  const received: GatewayDelivery[] = [];
  let mode: 'ok' | 'fail500' | 'fail401' | 'hang' = 'ok';
  const rejected: string[] = [];
  const server = await listenOnLoopback(async (request, body, response) => {
    if (mode === 'hang') return;
    if (mode === 'fail500') return sendJson(response, 500, { error: 'down' });
    if (mode === 'fail401') return sendJson(response, 401, { error: 'who are you' });
    let claims: JWTPayload | undefined;
    if (auth) {
      const match = /^Bearer (.+)$/.exec(request.headers.authorization ?? '');
      try {
        if (!match) throw new Error('no bearer token');
        ({ payload: claims } = await jwtVerify(match[1]!, auth.key, {
          algorithms: ['HS256'],
          audience: auth.audience,
          ...(auth.subject ? { subject: auth.subject } : {}),
        }));
        if (typeof claims.iat !== 'number' || typeof claims.exp !== 'number')
          throw new Error('iat and exp required');
      } catch (error) {
        rejected.push((error as Error).message);
        return sendJson(response, 401, { error: 'bad token' });
      }
    }
    if (request.headers['content-type'] !== 'application/json')
      return sendJson(response, 415, { error: 'json only' });
    const payload = JSON.parse(body) as Record<string, unknown>;
    if (typeof payload.recipient !== 'string' || typeof payload.body !== 'string')
      return sendJson(response, 400, { error: 'recipient and body required' });
    received.push({ payload, ...(claims ? { claims } : {}) });
    sendJson(response, 200, { ok: true });
  });
  return {
    url: server.url,
    received,
    rejected,
    last: () => received.at(-1),
    setMode(next: typeof mode) {
      mode = next;
    },
    close: server.close,
  };
}

export type FakeGateway = Awaited<ReturnType<typeof startFakeGateway>>;
