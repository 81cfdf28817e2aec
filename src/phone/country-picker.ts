import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { Translation } from '../i18n/translation.js';
import { searchCountries, supportsFlagEmoji, type Country } from './countries.js';

export interface CountryPickerOptions {
  /** The countries to offer, in display order. */
  countries: () => Country[];
  /** The chosen country's ISO code. */
  selected: () => string;
  /** Called when the visitor picks a country. */
  onSelect: (iso: string) => void;
  /** The host's shadow root, to move focus. */
  root: () => ShadowRoot | null;
}

const PAGE = 10;

/**
 * A country button with a searchable listbox popup (the ARIA 1.2 combobox pattern: focus stays in
 * the search field, the active option is `aria-activedescendant`).
 */
export class CountryPickerController implements ReactiveController {
  open = false;
  query = '';
  activeIso = '';

  readonly #host: ReactiveControllerHost;
  readonly #options: CountryPickerOptions;

  constructor(host: ReactiveControllerHost, options: CountryPickerOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.open = false;
  }

  /** The countries the current search shows. */
  get results(): Country[] {
    return searchCountries(this.#options.countries(), this.query);
  }

  show(query = ''): void {
    this.open = true;
    this.query = query;
    const results = this.results;
    this.activeIso = query
      ? (results[0]?.iso ?? '')
      : (results.find((c) => c.iso === this.#options.selected())?.iso ?? results[0]?.iso ?? '');
    this.#host.requestUpdate();
    void this.#host.updateComplete.then(() => {
      const search = this.#options
        .root()
        ?.getElementById('country-search') as HTMLInputElement | null;
      search?.focus();
      search?.setSelectionRange(search.value.length, search.value.length);
      this.#scrollActiveIntoView();
    });
  }

  hide(returnFocus: boolean): void {
    if (!this.open) return;
    this.open = false;
    this.query = '';
    this.#host.requestUpdate();
    if (returnFocus) {
      void this.#host.updateComplete.then(() =>
        (this.#options.root()?.getElementById('country-button') as HTMLElement | null)?.focus(),
      );
    }
  }

  /** Picks a country; the host moves focus on (to the number field). */
  choose(iso: string): void {
    this.hide(false);
    this.#options.onSelect(iso);
  }

  #moveActive(delta: number | 'first' | 'last'): void {
    const results = this.results;
    if (!results.length) return;
    const index = results.findIndex((c) => c.iso === this.activeIso);
    const next =
      delta === 'first'
        ? 0
        : delta === 'last'
          ? results.length - 1
          : Math.min(results.length - 1, Math.max(0, (index < 0 ? -1 : index) + delta));
    this.activeIso = results[next]!.iso;
    this.#host.requestUpdate();
    void this.#host.updateComplete.then(() => this.#scrollActiveIntoView());
  }

  #scrollActiveIntoView(): void {
    const option = this.#options.root()?.getElementById(`country-${this.activeIso}`);
    option?.scrollIntoView({ block: 'nearest' });
  }

  readonly onButtonKeyDown = (event: KeyboardEvent): void => {
    if (['ArrowDown', 'ArrowUp', 'Enter', ' '].includes(event.key)) {
      event.preventDefault();
      this.show();
    } else if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
      // Typing on the closed button starts a search with that character.
      event.preventDefault();
      this.show(event.key);
    }
  };

  readonly onButtonClick = (): void => {
    if (this.open) this.hide(true);
    else this.show();
  };

  readonly onSearchInput = (event: InputEvent): void => {
    this.query = (event.target as HTMLInputElement).value;
    this.activeIso = this.results[0]?.iso ?? '';
    this.#host.requestUpdate();
    void this.#host.updateComplete.then(() => this.#scrollActiveIntoView());
  };

  readonly onSearchKeyDown = (event: KeyboardEvent): void => {
    const moves: Record<string, number | 'first' | 'last'> = {
      ArrowDown: 1,
      ArrowUp: -1,
      PageDown: PAGE,
      PageUp: -PAGE,
    };
    if (event.key in moves) {
      event.preventDefault();
      this.#moveActive(moves[event.key]!);
    } else if ((event.key === 'Home' || event.key === 'End') && event.ctrlKey) {
      event.preventDefault();
      this.#moveActive(event.key === 'Home' ? 'first' : 'last');
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (this.activeIso) this.choose(this.activeIso);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      this.hide(true);
    } else if (event.key === 'Tab') {
      this.hide(false);
    }
  };

  readonly onPopupFocusOut = (event: FocusEvent): void => {
    const next = event.relatedTarget as Node | null;
    const popup = event.currentTarget as HTMLElement;
    const button = this.#options.root()?.getElementById('country-button');
    if (!next || (!popup.contains(next) && next !== button)) this.hide(false);
  };
}

/** The flag emoji, or the ISO code in a badge where the system cannot draw flags (Windows). */
function renderFlag(country: Country) {
  return supportsFlagEmoji()
    ? html`<span class="flag" aria-hidden="true">${country.flag}</span>`
    : html`<span class="flag iso" aria-hidden="true">${country.iso}</span>`;
}

/** The words the picker shows (the element passes its translation). */
export type CountryPickerLabels = Pick<
  Translation,
  'countryLabel' | 'searchCountries' | 'noCountryFound'
>;

/** The country button (named `buttonLabel`), and the popup when open. */
export function renderCountryPicker(
  picker: CountryPickerController,
  selected: Country | undefined,
  labels: CountryPickerLabels,
  buttonLabel: string,
  disabled: boolean,
) {
  const results = picker.open ? picker.results : [];
  return html`
    <button
      id="country-button"
      class="country-button"
      part="country-button"
      type="button"
      aria-haspopup="listbox"
      aria-expanded=${picker.open ? 'true' : 'false'}
      aria-controls="country-popup"
      ?disabled=${disabled}
      @click=${picker.onButtonClick}
      @keydown=${picker.onButtonKeyDown}
    >
      ${selected ? renderFlag(selected) : nothing}
      <span class="visually-hidden">${buttonLabel}</span>
      <span class="calling-code" dir="ltr" aria-hidden="true">+${selected?.callingCode}</span>
      <svg class="chevron" aria-hidden="true" viewBox="0 0 12 12" width="12" height="12">
        <path d="M2.5 4.5 6 8l3.5-3.5" fill="none" stroke="currentColor" stroke-width="1.5" />
      </svg>
    </button>
    ${
      picker.open
        ? html`
            <div
              id="country-popup"
              class="popup"
              part="country-popup"
              @focusout=${picker.onPopupFocusOut}
            >
              <input
                id="country-search"
                class="search"
                part="country-search"
                type="text"
                role="combobox"
                autocomplete="off"
                spellcheck="false"
                aria-label=${labels.searchCountries}
                placeholder=${labels.searchCountries}
                aria-expanded="true"
                aria-controls="country-list"
                aria-autocomplete="list"
                aria-activedescendant=${picker.activeIso ? `country-${picker.activeIso}` : nothing}
                .value=${picker.query}
                @input=${picker.onSearchInput}
                @keydown=${picker.onSearchKeyDown}
              />
              <ul
                id="country-list"
                class="listbox"
                part="country-list"
                role="listbox"
                aria-label=${labels.countryLabel}
              >
                ${results.map(
                  (country) => html`
                    <li
                      id="country-${country.iso}"
                      class="option ${country.iso === picker.activeIso ? 'active' : ''} ${
                        country.iso === selected?.iso ? 'current' : ''
                      }"
                      part="country-option"
                      role="option"
                      aria-selected=${country.iso === picker.activeIso ? 'true' : 'false'}
                      @mousedown=${(event: Event) => event.preventDefault()}
                      @click=${() => picker.choose(country.iso)}
                    >
                      ${renderFlag(country)}
                      <span class="name">${country.name}</span>
                      <span class="dial-code" dir="ltr">+${country.callingCode}</span>
                    </li>
                  `,
                )}
              </ul>
              ${results.length ? nothing : html`<p class="empty" role="status">${labels.noCountryFound}</p>`}
            </div>
          `
        : nothing
    }
  `;
}
