import { css } from 'lit';

// The card, its text and the tokens. The public tokens (--sms-login-*) fall back to system colours
// and sizes; :host keeps private copies (--_*) that the rest of the styles read, and the dark
// scheme overrides those copies.
export const baseStyles = css`
  :host {
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

  /* Japanese wraps between any two characters; where the browser can, it wraps between phrases
     ("残り 2 回です" stays whole rather than "残 / り"). */
  .base:lang(ja) {
    word-break: auto-phrase;
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
`;

// Hidden from sight, not from screen readers (the status region, the country button's name).
export const visuallyHidden = css`
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
