// The "Rate limited" scenario on a backend nothing has used yet: this page's own, fresh one.
import { expect, waitUntil } from '@open-wc/testing';
import { DemoWorkbench } from '../demo/app/workbench.js';
import type { PhonePreview } from '../demo/app/panels/phone-preview.js';

describe('the rate-limited scenario on a fresh backend', () => {
  let workbench: DemoWorkbench;

  before(async () => {
    localStorage.clear();
    workbench = new DemoWorkbench();
    workbench.options = { search: '', hash: '', workerUrl: '/mockServiceWorker.js' };
    document.body.append(workbench);
    await workbench.ready;
    await waitUntil(() =>
      document.querySelector('sms-login')?.shadowRoot?.querySelector('#number'),
    );
  });

  after(() => {
    workbench.remove();
    localStorage.clear();
  });

  it('shows the widget’s rate-limited state, with no text sent to the page’s number', async () => {
    workbench.querySelector<HTMLElement>('#tab-scenarios')!.click();
    await workbench.updateComplete;
    workbench.querySelector<HTMLElement>('[data-scenario="rate-limited"]')!.click();
    await waitUntil(() => workbench.querySelector('.outcome'), 'the scenario did not finish', {
      timeout: 15_000,
    });
    const outcome = workbench.querySelector('.outcome')!;
    expect(outcome.classList.contains('failed'), outcome.textContent!).to.equal(false);
    expect(outcome.textContent).to.match(/Too many attempts\. Try again in/);
    const widget = document.querySelector('sms-login')!;
    expect(widget.step).to.equal('phone');
    const phone = workbench.querySelector<PhonePreview>('phone-preview')!;
    expect(await phone.backend!.messages(workbench.store.value.phoneNumber)).to.deep.equal([]);
  });
});
