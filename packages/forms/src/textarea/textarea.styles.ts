import { css } from 'lit';

// DSFR's textarea is its input, taller (min-height 3.75rem); it grows only downwards, so it never
// overflows a 320px screen. The count reads as a hint, in the error colour once over the limit
// (its words say so too: colour is not the only cue, RGAA 3.1).
export const textareaStyles = css`
  @layer gouvkit.components {
    gouv-textarea .gouv-textarea {
      min-block-size: calc(var(--gouv-space-7w) + var(--gouv-space-1v));
      resize: vertical;
    }
    gouv-textarea .gouv-textarea-count {
      margin: var(--gouv-space-1w) 0 0;
      color: var(--gouv-color-text-mention);
      font-size: var(--gouv-font-size-xs);
      line-height: var(--gouv-line-height-xs);
    }
    gouv-textarea .gouv-textarea-count--over {
      color: var(--gouv-color-text-error);
    }
  }
`;
