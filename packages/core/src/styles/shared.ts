import { css } from 'lit';

/**
 * The focus ring of the French State design system: a 2px outline offset by 2px, in the focus
 * colour. Forced-colours mode keeps an outline in the system Highlight colour.
 */
export const focusRing = css`
  outline: var(--gouv-focus-outline-width) var(--gouv-focus-outline-style) var(--gouv-color-focus);
  outline-offset: var(--gouv-focus-outline-offset);
`;

/** Shared rules every shadow root starts with. */
export const baseStyles = css`
  :host {
    box-sizing: border-box;
    font-family: var(--gouv-font-family-base);
    color: var(--gouv-color-text-default);
  }
  :host([hidden]),
  .gouv-icon[data-missing] {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    ${focusRing}
  }
  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
`;

/**
 * `.gouv-visually-hidden` for light-DOM content: text read by screen readers but not shown
 * (« - nouvelle fenêtre », « Erreur : »). Light-DOM elements list it in their `lightStyles`;
 * it is adopted once per document however many do.
 */
export const visuallyHiddenStyles = css`
  @layer gouvkit.components {
    .gouv-visually-hidden {
      position: absolute !important;
      inline-size: 1px;
      block-size: 1px;
      margin: -1px;
      padding: 0;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
      border: 0;
    }
  }
`;
