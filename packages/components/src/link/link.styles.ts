import { css } from 'lit';
import { baseStyles } from '@gouvkit/core';

// DSFR's link (fr-link): blue-france text underlined by a background image, which follows every
// line of a wrapped link and thickens on hover without moving the text (text-decoration can't
// animate its thickness in every browser, and would sit under the icons differently).
export const linkStyles = [
  baseStyles,
  css`
    :host {
      display: inline;
      --_icon-size: var(--gouv-space-2w);
    }
    :host([size='lg']:not([inline])) {
      --_icon-size: var(--gouv-space-3w);
    }

    .link {
      color: var(--gouv-color-text-action-high);
      font-size: var(--gouv-font-size-md);
      line-height: var(--gouv-line-height-md);
      text-decoration: none;
      overflow-wrap: anywhere;
      background-image: linear-gradient(0deg, currentColor, currentColor);
      background-position: 0 100%;
      background-repeat: no-repeat;
      background-size: 100% var(--gouv-border-width-thin);
      -webkit-tap-highlight-color: transparent;
    }
    .link[href]:hover {
      background-size: 100% var(--gouv-border-width-thick);
    }
    :host([size='sm']) .link {
      font-size: var(--gouv-font-size-sm);
      line-height: var(--gouv-line-height-sm);
    }
    :host([size='lg']) .link {
      font-size: var(--gouv-font-size-lg);
      line-height: var(--gouv-line-height-lg);
    }
    /* In running text the link keeps the paragraph's typography, only its colour and underline. */
    :host([inline]) .link {
      font-size: inherit;
      line-height: inherit;
    }

    /* Disabled (no href): DSFR's grey, no underline, a not-allowed cursor. */
    .link:not([href]) {
      color: var(--gouv-color-text-disabled);
      background-image: none;
      cursor: not-allowed;
    }

    /* Centred on the x-height, as DSFR's icons. */
    .gouv-icon {
      display: inline-block;
      inline-size: var(--_icon-size);
      block-size: var(--_icon-size);
      vertical-align: calc((0.75em - var(--_icon-size)) * 0.5);
    }
    .gouv-icon.start {
      margin-inline-end: var(--gouv-space-1w);
    }
    .gouv-icon.end {
      margin-inline-start: var(--gouv-space-1w);
    }

    /* The gradient underline ignores system colours: use the system underline instead. */
    @media (forced-colors: active) {
      .link {
        background-image: none;
        text-decoration: underline;
      }
      .link[href]:hover {
        text-decoration-thickness: var(--gouv-border-width-thick);
      }
      .link:not([href]) {
        color: GrayText;
        text-decoration: none;
      }
    }
  `,
];
