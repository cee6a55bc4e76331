import { css } from 'lit';

// Widths in characters, after GOV.UK's input widths: the box hints at the expected length
// (a postcode is 5 characters), and never overflows a 320px screen.
export const inputStyles = css`
  @layer gouvkit.components {
    gouv-input[width] .gouv-input {
      max-inline-size: calc(var(--gouv-input-chars) * 1ch + 2 * var(--gouv-space-2w) + 1ch);
    }
    gouv-input[width='2'] {
      --gouv-input-chars: 2;
    }
    gouv-input[width='3'] {
      --gouv-input-chars: 3;
    }
    gouv-input[width='4'] {
      --gouv-input-chars: 4;
    }
    gouv-input[width='5'] {
      --gouv-input-chars: 5;
    }
    gouv-input[width='10'] {
      --gouv-input-chars: 10;
    }
    gouv-input[width='20'] {
      --gouv-input-chars: 20;
    }
    gouv-input[width='30'] {
      --gouv-input-chars: 30;
    }
    gouv-input .gouv-password-toggle {
      display: flex;
      align-items: center;
      justify-content: flex-end;
      gap: var(--gouv-space-1w);
      margin-block-start: var(--gouv-space-1w);
      font-size: var(--gouv-font-size-sm);
      line-height: var(--gouv-line-height-sm);
      color: var(--gouv-color-text-default);
    }
    gouv-input .gouv-password-toggle input {
      inline-size: 1rem;
      block-size: 1rem;
      margin: 0;
      accent-color: var(--gouv-color-background-action-high);
    }
    gouv-input .gouv-password-toggle input:focus-visible {
      outline: var(--gouv-focus-outline-width) var(--gouv-focus-outline-style) var(--gouv-color-focus);
      outline-offset: var(--gouv-focus-outline-offset);
    }
  }
`;
