import { css } from 'lit';

/**
 * The look of DSFR's input group (fr-input-group, fr-label, fr-hint-text, fr-input,
 * fr-messages-group), shared by every field. Fields render in the light DOM, so these rules
 * are adopted once by the document and scoped by their `gouv-` class names.
 */
export const fieldStyles = css`
  @layer gouvkit.components {
    [data-gouv-field] {
      display: block;
      position: relative;
      margin-block-end: var(--gouv-space-3w);
      font-family: var(--gouv-font-family-base);
      color: var(--gouv-color-text-default);
    }
    [data-gouv-field][hidden] {
      display: none;
    }
    .gouv-field--error {
      padding-inline-start: var(--gouv-space-3v);
      border-inline-start: var(--gouv-border-width-thick) solid var(--gouv-color-border-error);
    }
    .gouv-label,
    .gouv-legend {
      display: block;
      padding: 0;
      color: var(--gouv-color-text-label);
      font-size: var(--gouv-font-size-md);
      line-height: var(--gouv-line-height-md);
      font-weight: var(--gouv-font-weight-regular);
    }
    .gouv-field--error .gouv-label,
    .gouv-field--error .gouv-legend {
      color: var(--gouv-color-text-error);
    }
    .gouv-required {
      color: var(--gouv-color-text-error);
    }
    .gouv-hint {
      display: block;
      margin: var(--gouv-space-1v) 0 0;
      color: var(--gouv-color-text-mention);
      font-size: var(--gouv-font-size-xs);
      line-height: var(--gouv-line-height-xs);
    }
    .gouv-input,
    .gouv-select,
    .gouv-textarea {
      /* 100% wide with the padding counted in, whatever the page's box model. */
      box-sizing: border-box;
      display: block;
      inline-size: 100%;
      margin-block-start: var(--gouv-space-1w);
      padding: var(--gouv-space-1w) var(--gouv-space-2w);
      border: 0;
      border-radius: var(--gouv-radius-sm) var(--gouv-radius-sm) 0 0;
      box-shadow: inset 0 calc(-1 * var(--gouv-border-width-thick)) 0 0 var(--gouv-color-border-plain);
      background-color: var(--gouv-color-background-contrast);
      color: var(--gouv-color-text-default);
      font: inherit;
      font-size: var(--gouv-font-size-md);
      line-height: var(--gouv-line-height-md);
      appearance: none;
    }
    .gouv-input:focus-visible,
    .gouv-select:focus-visible,
    .gouv-textarea:focus-visible {
      outline: var(--gouv-focus-outline-width) var(--gouv-focus-outline-style) var(--gouv-color-focus);
      outline-offset: var(--gouv-focus-outline-offset);
    }
    .gouv-field--error .gouv-input,
    .gouv-field--error .gouv-select,
    .gouv-field--error .gouv-textarea {
      box-shadow: inset 0 calc(-1 * var(--gouv-border-width-thick)) 0 0 var(--gouv-color-border-error);
    }
    .gouv-input:disabled,
    .gouv-select:disabled,
    .gouv-textarea:disabled {
      cursor: not-allowed;
      color: var(--gouv-color-text-disabled);
      box-shadow: inset 0 calc(-1 * var(--gouv-border-width-thick)) 0 0 var(--gouv-color-border-disabled);
    }
    .gouv-messages:empty {
      display: none;
    }
    .gouv-error {
      display: flex;
      gap: var(--gouv-space-1v);
      margin: var(--gouv-space-1w) 0 0;
      color: var(--gouv-color-text-error);
      font-size: var(--gouv-font-size-xs);
      line-height: var(--gouv-line-height-xs);
    }
    .gouv-error .gouv-icon {
      flex: none;
      inline-size: 1rem;
      block-size: 1rem;
      margin-block-start: 0.125rem;
    }
    @media (forced-colors: active) {
      .gouv-input,
      .gouv-select,
      .gouv-textarea {
        border: 1px solid FieldText;
      }
      .gouv-field--error {
        border-inline-start-color: Mark;
      }
    }
  }
`;
