// The country picker on its own (the controller and its render), in a bare host element.
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { listCountries } from '../src/phone/countries.js';
import { CountryPickerController, renderCountryPicker } from '../src/phone/country-picker.js';

const COUNTRIES = listCountries('en', ['FR', 'BE', 'CH', 'DE', 'GB']);

class PickerHost extends LitElement {
  selected = 'BE';
  picked: string[] = [];
  readonly picker = new CountryPickerController(this, {
    countries: () => COUNTRIES,
    selected: () => this.selected,
    onSelect: (iso) => {
      this.picked.push(iso);
      this.selected = iso;
      this.requestUpdate();
    },
    root: () => this.shadowRoot,
  });
  protected override render() {
    const selected = COUNTRIES.find((country) => country.iso === this.selected);
    return html`${renderCountryPicker(
        this.picker,
        selected,
        { countryLabel: 'Country', searchCountries: 'Search', noCountryFound: 'None' },
        'Choose',
        false,
      )}<input id="after" />`;
  }
}
customElements.define('picker-host', PickerHost);

const mountHost = async () => {
  const host = await fixture<PickerHost>(html`<picker-host></picker-host>`);
  await host.updateComplete;
  return host;
};
const byId = (host: PickerHost, id: string) => host.shadowRoot!.getElementById(id)!;
const key = (target: HTMLElement, name: string, init: KeyboardEventInit = {}) =>
  target.dispatchEvent(
    new KeyboardEvent('keydown', { key: name, bubbles: true, cancelable: true, ...init }),
  );
const settle = async (host: PickerHost) => {
  await host.updateComplete;
  await host.updateComplete;
};

describe('CountryPickerController', () => {
  it('opens on the selected country with focus in the search, and closes on a second click', async () => {
    const host = await mountHost();
    expect(byId(host, 'country-button').getAttribute('aria-expanded')).to.equal('false');
    byId(host, 'country-button').click();
    await settle(host);
    expect(host.picker.open).to.equal(true);
    expect(host.picker.activeIso).to.equal('BE');
    expect(host.shadowRoot!.activeElement?.id).to.equal('country-search');
    expect(byId(host, 'country-search').getAttribute('aria-activedescendant')).to.equal(
      'country-BE',
    );
    expect(host.shadowRoot!.querySelectorAll('[role="option"]').length).to.equal(5);

    byId(host, 'country-button').click();
    await settle(host);
    expect(host.picker.open).to.equal(false);
    expect(host.shadowRoot!.getElementById('country-popup')).to.equal(null);
  });

  it('starts a search with a character typed on the closed button', async () => {
    const host = await mountHost();
    key(byId(host, 'country-button'), 'g');
    await settle(host);
    expect(host.picker.open).to.equal(true);
    expect(host.picker.query).to.equal('g');
    expect(host.picker.activeIso, 'the first result').to.equal(host.picker.results[0]!.iso);
    expect(host.picker.results.map((country) => country.iso)).to.include('DE');
  });

  it('searches as the visitor types and says when nothing matches', async () => {
    const host = await mountHost();
    host.picker.show();
    await settle(host);
    const search = byId(host, 'country-search') as HTMLInputElement;
    search.value = '41';
    search.dispatchEvent(new InputEvent('input', { bubbles: true }));
    await settle(host);
    expect(host.picker.results.map((country) => country.iso)).to.deep.equal(['CH']);
    expect(host.picker.activeIso).to.equal('CH');

    search.value = 'zzz';
    search.dispatchEvent(new InputEvent('input', { bubbles: true }));
    await settle(host);
    expect(host.picker.activeIso).to.equal('');
    expect(host.shadowRoot!.querySelector('[role="status"]')?.textContent).to.equal('None');
    key(search, 'Enter');
    expect(host.picked, 'Enter with no result picks nothing').to.deep.equal([]);
  });

  it('moves the active option with the arrows, pages, Ctrl+Home and Ctrl+End, within the list', async () => {
    const host = await mountHost();
    host.picker.show();
    await settle(host);
    const search = byId(host, 'country-search');
    const order = host.picker.results.map((country) => country.iso);
    const at = () => order.indexOf(host.picker.activeIso);
    const start = at();
    key(search, 'ArrowDown');
    expect(at()).to.equal(start + 1);
    key(search, 'ArrowUp');
    expect(at()).to.equal(start);
    key(search, 'PageDown');
    expect(at(), 'stops at the last').to.equal(order.length - 1);
    key(search, 'PageUp');
    expect(at(), 'stops at the first').to.equal(0);
    key(search, 'End', { ctrlKey: true });
    expect(at()).to.equal(order.length - 1);
    key(search, 'Home', { ctrlKey: true });
    expect(at()).to.equal(0);
    await settle(host);
    expect(search.getAttribute('aria-activedescendant')).to.equal(`country-${order[0]}`);
  });

  it('picks the active option with Enter, or an option by click, and hands focus to the host', async () => {
    const host = await mountHost();
    host.picker.show('ch');
    await settle(host);
    key(byId(host, 'country-search'), 'Enter');
    await settle(host);
    expect(host.picked).to.deep.equal(['CH']);
    expect(host.picker.open).to.equal(false);
    expect(host.shadowRoot!.activeElement?.id, 'focus is the host’s to move').to.not.equal(
      'country-button',
    );

    host.picker.show();
    await settle(host);
    byId(host, 'country-FR').click();
    await settle(host);
    expect(host.picked).to.deep.equal(['CH', 'FR']);
    expect(byId(host, 'country-button').textContent).to.contain('+33');
  });

  it('closes on Escape with focus back on the button, and on Tab without moving it', async () => {
    const host = await mountHost();
    host.picker.show();
    await settle(host);
    key(byId(host, 'country-search'), 'Escape');
    await settle(host);
    expect(host.picker.open).to.equal(false);
    expect(host.shadowRoot!.activeElement?.id).to.equal('country-button');

    host.picker.show();
    await settle(host);
    key(byId(host, 'country-search'), 'Tab');
    await settle(host);
    expect(host.picker.open).to.equal(false);
    expect(host.picked).to.deep.equal([]);
  });

  it('closes when focus leaves the popup for anything but the button', async () => {
    const host = await mountHost();
    host.picker.show();
    await settle(host);
    (byId(host, 'after') as HTMLInputElement).focus();
    await settle(host);
    expect(host.picker.open).to.equal(false);
  });

  it('is closed when its host leaves the page', async () => {
    const host = await mountHost();
    host.picker.show();
    await settle(host);
    host.remove();
    expect(host.picker.open).to.equal(false);
  });
});
