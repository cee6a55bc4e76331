import { css } from 'lit';
import { baseStyles } from '@gouvkit/core';

// DSFR's alert (fr-alert): a thin border in the type's colour, a 2.5rem bar on the start side
// holding the icon, the title in the h6 style. The bar is a real border (not a background image)
// so forced-colours mode keeps it.
export const alertStyles = [
  baseStyles,
  css`
    :host {
      display: block;
      --_colour: var(--gouv-color-border-info);
    }
    :host([type='success']) {
      --_colour: var(--gouv-color-border-success);
    }
    :host([type='warning']) {
      --_colour: var(--gouv-color-border-warning);
    }
    :host([type='error']) {
      --_colour: var(--gouv-color-border-error);
    }

    /* A live alert's region is empty for a moment (see gouv-alert.ts): no frame until then. */
    .alert.shown {
      position: relative;
      padding: var(--gouv-space-2w) calc(var(--gouv-space-4w) + var(--gouv-space-1v)) var(--gouv-space-3v)
        var(--gouv-space-2w);
      border: var(--gouv-border-width-thin) solid var(--_colour);
      border-inline-start-width: var(--gouv-space-5w);
      font-size: var(--gouv-font-size-md);
      line-height: var(--gouv-line-height-md);
      overflow-wrap: anywhere;
    }
    :host([size='sm']) .alert.shown {
      padding-block: var(--gouv-space-1w) var(--gouv-space-1v);
      padding-inline-start: var(--gouv-space-1w);
    }

    /* The icon sits in the bar, which is the border: offset back over it. Its colour is the page
       background, as DSFR's inverted grey (white in light, near-black in dark). */
    .icon {
      position: absolute;
      inset-block-start: calc(var(--gouv-space-2w) - var(--gouv-border-width-thin));
      inset-inline-start: calc(var(--gouv-space-1w) - var(--gouv-space-5w));
      display: flex;
      color: var(--gouv-color-background-default);
    }
    :host([size='sm']) .icon {
      inset-block-start: calc(var(--gouv-space-1w) - var(--gouv-border-width-thin));
    }
    .icon .gouv-icon {
      inline-size: var(--gouv-space-3w);
      block-size: var(--gouv-space-3w);
    }

    .title {
      margin: 0 0 var(--gouv-space-1v);
      color: var(--gouv-color-text-title);
      font-size: var(--gouv-font-size-lg);
      font-weight: var(--gouv-font-weight-bold);
      line-height: var(--gouv-line-height-md);
    }
    .title[hidden] {
      display: none;
    }

    .description ::slotted(p) {
      margin: 0 0 var(--gouv-space-1v);
    }
    .description ::slotted(:last-child) {
      margin-block-end: 0;
    }

    /* DSFR's small tertiary icon-only close button, in the top corner. */
    .close {
      position: absolute;
      inset-block-start: var(--gouv-space-1v);
      inset-inline-end: var(--gouv-space-1v);
      display: inline-flex;
      align-items: center;
      justify-content: center;
      inline-size: var(--gouv-size-control-sm);
      block-size: var(--gouv-size-control-sm);
      padding: 0;
      margin: 0;
      border: 0;
      border-radius: var(--gouv-radius-none);
      background-color: transparent;
      color: var(--gouv-color-text-action-high);
      cursor: pointer;
      -webkit-tap-highlight-color: transparent;
    }
    .close:hover {
      background-color: var(--gouv-color-background-transparent-hover);
    }
    .close:active {
      background-color: var(--gouv-color-background-transparent-active);
    }
    .close .gouv-icon {
      inline-size: var(--gouv-space-2w);
      block-size: var(--gouv-space-2w);
    }

    @media (forced-colors: active) {
      .alert.shown {
        border-color: CanvasText;
      }
      /* The bar turns CanvasText: draw the icon in the canvas colour to keep it visible. */
      .icon {
        forced-color-adjust: none;
        color: Canvas;
      }
      .close {
        color: ButtonText;
      }
    }

    @media print {
      .close {
        display: none;
      }
    }
  `,
];
