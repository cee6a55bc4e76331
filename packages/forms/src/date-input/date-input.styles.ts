import { css } from 'lit';

/**
 * DSFR's « Date unique » group (three inline boxes under one legend), with GOV.UK's widths in
 * characters: a day and a month take 2, a year 4, which tells what to type and fits a 320px
 * screen on one line. In error, only the boxes to fix get the error underline.
 */
export const dateInputStyles = css`
  @layer gouvkit.components {
    /* No specificity: the field's error bar (.gouv-field--error) keeps its border and padding. */
    :where(gouv-date-input .gouv-date-input__fieldset) {
      margin: 0;
      padding: 0;
      border: 0;
      min-inline-size: 0;
    }
    gouv-date-input .gouv-date-input__parts {
      display: flex;
      flex-wrap: wrap;
      gap: var(--gouv-space-1w) var(--gouv-space-2w);
      margin-block-start: var(--gouv-space-1w);
    }
    gouv-date-input .gouv-date-input__part {
      --gouv-date-chars: 2;
      flex: none;
      inline-size: calc(var(--gouv-date-chars) * 1ch + 2 * var(--gouv-space-2w) + 1ch);
      min-inline-size: 4rem;
    }
    gouv-date-input .gouv-date-input__part--year {
      --gouv-date-chars: 4;
    }
    /* The boxes' own labels stay in the label colour: the legend and the boxes carry the error. */
    gouv-date-input .gouv-field--error .gouv-date-input__part .gouv-label {
      color: var(--gouv-color-text-label);
    }
    gouv-date-input .gouv-field--error .gouv-input:not([aria-invalid='true']) {
      box-shadow: inset 0 calc(-1 * var(--gouv-border-width-thick)) 0 0 var(--gouv-color-border-plain);
    }
    @media (forced-colors: active) {
      gouv-date-input .gouv-input[aria-invalid='true'] {
        border: 3px solid Mark;
      }
    }
  }
`;
