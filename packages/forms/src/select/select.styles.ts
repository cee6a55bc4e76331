import { css } from 'lit';

// DSFR's select: the field's look, room on the end for the chevron (an icon in the text colour,
// so it follows the theme, the disabled state and forced colours; it lets clicks through).
export const selectStyles = css`
  @layer gouvkit.components {
    /* The page's own <option> children are data for the rendered select: never shown. */
    gouv-select > option,
    gouv-select > optgroup {
      display: none;
    }
    gouv-select .gouv-select-wrapper {
      position: relative;
      margin-block-start: var(--gouv-space-1w);
      color: var(--gouv-color-text-default);
    }
    gouv-select .gouv-select {
      margin-block-start: 0;
      padding-inline-end: var(--gouv-space-5w);
      text-overflow: ellipsis;
      cursor: pointer;
    }
    gouv-select .gouv-select-arrow {
      position: absolute;
      inset-inline-end: var(--gouv-space-2w);
      inset-block-start: 50%;
      inline-size: 1rem;
      block-size: 1rem;
      transform: translateY(-50%);
      pointer-events: none;
    }
    gouv-select .gouv-select:disabled + .gouv-select-arrow {
      color: var(--gouv-color-text-disabled);
    }
    gouv-select .gouv-select optgroup,
    gouv-select .gouv-select option {
      background-color: var(--gouv-color-background-default);
      color: var(--gouv-color-text-default);
    }
    gouv-select .gouv-select option:disabled {
      color: var(--gouv-color-text-disabled);
    }
    @media (forced-colors: active) {
      gouv-select .gouv-select-arrow {
        color: CanvasText;
      }
      gouv-select .gouv-select:disabled + .gouv-select-arrow {
        color: GrayText;
      }
    }
  }
`;
