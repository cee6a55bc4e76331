import { css } from 'lit';

/**
 * The look of DSFR's checkboxes and radio buttons (fr-checkbox-group, fr-radio-group,
 * fr-radio-rich) and of their fieldset (fr-fieldset), shared by `gouv-checkbox`,
 * `gouv-checkbox-group` and `gouv-radio-group`.
 *
 * DSFR hides the native control and draws it on the label; here the native control itself is
 * drawn (`appearance: none`), so it stays the element that is clicked, focused and outlined.
 * The check mark is an icon laid on top of it. In forced colours, the native control comes
 * back as the system draws it.
 */
export const choiceStyles = css`
  @layer gouvkit.components {
    /* A group's <option> children are data for the rows it renders: never shown. */
    gouv-radio-group > option,
    gouv-checkbox-group > option {
      display: none;
    }
    .gouv-choice-fieldset {
      min-inline-size: 0;
      margin: 0;
      padding: 0;
      border: 0;
    }
    .gouv-choice-fieldset > .gouv-legend {
      margin-block-end: var(--gouv-space-1w);
    }
    .gouv-choice-fieldset > .gouv-hint {
      margin-block: calc(-1 * var(--gouv-space-1w) + var(--gouv-space-1v)) var(--gouv-space-1w);
    }
    .gouv-choices {
      display: flex;
      flex-direction: column;
    }
    .gouv-choices--inline {
      flex-direction: row;
      flex-wrap: wrap;
      align-items: flex-start;
      column-gap: var(--gouv-space-3w);
    }

    /* One choice: the control, then its label and hint; revealed content goes after it. */
    .gouv-choice {
      display: grid;
      grid-template-columns: 1.5rem minmax(0, 1fr);
      column-gap: var(--gouv-space-1w);
      align-items: start;
      padding-block: var(--gouv-space-3v);
    }
    /* A lone checkbox is a field of its own: the field's margin spaces it. */
    gouv-checkbox .gouv-choice {
      padding-block: 0;
    }
    .gouv-choice__input {
      grid-area: 1 / 1;
      inline-size: 1.5rem;
      block-size: 1.5rem;
      margin: 0;
      border: 1px solid var(--gouv-color-border-action-high);
      border-radius: var(--gouv-radius-sm);
      background-color: transparent;
      cursor: pointer;
      appearance: none;
    }
    .gouv-choice__input[type='radio'] {
      border-radius: 50%;
    }
    .gouv-choice__input:checked {
      background-color: var(--gouv-color-background-action-high);
    }
    .gouv-choice__input[type='radio']:checked {
      background: radial-gradient(
        circle,
        var(--gouv-color-background-action-high) 0 0.3125rem,
        transparent calc(0.3125rem + 0.5px)
      );
    }
    .gouv-choice__input:focus-visible {
      outline: var(--gouv-focus-outline-width) var(--gouv-focus-outline-style) var(--gouv-color-focus);
      outline-offset: var(--gouv-focus-outline-offset);
    }
    .gouv-choice__mark {
      display: flex;
      grid-area: 1 / 1;
      align-self: start;
      justify-self: center;
      margin-block-start: 0.25rem;
      color: var(--gouv-color-text-inverted);
      pointer-events: none;
      visibility: hidden;
    }
    .gouv-choice__mark .gouv-icon {
      inline-size: 1rem;
      block-size: 1rem;
    }
    .gouv-choice__input:checked + .gouv-choice__mark {
      visibility: visible;
    }
    .gouv-choice__body {
      grid-column: 2;
      grid-row: 1;
      min-inline-size: 0;
    }
    .gouv-choice__label {
      display: block;
      color: var(--gouv-color-text-label);
      font-size: var(--gouv-font-size-md);
      line-height: var(--gouv-line-height-md);
      cursor: pointer;
      overflow-wrap: break-word;
    }
    .gouv-choice__hint {
      margin: 0;
      overflow-wrap: break-word;
    }

    /* Disabled: greyed, not clickable. */
    .gouv-choice__input:disabled {
      border-color: var(--gouv-color-border-disabled);
      cursor: not-allowed;
    }
    .gouv-choice__input:disabled:checked {
      background-color: var(--gouv-color-background-disabled);
    }
    .gouv-choice__input[type='radio']:disabled:checked {
      background: radial-gradient(
        circle,
        var(--gouv-color-text-disabled) 0 0.3125rem,
        transparent calc(0.3125rem + 0.5px)
      );
    }
    .gouv-choice__input:disabled + .gouv-choice__mark {
      color: var(--gouv-color-text-disabled);
    }
    /* Hints keep their colour: only a control's label is exempt from contrast when disabled. */
    .gouv-choice__input:disabled ~ .gouv-choice__body .gouv-choice__label,
    .gouv-choice-fieldset:disabled > .gouv-legend {
      color: var(--gouv-color-text-disabled);
      cursor: not-allowed;
    }

    /* Error: red controls and labels, and the field's red bar (a group's rows say it themselves). */
    :is(.gouv-field--error, .gouv-choice-item--error) .gouv-choice__input:not(:disabled) {
      border-color: var(--gouv-color-border-error);
    }
    :is(.gouv-field--error, .gouv-choice-item--error)
      .gouv-choice__input:not(:disabled)
      ~ .gouv-choice__body
      .gouv-choice__label {
      color: var(--gouv-color-text-error);
    }

    /* Tile radios (DSFR « Bouton radio riche »): a bordered box, with an optional image. */
    .gouv-choices--tile {
      gap: var(--gouv-space-2w);
    }
    .gouv-choices--tile.gouv-choices--inline > .gouv-choice-item {
      flex: 1 1 16rem;
    }
    .gouv-choice--tile {
      position: relative;
      grid-template-columns: 1rem minmax(0, 1fr) auto;
      column-gap: var(--gouv-space-2w);
      align-items: center;
      padding: 0 0 0 var(--gouv-space-2w);
      border: 1px solid var(--gouv-color-border-default);
      background-color: var(--gouv-color-background-default);
    }
    .gouv-choice--tile .gouv-choice__input {
      inline-size: 1rem;
      block-size: 1rem;
    }
    .gouv-choice--tile .gouv-choice__input[type='radio']:checked {
      background: radial-gradient(
        circle,
        var(--gouv-color-background-action-high) 0 0.1875rem,
        transparent calc(0.1875rem + 0.5px)
      );
    }
    .gouv-choice--tile .gouv-choice__input[type='radio']:disabled:checked {
      background: radial-gradient(
        circle,
        var(--gouv-color-text-disabled) 0 0.1875rem,
        transparent calc(0.1875rem + 0.5px)
      );
    }
    .gouv-choice--tile .gouv-choice__body {
      padding-block: var(--gouv-space-3v);
      padding-inline-end: var(--gouv-space-2w);
    }
    /* The whole tile is the label's click area. */
    .gouv-choice--tile .gouv-choice__label::after {
      content: '';
      position: absolute;
      inset: 0;
    }
    .gouv-choice__image {
      display: flex;
      grid-column: 3;
      grid-row: 1;
      align-items: center;
      justify-content: center;
      align-self: stretch;
      inline-size: 5.5rem;
      min-block-size: 5.5rem;
      padding: var(--gouv-space-1v);
      border-inline-start: 1px solid var(--gouv-color-border-default);
    }
    .gouv-choice__image img {
      max-inline-size: 3.5rem;
      max-block-size: 3.5rem;
    }
    .gouv-choice--tile:has(.gouv-choice__input:not(:disabled)):hover {
      background-color: var(--gouv-color-background-transparent-hover);
    }
    .gouv-choice--tile:has(.gouv-choice__input:checked) {
      border-color: var(--gouv-color-border-action-high);
    }
    .gouv-choice--tile:has(.gouv-choice__input:checked) .gouv-choice__image {
      border-inline-start-color: var(--gouv-color-border-action-high);
    }
    .gouv-choice--tile:has(.gouv-choice__input:focus-visible) {
      outline: var(--gouv-focus-outline-width) var(--gouv-focus-outline-style) var(--gouv-color-focus);
      outline-offset: var(--gouv-focus-outline-offset);
    }
    .gouv-choice--tile .gouv-choice__input:focus-visible {
      outline: none;
    }
    .gouv-choice--tile:has(.gouv-choice__input:disabled) {
      border-color: var(--gouv-color-border-default);
    }
    .gouv-choice--tile:has(.gouv-choice__input:disabled) .gouv-choice__image img {
      opacity: 0.5;
    }
    :is(.gouv-field--error, .gouv-choice-item--error)
      .gouv-choice--tile:has(.gouv-choice__input:not(:disabled)) {
      border-color: var(--gouv-color-border-error);
    }

    @media (forced-colors: active) {
      .gouv-choice__input,
      .gouv-choice__input:checked {
        appearance: auto;
        background: none;
      }
      .gouv-choice__mark {
        display: none;
      }
      .gouv-choice__input:disabled ~ .gouv-choice__body .gouv-choice__label {
        color: GrayText;
      }
      .gouv-choice--tile:has(.gouv-choice__input:checked) {
        border-width: 2px;
        border-color: Highlight;
      }
    }
  }
`;
