import { css } from 'lit';

// The error message under a step, with its "Try again" link.
export const messageStyles = css`
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
`;
