import { css } from 'lit';

/**
 * The look of DSFR's fieldset (fr-fieldset, fr-fieldset__legend): a bold legend, its hint, the
 * fields, the group's error with the red bar. Legend sizes follow GOV.UK's question pages
 * (s, m, l, xl), mapped to the DSFR heading sizes. The legend, hint and error are in the
 * element's shadow root; the page's fields are slotted.
 */
export const fieldsetStyles = css`
  .gouv-fieldset {
    min-inline-size: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }
  .gouv-fieldset__legend {
    display: table;
    max-inline-size: 100%;
    margin: 0;
    padding: 0;
    color: var(--gouv-color-text-label);
    font-size: var(--gouv-font-size-md);
    line-height: var(--gouv-line-height-md);
    font-weight: var(--gouv-font-weight-bold);
    white-space: normal;
    overflow-wrap: break-word;
  }
  .gouv-fieldset__legend--m {
    font-size: var(--gouv-font-size-h4);
    line-height: var(--gouv-line-height-h4);
  }
  .gouv-fieldset__legend--l {
    font-size: var(--gouv-font-size-h2);
    line-height: var(--gouv-line-height-h2);
  }
  .gouv-fieldset__legend--xl {
    font-size: var(--gouv-font-size-h1);
    line-height: var(--gouv-line-height-h1);
  }
  :is(.gouv-fieldset__legend--l, .gouv-fieldset__legend--xl) {
    margin-block-end: var(--gouv-space-1w);
    color: var(--gouv-color-text-title);
  }
  .gouv-fieldset__heading {
    margin: 0;
    font: inherit;
    color: inherit;
  }
  .gouv-fieldset__content {
    margin-block-start: var(--gouv-space-2w);
  }
  ::slotted(:last-child) {
    margin-block-end: 0;
  }
  /* Disabled: the legend turns grey (the fields inside grey themselves). */
  :host([disabled]) .gouv-fieldset__legend {
    color: var(--gouv-color-text-disabled);
  }
  .gouv-field--error > .gouv-fieldset > .gouv-fieldset__legend {
    color: var(--gouv-color-text-error);
  }
`;

/** The host, styled from the page: before the element runs (and without JavaScript) too. */
export const fieldsetLightStyles = css`
  @layer gouvkit.components {
    gouv-fieldset {
      display: block;
      margin-block-end: var(--gouv-space-3w);
      font-family: var(--gouv-font-family-base);
      color: var(--gouv-color-text-default);
    }
    gouv-fieldset[hidden] {
      display: none;
    }
  }
`;
