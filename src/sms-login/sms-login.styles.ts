import { css } from 'lit';

export const styles = css`
  :host {
    /* Private copies of the public tokens: the rest of the sheet reads only these. */
    --_font: var(
      --sms-login-font-family,
      system-ui,
      -apple-system,
      'Segoe UI',
      Roboto,
      'Noto Sans',
      sans-serif
    );
    --_font-size: var(--sms-login-font-size, 1rem);
    --_text: var(--sms-login-text-color, #1b1d21);
    --_muted: var(--sms-login-muted-text-color, #5b6270);
    --_bg: var(--sms-login-background-color, #ffffff);
    --_field-bg: var(--sms-login-field-background-color, #ffffff);
    --_border: var(--sms-login-border-color, #c9ced6);
    --_primary: var(--sms-login-primary-color, #2456d6);
    --_on-primary: var(--sms-login-primary-text-color, #ffffff);
    --_error: var(--sms-login-error-color, #b3261e);
    --_success: var(--sms-login-success-color, #1e7d3c);
    --_radius: var(--sms-login-radius, 0.5rem);
    --_space: var(--sms-login-spacing, 1rem);
    --_ring: var(--sms-login-focus-ring-color, var(--_primary));
    --_ring-width: var(--sms-login-focus-ring-width, 2px);
    --_max-width: var(--sms-login-max-width, 24rem);

    display: block;
    max-width: var(--_max-width);
    font-family: var(--_font);
    font-size: var(--_font-size);
    line-height: 1.45;
    color: var(--_text);
    color-scheme: light dark;
    -webkit-tap-highlight-color: transparent;
  }

  @media (prefers-color-scheme: dark) {
    :host {
      --_text: var(--sms-login-text-color, #e8eaee);
      --_muted: var(--sms-login-muted-text-color, #a5acb8);
      --_bg: var(--sms-login-background-color, #1d2026);
      --_field-bg: var(--sms-login-field-background-color, #14161a);
      --_border: var(--sms-login-border-color, #3c424d);
      --_primary: var(--sms-login-primary-color, #8fb0ff);
      --_on-primary: var(--sms-login-primary-text-color, #0b1a40);
      --_error: var(--sms-login-error-color, #ffb4ab);
      --_success: var(--sms-login-success-color, #7fd99a);
    }
  }

  :host([hidden]) {
    display: none;
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  .base {
    position: relative;
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 0.75);
    padding: calc(var(--_space) * 1.5);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 2);
  }

  .title {
    font-size: 1.25em;
    font-weight: 600;
    line-height: 1.3;
  }

  .step {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 0.5);
    margin: 0;
  }

  .intro,
  .hint {
    margin: 0;
    color: var(--_muted);
  }

  .intro {
    margin-block-end: calc(var(--_space) * 0.5);
  }

  .hint {
    font-size: 0.875em;
    margin-block-start: calc(var(--_space) * -0.25);
  }

  .label {
    font-weight: 500;
    font-size: 0.9375em;
  }

  .phone-field {
    position: relative;
    display: flex;
    align-items: stretch;
    gap: calc(var(--_space) * 0.5);
  }

  .input,
  .country-button,
  .search {
    min-height: 2.875rem;
    font: inherit;
    color: var(--_text);
    background: var(--_field-bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }

  .input {
    width: 100%;
    min-width: 0;
    padding: 0 0.75em;
    letter-spacing: 0.02em;
    font-variant-numeric: tabular-nums;
  }

  /* Digits stay left to right; in a right-to-left page they sit on the right, where the eye starts. */
  .base[dir='rtl'] .input {
    text-align: right;
  }

  .code {
    font-size: 1.375em;
    letter-spacing: 0.3em;
    text-align: center;
  }

  .base[dir='rtl'] .code {
    text-align: center;
  }

  .input[aria-invalid='true'] {
    border-color: var(--_error);
  }

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
    font-variant-numeric: tabular-nums;
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

  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.5em;
    font: inherit;
    cursor: pointer;
    border-radius: var(--_radius);
  }

  .primary {
    min-height: 2.875rem;
    margin-block-start: calc(var(--_space) * 0.5);
    padding: 0 1.25em;
    font-weight: 600;
    color: var(--_on-primary);
    background: var(--_primary);
    border: 0;
  }

  .primary:hover {
    background: color-mix(in srgb, var(--_primary) 88%, var(--_text));
  }

  .primary[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.85;
  }

  .link {
    min-height: 2.75rem;
    padding: 0 0.25em;
    color: var(--_primary);
    background: none;
    border: 0;
    font-weight: 500;
  }

  .link:disabled {
    color: var(--_muted);
    cursor: default;
    font-variant-numeric: tabular-nums;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0 var(--_space);
  }

  :is(.input, .button, .country-button, .search):focus-visible {
    outline: var(--_ring-width) solid var(--_ring);
    outline-offset: 2px;
  }

  .input:focus-visible,
  .search:focus-visible {
    outline-offset: 0;
    border-color: var(--_ring);
  }

  .message {
    display: none;
  }

  .message.shown {
    display: flex;
    align-items: flex-start;
    flex-wrap: wrap;
    gap: 0.5em;
    color: var(--_error);
    font-size: 0.9375em;
  }

  .message svg {
    flex: none;
    margin-block-start: 0.1em;
  }

  .message-text {
    flex: 1;
    min-width: 12em;
  }

  .message .link {
    min-height: auto;
    padding: 0;
    text-decoration: underline;
  }

  .spinner {
    width: 1em;
    height: 1em;
    border: 2px solid currentColor;
    border-inline-end-color: transparent;
    border-radius: 50%;
    animation: spin 0.8s linear infinite;
  }

  @keyframes spin {
    to {
      transform: rotate(360deg);
    }
  }

  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation-duration: 2.4s;
    }
  }

  .done {
    align-items: center;
    text-align: center;
    padding-block: var(--_space);
  }

  .check {
    color: var(--_success);
  }

  .done-title {
    margin: 0;
    outline: none;
    font-size: 1.125em;
    font-weight: 600;
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
