import { css } from 'lit';
import { baseStyles } from '@gouvkit/core';

// DSFR's button (fr-btn): square corners, medium weight, borders drawn as inset shadows so
// every variant keeps the same box size.
export const buttonStyles = [
  baseStyles,
  css`
    :host {
      display: inline-block;
      vertical-align: middle;
    }
    :host([full-width]) {
      display: block;
    }
    .button {
      display: inline-flex;
      align-items: center;
      justify-content: center;
      gap: var(--gouv-space-1w);
      inline-size: 100%;
      min-block-size: var(--gouv-size-control-md);
      padding: var(--gouv-space-1w) var(--gouv-space-2w);
      margin: 0;
      border: 0;
      border-radius: var(--gouv-radius-none);
      font: inherit;
      font-size: var(--gouv-font-size-md);
      font-weight: var(--gouv-font-weight-medium);
      line-height: var(--gouv-line-height-md);
      text-align: center;
      text-decoration: none;
      cursor: pointer;
      background-color: var(--gouv-color-background-action-high);
      color: var(--gouv-color-text-inverted);
      -webkit-tap-highlight-color: transparent;
    }
    .button:hover {
      background-color: var(--gouv-color-background-action-high-hover);
    }
    .button:active {
      background-color: var(--gouv-color-background-action-high-active);
    }

    :host([variant='secondary']) .button,
    :host([variant='tertiary']) .button,
    :host([variant='tertiary-no-outline']) .button {
      background-color: transparent;
      color: var(--gouv-color-text-action-high);
    }
    :host([variant='secondary']) .button {
      box-shadow: inset 0 0 0 1px var(--gouv-color-border-action-high);
    }
    :host([variant='tertiary']) .button {
      box-shadow: inset 0 0 0 1px var(--gouv-color-border-default);
    }
    :host([variant='secondary']) .button:hover,
    :host([variant='tertiary']) .button:hover,
    :host([variant='tertiary-no-outline']) .button:hover {
      background-color: var(--gouv-color-background-transparent-hover);
    }
    :host([variant='secondary']) .button:active,
    :host([variant='tertiary']) .button:active,
    :host([variant='tertiary-no-outline']) .button:active {
      background-color: var(--gouv-color-background-transparent-active);
    }

    :host([size='sm']) .button {
      min-block-size: var(--gouv-size-control-sm);
      padding: var(--gouv-space-1v) var(--gouv-space-3v);
      font-size: var(--gouv-font-size-sm);
      line-height: var(--gouv-line-height-sm);
    }
    :host([size='lg']) .button {
      min-block-size: var(--gouv-size-control-lg);
      padding: var(--gouv-space-1w) var(--gouv-space-3w);
      font-size: var(--gouv-font-size-lg);
      line-height: var(--gouv-line-height-lg);
    }
    :host([icon-only]) .button {
      inline-size: auto;
      min-inline-size: var(--gouv-size-control-md);
      padding-inline: var(--gouv-space-1w);
    }

    .gouv-icon {
      inline-size: 1.5em;
      block-size: 1.5em;
      flex: none;
      margin-block: -0.25em;
    }
    :host([size='sm']) .gouv-icon {
      inline-size: 1rem;
      block-size: 1rem;
    }

    /* Disabled: DSFR's grey, never a lighter primary that could read as active. */
    .button:disabled,
    .button[aria-disabled='true'] {
      cursor: not-allowed;
      background-color: var(--gouv-color-background-disabled);
      color: var(--gouv-color-text-disabled);
      box-shadow: none;
    }
    :host([variant='secondary']) .button:disabled,
    :host([variant='tertiary']) .button:disabled,
    :host([variant='secondary']) .button[aria-disabled='true'],
    :host([variant='tertiary']) .button[aria-disabled='true'] {
      background-color: transparent;
      box-shadow: inset 0 0 0 1px var(--gouv-color-border-disabled);
    }
    :host([variant='tertiary-no-outline']) .button:disabled,
    :host([variant='tertiary-no-outline']) .button[aria-disabled='true'] {
      background-color: transparent;
    }

    @media (forced-colors: active) {
      .button {
        border: 1px solid ButtonText;
      }
      .button:disabled,
      .button[aria-disabled='true'] {
        border-color: GrayText;
        color: GrayText;
      }
    }
  `,
];
