import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { codeIn, providerScenarios, startLogin, type ProviderScenario } from './phone-support.ts';
import { errorOf, tokenRequest } from './support.ts';

/**
 * The contract every provider keeps (outbox, Twilio by connection settings or tenant provider,
 * the legacy SMS gateway, the custom phone provider), against real local servers.
 */
for (const [name, createScenario, { canFail }] of providerScenarios) {
  describe(`provider contract: ${name}`, () => {
    let scenario: ProviderScenario;
    beforeEach(async () => {
      scenario = await createScenario();
    });
    afterEach(() => scenario.close());

    it('delivers the message written in the request language', async () => {
      const response = await startLogin(
        scenario.door,
        '+33612345678',
        {},
        {
          'x-request-language': 'fr-FR',
        },
      );
      assert.equal(response.status, 200);
      const delivered = await scenario.lastDelivered('+33612345678');
      assert.match(delivered.text, /^Votre code : \d{6}$/);
      if (delivered.language !== undefined) assert.equal(delivered.language, 'fr-FR');
    });

    it('delivers English when the request asks for it', async () => {
      await startLogin(scenario.door, '+14155550100', {}, { 'accept-language': 'en-GB,fr;q=0.5' });
      assert.match((await scenario.lastDelivered('+14155550100')).text, /^Your code: \d{6}$/);
    });

    it('issues a code that the delivered message carries', async () => {
      await startLogin(scenario.door, '+14155550101');
      const code = codeIn((await scenario.lastDelivered('+14155550101')).text);
      const response = await scenario.door.request(
        '/oauth/token',
        tokenRequest('+14155550101', code),
      );
      assert.equal(response.status, 200);
    });

    if (canFail) {
      it('reports a failed delivery as sms_provider_error and keeps the last good code', async () => {
        const failure = scenario.failure!;
        await startLogin(scenario.door, '+14155550102');
        const goodCode = codeIn((await scenario.lastDelivered('+14155550102')).text);

        failure.breakIt();
        const failed = await startLogin(scenario.door, '+14155550102');
        assert.deepEqual(await errorOf(failed), [400, 'sms_provider_error', failure.description]);
        failure.repair();

        const response = await scenario.door.request(
          '/oauth/token',
          tokenRequest('+14155550102', goodCode),
        );
        assert.equal(response.status, 200, 'the code sent before the failure still works');
      });

      it('a failed first delivery leaves no code at all', async () => {
        const failure = scenario.failure!;
        failure.breakIt();
        assert.equal((await startLogin(scenario.door, '+14155550103')).status, 400);
        failure.repair();
        assert.equal(
          await scenario.door.backend.context.store.findPendingCode('sms', '+14155550103'),
          undefined,
        );
      });
    }

    it('never puts a credential or a code in a response or a log line', async () => {
      const responses: string[] = [];
      const ok = await startLogin(scenario.door, '+14155550104');
      responses.push(await ok.text());
      const code = codeIn((await scenario.lastDelivered('+14155550104')).text);
      if (scenario.failure) {
        scenario.failure.breakIt();
        responses.push(await (await startLogin(scenario.door, '+14155550104')).text());
        scenario.failure.repair();
      }
      const everything = [...responses, ...scenario.logger.lines].join('\n');
      for (const secret of [...scenario.secrets, code])
        assert.ok(!everything.includes(secret), `"${secret}" leaked`);
      assert.ok(
        scenario.logger.lines.some((line) => line.includes('"event":"provider_selected"')),
        'the provider choice is logged',
      );
    });
  });
}
