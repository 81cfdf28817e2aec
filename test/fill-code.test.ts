import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { startBackend } from './support/backend.js';
import { $, mount, sendCodeTo, text, untilMessage } from './support/element.js';

const UK = '+447911123456';

describe('<sms-login> fillCode()', () => {
  it('does nothing outside the code step', async () => {
    await startBackend();
    const el = await mount({ defaultCountry: 'GB' });
    el.fillCode('123456');
    await el.updateComplete;
    expect(el.step).to.equal('phone');
    expect(text(el, '#message')).to.equal('');
  });

  it('puts a partial code in the field without submitting it', async () => {
    const backend = await startBackend();
    const el = await mount({ defaultCountry: 'GB' });
    await sendCodeTo(el, '07911 123456');
    const before = backend.requests.length;
    el.fillCode('12 3');
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#code').value).to.equal('123');
    expect(backend.requests).to.have.length(before);
  });

  it('submits a whole code, as typing it would', async () => {
    const backend = await startBackend();
    const el = await mount({ defaultCountry: 'GB' });
    await sendCodeTo(el, '07911 123456');
    const success = oneEvent(el, 'sms-login-success');
    el.fillCode(await backend.lastCode(UK));
    await success;
    await waitUntil(() => el.step === 'done');
  });

  it('shows the wrong-code message for a wrong whole code', async () => {
    const backend = await startBackend();
    const el = await mount({ defaultCountry: 'GB' });
    await sendCodeTo(el, '07911 123456');
    const right = await backend.lastCode(UK);
    el.fillCode(right === '000000' ? '111111' : '000000');
    expect(await untilMessage(el)).to.equal('That code is not right. 2 attempts left.');
  });
});
