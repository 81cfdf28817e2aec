import { css } from 'lit';

// Buttons (the main one, links), the actions row, focus rings and the busy spinner.
export const buttonStyles = css`
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
    /* A link that wraps (Tamil, Malayalam) reads from the start, as its one-line neighbours do. */
    justify-content: flex-start;
    text-align: start;
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
`;
