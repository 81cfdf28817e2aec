import { css } from 'lit';

// The country button and its popup: the search field and the listbox of countries.
export const countryPickerStyles = css`
  .country-button {
    display: inline-flex;
    flex: none;
    align-items: center;
    gap: 0.375em;
    padding: 0 0.625em;
    cursor: pointer;
  }

  .country-button:hover:not(:disabled) {
    border-color: var(--_muted);
  }

  .flag {
    font-size: 1.25em;
    line-height: 1;
    font-family: 'Noto Color Emoji', 'Apple Color Emoji', 'Segoe UI Emoji', var(--_font);
  }

  .flag.iso {
    display: inline-grid;
    place-items: center;
    min-width: 1.9em;
    padding: 0.15em 0.2em;
    font-family: inherit;
    font-size: 0.625em;
    font-weight: 600;
    letter-spacing: 0.04em;
    color: var(--_muted);
    border: 1px solid var(--_border);
    border-radius: 0.25em;
  }

  .calling-code,
  .dial-code {
    direction: ltr;
    unicode-bidi: isolate;
    font-variant-numeric: tabular-nums;
  }

  .chevron {
    color: var(--_muted);
  }

  .popup {
    position: absolute;
    inset-block-start: calc(100% + 0.25rem);
    inset-inline: 0;
    z-index: 10;
    display: flex;
    flex-direction: column;
    padding: 0.375rem;
    background: var(--_field-bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: 0 10px 30px rgb(0 0 0 / 0.18);
  }

  .search {
    width: 100%;
    min-height: 2.5rem;
    padding: 0 0.625em;
    margin-block-end: 0.375rem;
  }

  .listbox {
    max-height: 15rem;
    margin: 0;
    padding: 0;
    overflow-y: auto;
    list-style: none;
    overscroll-behavior: contain;
  }

  .option {
    display: flex;
    align-items: center;
    gap: 0.625em;
    padding: 0.5em 0.625em;
    border-radius: calc(var(--_radius) * 0.75);
    cursor: pointer;
  }

  .option .name {
    flex: 1;
    min-width: 0;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }

  .option .dial-code {
    color: var(--_muted);
  }

  .option.current .name {
    font-weight: 600;
  }

  .option:hover {
    background: color-mix(in srgb, var(--_text) 6%, transparent);
  }

  .option.active {
    background: color-mix(in srgb, var(--_primary) 16%, transparent);
    outline: 1px solid color-mix(in srgb, var(--_primary) 45%, transparent);
  }

  .empty {
    margin: 0;
    padding: 0.5em 0.625em;
    color: var(--_muted);
  }
`;
