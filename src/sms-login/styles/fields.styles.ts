import { css } from 'lit';

// The number and code fields. Digits stay left to right; in a right-to-left page the number sits
// on the right, where the eye starts, and the code stays centred.
export const fieldStyles = css`
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

  .base[dir='rtl'] .number {
    text-align: right;
  }

  .code {
    font-size: 1.375em;
    letter-spacing: 0.3em;
    text-align: center;
  }

  .input[aria-invalid='true'] {
    border-color: var(--_error);
  }
`;
