// The resend countdown on its own, in a bare host element.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { CountdownController } from '../src/sms-login/controllers/countdown-controller.js';

class CountdownHost extends LitElement {
  readonly countdown = new CountdownController(this, 20);
  renders = 0;
  protected override render() {
    this.renders += 1;
    return html`${this.countdown.remaining}`;
  }
}
customElements.define('countdown-host', CountdownHost);

const mountHost = async () => {
  const host = await fixture<CountdownHost>(html`<countdown-host></countdown-host>`);
  await host.updateComplete;
  return host;
};
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('CountdownController', () => {
  it('is at 0 before it starts, and at 0 at once for no wait', async () => {
    const host = await mountHost();
    expect(host.countdown.remaining).to.equal(0);
    host.countdown.start(0);
    expect(host.countdown.remaining).to.equal(0);
    host.countdown.start(-5);
    expect(host.countdown.remaining).to.equal(0);
  });

  it('counts whole seconds down to 0, rendering the host as it goes, then stops', async () => {
    const host = await mountHost();
    host.countdown.start(1);
    expect(host.countdown.remaining).to.equal(1);
    await host.updateComplete;
    expect(host.shadowRoot!.textContent).to.equal('1');
    await waitUntil(() => host.countdown.remaining === 0, 'never reached 0', { timeout: 2000 });
    await host.updateComplete;
    expect(host.shadowRoot!.textContent).to.equal('0');
    const renders = host.renders;
    await sleep(100);
    expect(host.renders, 'no more ticks once over').to.equal(renders);
  });

  it('freezes where it is when stopped, and when the host leaves the page', async () => {
    const host = await mountHost();
    host.countdown.start(1);
    host.countdown.stop();
    await sleep(1100);
    expect(host.countdown.remaining).to.equal(1);

    host.countdown.start(1);
    host.remove();
    await sleep(1100);
    expect(host.countdown.remaining).to.equal(1);
  });

  it('starts over from the new wait when started again', async () => {
    const host = await mountHost();
    host.countdown.start(1);
    host.countdown.start(30);
    expect(host.countdown.remaining).to.equal(30);
    host.countdown.stop();
  });
});
