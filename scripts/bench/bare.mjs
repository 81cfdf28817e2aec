// The ceiling: a bare node:http server that reads the request body and answers a fixed JSON body.
import { createServer } from 'node:http';

const body = Buffer.from(
  JSON.stringify({
    _id: '0123456789abcdef01234567',
    phone_number: '+15550000000',
    phone_verified: false,
    request_language: null,
  }),
);
const server = createServer((request, response) => {
  request.resume();
  request.on('end', () => {
    response.writeHead(200, { 'content-type': 'application/json', 'content-length': body.length });
    response.end(body);
  });
});
server.listen(0, '127.0.0.1', () => process.stdout.write(`READY ${server.address().port}\n`));
const stop = () => {
  server.closeAllConnections();
  server.close(() => process.exit(0));
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
