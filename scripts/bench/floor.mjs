// The framework floor: the smallest app on the HTTP stack the backend's Node door uses
// (@hono/node-server and Hono) that reads a JSON POST and answers JSON, so the report shows how
// much of a request is the stack and how much is ours. `node floor.mjs <how>`:
// - `answer-headers`: as the backend does it. Hono with its RegExpRouter, and the public CORS
//   headers written into the answer's own plain header record (`jsonAnswer`, `publicCorsHeaders`
//   in mock-server/src/http/credentialed-cors.ts); Hono's cors middleware answers preflights only.
// - `cors-middleware`: Hono's defaults and its cors middleware on every request, which sets the
//   headers through the context and rebuilds each answer around its body.
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { RegExpRouter } from 'hono/router/reg-exp-router';

const how = process.argv[2] ?? 'answer-headers';
const answerBody = (body) => ({
  _id: '0123456789abcdef01234567',
  phone_number: body.phone_number,
  phone_verified: false,
  request_language: null,
});

let app;
if (how === 'cors-middleware') {
  app = new Hono();
  app.use('*', cors({ origin: (origin) => origin }));
  app.post('/passwordless/start', async (c) => c.json(answerBody(await c.req.json())));
} else if (how === 'answer-headers') {
  // The record `publicCorsHeaders` gives for a request from no allowed origin.
  const corsHeaders = Object.freeze({
    'Access-Control-Expose-Headers':
      'Retry-After,X-RateLimit-Limit,X-RateLimit-Remaining,X-RateLimit-Reset',
    Vary: 'Origin',
  });
  const preflight = cors({ origin: (origin) => origin });
  app = new Hono({ router: new RegExpRouter() });
  app.use('*', (c, next) => (c.req.method === 'OPTIONS' ? preflight(c, next) : next()));
  app.post('/passwordless/start', async (c) => {
    const body = JSON.parse(await c.req.raw.text());
    return new Response(JSON.stringify(answerBody(body)), {
      status: 200,
      headers: { 'Content-Type': 'application/json', ...corsHeaders },
    });
  });
} else throw new Error(`floor.mjs: unknown "${how}" (answer-headers or cors-middleware)`);

const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) =>
  process.stdout.write(`READY ${info.port}\n`),
);
const stop = () => {
  server.closeAllConnections?.();
  server.close(() => process.exit(0));
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
