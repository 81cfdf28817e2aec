import { css } from 'lit';

// The success state.
export const doneStyles = css`
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
`;
