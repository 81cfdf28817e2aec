// The workbench's test numbers panel, against the backend in the page: a number added there signs
// in with its fixed code and no SMS; refusals are shown by the form; the numbers are kept.
import { animationsSettled } from './support/element.js';
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { DemoWorkbench } from '../demo/app/workbench.js';
import type { InPageBackend } from '../demo/app/backend/in-page.js';
import { submitNumber } from '../demo/app/page/widget-driver.js';
import type { TestNumbersPanel } from '../demo/app/panels/test-numbers-panel.js';
import type { PhonePreview } from '../demo/app/panels/phone-preview.js';
import type { SmsLogin } from '../src/index.js';

const TEST_NUMBER = '+12015550100';
const FIXED_CODE = '424242';

let workbench: DemoWorkbench;

const $ = <T extends Element = HTMLElement>(selector: string): T => {
  const found = workbench.querySelector<T>(selector);
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found;
};

const widget = () => document.querySelector<SmsLogin>('sms-login')!;
const phone = () => $<PhonePreview>('phone-preview');
const backend = () => phone().backend as InPageBackend;
const listed = () =>
  [...workbench.querySelectorAll<HTMLElement>('.test-number')].map((row) => row.dataset.number);
const refusal = () => $('#test-number-refusal').textContent!.replace(/\s+/g, ' ').trim();

async function openWorkbench(): Promise<void> {
  workbench = new DemoWorkbench();
  workbench.options = { search: '', hash: '', workerUrl: '/mockServiceWorker.js' };
  document.body.append(workbench);
  await workbench.ready;
  await waitUntil(() => widget()?.shadowRoot?.querySelector('#number'));
  $('#tab-message').click();
  await workbench.updateComplete;
  await waitUntil(
    () => !workbench.querySelector('.test-numbers-empty')?.textContent?.includes('Reading'),
    'the panel did not read the connection',
  );
}

/** Types into the form's fields as a person would, and sends it with Enter. */
async function addThroughForm(phoneNumber: string, code: string): Promise<void> {
  const number = $<HTMLInputElement>('#test-number');
  number.value = '';
  $<HTMLInputElement>('#test-code').value = '';
  number.focus();
  await sendKeys({ type: phoneNumber });
  await sendKeys({ press: 'Tab' });
  await sendKeys({ type: code });
  await sendKeys({ press: 'Enter' });
  // Enter has set the panel busy: wait for its answer.
  const panel = $<TestNumbersPanel>('test-numbers-panel');
  await panel.updateComplete;
  await waitUntil(
    () => $('[type="submit"]').getAttribute('aria-busy') === 'false',
    'still saving',
    {
      timeout: 5000,
    },
  );
  await panel.updateComplete;
}

const connectionNumbers = async () => (await backend().management.testNumbers()).numbers;

describe('the workbench’s test numbers', () => {
  before(async () => {
    localStorage.clear();
    const css = document.createElement('link');
    css.rel = 'stylesheet';
    css.href = '/demo/app/workbench.css';
    document.head.append(css);
    await openWorkbench();
  });

  after(() => {
    workbench.remove();
    localStorage.clear();
  });

  it('starts with none, and passes axe', async () => {
    expect(listed()).to.deep.equal([]);
    expect($('.test-numbers-empty').textContent).to.contain('No test numbers yet.');
    expect($('#test-code-help').textContent).to.contain('6 digits');
    await animationsSettled();
    await expect(workbench).to.be.accessible();
  });

  it('adds a number through the form, onto the connection and into the saved settings', async () => {
    await addThroughForm('+1 201 555 0100', FIXED_CODE);
    expect(refusal()).to.equal('');
    expect(listed()).to.deep.equal([TEST_NUMBER]);
    expect($(`.test-number[data-number="${TEST_NUMBER}"]`).textContent).to.contain(
      `Sign in with ${TEST_NUMBER} and code ${FIXED_CODE}: no SMS is sent.`,
    );
    expect($('.test-number-status').textContent).to.contain(`Added ${TEST_NUMBER}`);
    expect(await connectionNumbers()).to.deep.equal({ [TEST_NUMBER]: FIXED_CODE });
    expect(JSON.parse(localStorage.getItem('sms-login-workbench')!).testNumbers).to.deep.equal({
      [TEST_NUMBER]: FIXED_CODE,
    });
    // The form is empty again, ready for the next one.
    expect($<HTMLInputElement>('#test-number').value).to.equal('');
    expect(document.activeElement).to.equal($('#test-number'));
    await animationsSettled();
    await expect(workbench).to.be.accessible();
  });

  it('types the number into the widget, and signs in with the fixed code while no SMS arrives', async () => {
    $(`[aria-label="Use ${TEST_NUMBER} in the page"]`).click();
    const input = () => widget().shadowRoot!.querySelector<HTMLInputElement>('#number')!;
    // Typing waits for the number's metadata (+1), loaded on first need.
    await waitUntil(
      () => widget().shadowRoot!.activeElement === input(),
      'the field has no focus',
      {
        timeout: 10_000,
      },
    );
    expect(input().value).to.equal('(201) 555-0100');
    await waitUntil(() => phone().phoneNumber === TEST_NUMBER);
    await phone().updateComplete;
    expect($('.phone-test-badge').textContent).to.equal('Test number');
    expect($('.phone-test-notice').textContent).to.contain('No SMS comes to a test number.');

    const sent = oneEvent(widget(), 'sms-login-code-sent');
    await sendKeys({ press: 'Enter' });
    expect((await sent).detail.phoneNumber).to.equal(TEST_NUMBER);
    expect(widget().step).to.equal('code');

    // Nothing reaches the outbox, so the phone shows no text: only its notice with the code.
    await phone().refresh();
    await phone().updateComplete;
    expect(await backend().messages(TEST_NUMBER)).to.deep.equal([]);
    expect(workbench.querySelectorAll('.phone .sms')).to.have.length(0);
    const code = $<HTMLButtonElement>('.phone-test-notice .sms-code');
    expect(code.textContent).to.equal(FIXED_CODE);

    const success = oneEvent(widget(), 'sms-login-success');
    code.click();
    expect((await success).detail.accessToken).to.be.a('string');
    expect(widget().step).to.equal('done');
    expect(await backend().messages(TEST_NUMBER)).to.deep.equal([]);
  });

  it('shows the backend’s refusal of a code of the wrong length and of a number that is not E.164', async () => {
    await addThroughForm('+12015550101', '4242');
    expect(refusal()).to.equal('Refused. +12015550101: the code must have 6 digits (totp.length).');
    expect($('#test-code').getAttribute('aria-invalid')).to.equal('true');
    expect($('#test-code').getAttribute('aria-describedby')).to.contain('test-number-refusal');
    expect($('#test-number-refusal').getAttribute('aria-live')).to.equal('polite');
    expect(document.activeElement).to.equal($('#test-code'));
    expect(listed()).to.deep.equal([TEST_NUMBER]);
    await animationsSettled();
    await expect(workbench).to.be.accessible();

    await addThroughForm('555-0100', FIXED_CODE);
    expect(refusal()).to.equal(
      'Refused. 5550100: keys must be E.164 numbers such as +15555550100.',
    );
    expect($('#test-number').getAttribute('aria-invalid')).to.equal('true');
    expect(document.activeElement).to.equal($('#test-number'));
    expect(await connectionNumbers()).to.deep.equal({ [TEST_NUMBER]: FIXED_CODE });

    // The backend takes +1 555 555 0100; the widget's number check does not: the row says so.
    await addThroughForm('+15555550100', FIXED_CODE);
    expect(refusal()).to.equal('');
    await waitUntil(
      () => workbench.querySelector('[data-number="+15555550100"] .test-number-warning'),
      'no warning for a number the widget refuses',
      { timeout: 5000 },
    );
    expect(workbench.querySelector('[aria-label="Use +15555550100 in the page"]')).to.equal(null);
    $('[aria-label="Remove +15555550100"]').click();
    await waitUntil(() => listed().length === 1, 'not removed');
  });

  it('keeps a number whose code no longer has the connection’s length off the connection', async () => {
    workbench.store.update({ otpLength: 4 });
    await waitUntil(async () => (await backend().management.testNumbers()).codeLength === 4);
    await waitUntil(() => workbench.querySelector('.test-number.off'), 'not marked as off');
    expect(await connectionNumbers()).to.deep.equal({});
    expect($('.test-number.off .help').textContent).to.contain('kept off the connection');
    workbench.store.update({ otpLength: 6 });
    await waitUntil(async () => (await connectionNumbers())[TEST_NUMBER] === FIXED_CODE);
    await waitUntil(() => !workbench.querySelector('.test-number.off'), 'still marked as off');
  });

  it('puts the saved numbers on a fresh backend when the workbench opens again', async () => {
    workbench.remove();
    await openWorkbench();
    expect(await connectionNumbers()).to.deep.equal({ [TEST_NUMBER]: FIXED_CODE });
    expect(listed()).to.deep.equal([TEST_NUMBER]);
  });

  it('removes a number: it gets texts again', async () => {
    $(`[aria-label="Remove ${TEST_NUMBER}"]`).click();
    await waitUntil(() => listed().length === 0, 'the number is still listed');
    expect($('.test-number-status').textContent).to.contain(`Removed ${TEST_NUMBER}`);
    expect(await connectionNumbers()).to.deep.equal({});
    expect(workbench.store.value.testNumbers).to.deep.equal({});

    const sent = oneEvent(widget(), 'sms-login-code-sent');
    await submitNumber(widget(), TEST_NUMBER);
    await sent;
    await waitUntil(
      async () => (await backend().messages(TEST_NUMBER)).length === 1,
      'no SMS for the number once removed',
    );
  });

  it('has none after “Reset all”', async () => {
    await addThroughForm('+12015550102', '111111');
    expect(listed()).to.deep.equal(['+12015550102']);
    $<HTMLButtonElement>('.bar-button.quiet').click();
    await waitUntil(() => listed().length === 0, 'still listed after the reset', { timeout: 5000 });
    await waitUntil(async () => Object.keys(await connectionNumbers()).length === 0);
    expect(workbench.store.value.testNumbers).to.deep.equal({});
  });
});
