import { css } from 'lit';

/**
 * A text field with a calendar button, and the calendar in a modal dialog centred on the screen
 * (it fits a 320px screen: seven 2.5rem columns). Days are cells of a table grid: the selected
 * day is filled, today is outlined, days outside the limits are greyed and struck through.
 */
export const datePickerStyles = css`
  @layer gouvkit.components {
    gouv-date-picker .gouv-date-picker__row {
      display: flex;
      align-items: flex-end;
      gap: var(--gouv-space-1w);
      margin-block-start: var(--gouv-space-1w);
    }
    gouv-date-picker .gouv-date-picker__row .gouv-input {
      flex: 0 1 auto;
      inline-size: calc(12ch + 2 * var(--gouv-space-2w));
      min-inline-size: 0;
      margin-block-start: 0;
    }
    gouv-date-picker .gouv-date-picker__toggle,
    gouv-date-picker .gouv-date-picker__nav,
    gouv-date-picker .gouv-date-picker__close {
      display: inline-flex;
      align-items: center;
      justify-content: center;
      gap: var(--gouv-space-1w);
      margin: 0;
      border: 0;
      border-radius: var(--gouv-radius-none);
      background: transparent;
      color: var(--gouv-color-text-action-high);
      font: inherit;
      font-size: var(--gouv-font-size-md);
      line-height: var(--gouv-line-height-md);
      cursor: pointer;
    }
    gouv-date-picker .gouv-date-picker__toggle {
      flex: none;
      inline-size: 2.5rem;
      block-size: 2.5rem;
      box-shadow: inset 0 0 0 1px var(--gouv-color-border-action-high);
    }
    gouv-date-picker .gouv-date-picker__toggle .gouv-icon,
    gouv-date-picker .gouv-date-picker__nav .gouv-icon {
      inline-size: 1.5rem;
      block-size: 1.5rem;
      flex: none;
    }
    gouv-date-picker .gouv-date-picker__toggle:hover,
    gouv-date-picker .gouv-date-picker__nav:hover,
    gouv-date-picker .gouv-date-picker__close:hover,
    gouv-date-picker .gouv-date-picker__day:not([aria-disabled='true'], [aria-selected='true']):hover {
      background-color: var(--gouv-color-background-transparent-hover);
    }
    gouv-date-picker .gouv-date-picker__toggle:active,
    gouv-date-picker .gouv-date-picker__nav:active,
    gouv-date-picker .gouv-date-picker__close:active {
      background-color: var(--gouv-color-background-transparent-active);
    }
    gouv-date-picker .gouv-date-picker__toggle:disabled {
      cursor: not-allowed;
      color: var(--gouv-color-text-disabled);
      box-shadow: inset 0 0 0 1px var(--gouv-color-border-disabled);
      background: transparent;
    }
    gouv-date-picker
      :is(
        .gouv-date-picker__toggle,
        .gouv-date-picker__nav,
        .gouv-date-picker__close,
        .gouv-date-picker__day
      ):focus-visible {
      position: relative;
      z-index: 1;
      outline: var(--gouv-focus-outline-width) var(--gouv-focus-outline-style) var(--gouv-color-focus);
      outline-offset: var(--gouv-focus-outline-offset);
    }

    /* The dialog: centred by the browser (a modal dialog's auto margins), above a dimmed page. */
    gouv-date-picker .gouv-date-picker__dialog {
      inline-size: min(calc(100vw - 2 * var(--gouv-space-2w)), 22rem);
      max-inline-size: none;
      max-block-size: calc(100dvh - 2 * var(--gouv-space-2w));
      padding: 0;
      border: 0;
      background-color: var(--gouv-color-background-overlap);
      color: var(--gouv-color-text-default);
      box-shadow: var(--gouv-shadow-overlap);
      font-family: var(--gouv-font-family-base);
      overflow: auto;
      overscroll-behavior: contain;
    }
    gouv-date-picker .gouv-date-picker__dialog::backdrop {
      background-color: color-mix(in srgb, var(--gouv-color-grey-50) 64%, transparent);
    }
    gouv-date-picker .gouv-date-picker__panel {
      padding: var(--gouv-space-2w);
    }
    gouv-date-picker .gouv-date-picker__header {
      display: flex;
      align-items: center;
      gap: var(--gouv-space-0-5v);
    }
    gouv-date-picker .gouv-date-picker__nav {
      flex: none;
      inline-size: 2.5rem;
      block-size: 2.5rem;
    }
    gouv-date-picker .gouv-date-picker__nav[aria-disabled='true'] {
      cursor: not-allowed;
      color: var(--gouv-color-text-disabled);
      background: transparent;
    }
    /* Two chevrons for a year. */
    gouv-date-picker .gouv-date-picker__nav .gouv-icon + .gouv-icon {
      margin-inline-start: -1rem;
    }
    gouv-date-picker .gouv-date-picker__title {
      flex: 1;
      margin: 0;
      text-align: center;
      color: var(--gouv-color-text-title);
      font-size: var(--gouv-font-size-md);
      line-height: var(--gouv-line-height-md);
      font-weight: var(--gouv-font-weight-bold);
    }
    gouv-date-picker .gouv-date-picker__grid {
      inline-size: 100%;
      margin-block-start: var(--gouv-space-1w);
      border-collapse: separate;
      border-spacing: 0;
      table-layout: fixed;
      font-size: var(--gouv-font-size-sm);
      line-height: var(--gouv-line-height-sm);
    }
    gouv-date-picker .gouv-date-picker__grid th {
      padding-block: var(--gouv-space-1v);
      color: var(--gouv-color-text-mention);
      font-size: var(--gouv-font-size-xs);
      line-height: var(--gouv-line-height-xs);
      font-weight: var(--gouv-font-weight-regular);
      text-align: center;
    }
    gouv-date-picker .gouv-date-picker__grid td {
      padding: 0;
      block-size: 2.5rem;
      text-align: center;
    }
    gouv-date-picker .gouv-date-picker__day {
      border-radius: var(--gouv-radius-sm);
      cursor: pointer;
      color: var(--gouv-color-text-default);
    }
    gouv-date-picker .gouv-date-picker__day[aria-current='date'] {
      box-shadow: inset 0 0 0 1px var(--gouv-color-border-action-high);
      font-weight: var(--gouv-font-weight-bold);
    }
    gouv-date-picker .gouv-date-picker__day[aria-selected='true'] {
      background-color: var(--gouv-color-background-action-high);
      color: var(--gouv-color-text-inverted);
      font-weight: var(--gouv-font-weight-bold);
    }
    gouv-date-picker .gouv-date-picker__day[aria-disabled='true'] {
      cursor: not-allowed;
      color: var(--gouv-color-text-disabled);
      text-decoration: line-through;
    }
    gouv-date-picker .gouv-date-picker__footer {
      display: flex;
      justify-content: flex-end;
      margin-block-start: var(--gouv-space-2w);
    }
    gouv-date-picker .gouv-date-picker__close {
      padding: var(--gouv-space-1v) var(--gouv-space-3v);
      font-size: var(--gouv-font-size-sm);
      line-height: var(--gouv-line-height-sm);
      box-shadow: inset 0 0 0 1px var(--gouv-color-border-action-high);
    }

    @media (forced-colors: active) {
      gouv-date-picker .gouv-date-picker__toggle,
      gouv-date-picker .gouv-date-picker__close {
        border: 1px solid ButtonText;
      }
      gouv-date-picker .gouv-date-picker__dialog {
        border: 1px solid CanvasText;
      }
      gouv-date-picker .gouv-date-picker__day[aria-current='date'] {
        outline: 1px solid CanvasText;
        outline-offset: -3px;
      }
      gouv-date-picker .gouv-date-picker__day[aria-selected='true'] {
        forced-color-adjust: none;
        background-color: SelectedItem;
        color: SelectedItemText;
      }
      gouv-date-picker .gouv-date-picker__day[aria-disabled='true'],
      gouv-date-picker .gouv-date-picker__nav[aria-disabled='true'] {
        color: GrayText;
      }
      gouv-date-picker .gouv-input[aria-invalid='true'] {
        border: 3px solid Mark;
      }
    }
  }
`;
