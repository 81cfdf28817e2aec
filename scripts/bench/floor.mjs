// The framework floor: the smallest app on the HTTP stack the backend's Node door uses
// (@hono/node-server, Hono, its cors middleware) that reads a JSON POST and answers JSON, so the
// report shows how much of a request is the stack and how much is ours.
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { cors } from 'hono/cors';

const app = new Hono();
app.use('*', cors({ origin: (origin) => origin }));
app.post('/passwordless/start', async (c) => {
  const body = await c.req.json();
  return c.json({
    _id: '0123456789abcdef01234567',
    phone_number: body.phone_number,
    phone_verified: false,
    request_language: null,
  });
});
const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) =>
  process.stdout.write(`READY ${info.port}\n`),
);
const stop = () => {
  server.closeAllConnections?.();
  server.close(() => process.exit(0));
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
