// `@sms-login/mock-server/testing`: waitForCode reads a code from the outbox, waiting for it.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createServer, type AddressInfo } from 'node:net';
import { startNodeServer, type RunningServer } from '../src/adapters/node.ts';
import { createBackend } from '../src/backend.ts';
import { codeInMessage, waitForCode, WaitForCodeError } from '../src/testing/index.ts';
import { doors, json, ORIGIN, testConfig, type Door } from './support.ts';

const PHONE = '+14155550901';

/** A fetch that goes through the door, whatever origin it is given. */
const throughDoor =
  (door: Door): typeof fetch =>
  (input, init) => {
    const url = new URL(String(input));
    return door.request(`${url.pathname}${url.search}`, init);
  };

const start = (door: Door, phone: string) =>
  door.request(
    '/passwordless/start',
    json({ client_id: 'spa', connection: 'sms', phone_number: phone, send: 'code' }),
  );

const rejectsWith = (promise: Promise<unknown>, reason: string, message: RegExp) =>
  assert.rejects(
    promise,
    (error: unknown) =>
      error instanceof WaitForCodeError && error.reason === reason && message.test(error.message),
  );

for (const [doorName, openDoor] of doors) {
  describe(`waitForCode (${doorName})`, () => {
    let door: Door;
    before(async () => {
      door = await openDoor(
        testConfig({
          connections: [
            {
              name: 'sms',
              enabled_clients: ['spa'],
              options: { template: 'Your code for Test App is {{ code }}. Valid 3 min.' },
            },
          ],
        }),
      );
    });
    after(() => door.close());
    it('resolves to the code of the newest message to the number', async () => {
      assert.equal((await start(door, PHONE)).status, 200);
      const code = await waitForCode({
        domain: 'tenant.example.com',
        fetch: throughDoor(door),
        phoneNumber: PHONE,
      });
      assert.match(code, /^\d{6}$/);
      // It is the code that signs in.
      const messages = (await (await door.request('/dev/messages')).json()) as {
        messages: { body: string }[];
      };
      assert.ok(messages.messages[0]!.body.includes(code));
    });

    it('waits for a message that comes later', async () => {
      const phone = '+14155550902';
      const waiting = waitForCode({
        domain: ORIGIN,
        fetch: throughDoor(door),
        phoneNumber: phone,
        timeout: 20_000,
        interval: 20,
      });
      setTimeout(() => void start(door, phone), 200);
      assert.match(await waiting, /^\d{6}$/);
    });

    it('ignores messages older than `since`', async () => {
      const phone = '+14155550903';
      await start(door, phone);
      const since = door.clock.now() + 1000;
      await rejectsWith(
        waitForCode({
          domain: ORIGIN,
          fetch: throughDoor(door),
          phoneNumber: phone,
          since,
          timeout: 200,
        }),
        'timeout',
        /No code for \+14155550903 in https:\/\/tenant\.example\.com\/dev\/messages\?.* within 200 ms/,
      );
      door.clock.advance(2000);
      await start(door, phone);
      assert.match(
        await waitForCode({ domain: ORIGIN, fetch: throughDoor(door), phoneNumber: phone, since }),
        /^\d{6}$/,
      );
    });

    it('says when the newest message has no code it can find', async () => {
      const phone = '+14155550907';
      await start(door, phone);
      await rejectsWith(
        waitForCode({
          domain: ORIGIN,
          fetch: throughDoor(door),
          phoneNumber: phone,
          pattern: /Code: (\d+)/,
        }),
        'no_code_in_message',
        /^The newest message to \+14155550907 has no code: "Your code for Test App is \d{6}\. Valid 3 min\."$/,
      );
    });

    it('gives up after the timeout, saying which number and where', async () => {
      await rejectsWith(
        waitForCode({
          domain: ORIGIN,
          fetch: throughDoor(door),
          phoneNumber: '+14155550904',
          timeout: 150,
        }),
        'timeout',
        /^No code for \+14155550904 /,
      );
    });

    it('passes the server’s refusal on', async () => {
      await rejectsWith(
        waitForCode({ domain: ORIGIN, fetch: throughDoor(door), phoneNumber: '4155550905' }),
        'refused',
        /answered 400: .*phone_number must be an E\.164 number/,
      );
    });
  });
}

describe('waitForCode against a server', () => {
  let running: RunningServer;
  let closedRoutes: RunningServer;
  before(async () => {
    running = await startNodeServer(createBackend(testConfig()), { port: 0 });
    closedRoutes = await startNodeServer(createBackend(testConfig({ dev_routes: false })), {
      port: 0,
    });
  });
  after(async () => {
    await running.close();
    await closedRoutes.close();
  });

  it('reads the outbox over HTTP with the global fetch', async () => {
    const phone = '+14155550906';
    const response = await fetch(`${running.url}/passwordless/start`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ client_id: 'spa', connection: 'sms', phone_number: phone }),
    });
    assert.equal(response.status, 200);
    assert.match(await waitForCode({ domain: running.url, phoneNumber: phone }), /^\d{6}$/);
  });

  it('says when the outbox is off', async () => {
    await rejectsWith(
      waitForCode({ domain: closedRoutes.url, phoneNumber: PHONE }),
      'outbox_off',
      /the outbox is off\. Start the backend with "dev_routes": true/,
    );
  });

  it('says when nothing answers at the address', async () => {
    const free = createServer();
    await new Promise<void>((resolve) => free.listen(0, '127.0.0.1', resolve));
    const { port } = free.address() as AddressInfo;
    await new Promise<void>((resolve) => free.close(() => resolve()));
    await rejectsWith(
      waitForCode({ domain: `http://127.0.0.1:${port}`, phoneNumber: PHONE, timeout: 200 }),
      'timeout',
      /^Could not reach http:\/\/127\.0\.0\.1:\d+\/dev\/messages\?.* within 200 ms/,
    );
  });
});

describe('codeInMessage', () => {
  it('prefers the origin-bound line, else takes the last run of digits', () => {
    assert.equal(codeInMessage('Code 2024: 123456\n\n@app.example.com #123456'), '123456');
    assert.equal(codeInMessage('Votre code : 654321'), '654321');
    assert.equal(codeInMessage('In 2024 your code is 0042'), '0042');
    assert.equal(codeInMessage('Your code 123456 is valid for 3 minutes'), '123456');
    assert.equal(codeInMessage('No code here'), undefined);
  });

  it('takes a pattern for templates that put other numbers after the code', () => {
    assert.equal(codeInMessage('Code: 123456. Ref 98765', /Code: (\d+)/), '123456');
    assert.equal(codeInMessage('Code: 123456', /\d{6}/), '123456');
    assert.equal(codeInMessage('Nothing', /Code: (\d+)/), undefined);
  });
});
