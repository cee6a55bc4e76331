import { css } from 'lit';
import { baseStyles, focusRing } from '@gouvkit/core';

// DSFR's skip links (fr-skiplinks): above the top of the page and transparent until a link takes
// focus; the block then joins the page flow at the top, on the contrast grey background.
const linkRules = css`
  color: var(--gouv-color-text-action-high);
  font-size: var(--gouv-font-size-md);
  line-height: var(--gouv-line-height-md);
  text-decoration: none;
  background-image: linear-gradient(0deg, currentColor, currentColor);
  background-position: 0 100%;
  background-repeat: no-repeat;
  background-size: 100% var(--gouv-border-width-thin);
`;
const linkHoverRules = css`
  background-size: 100% var(--gouv-border-width-thick);
`;

export const skipLinksStyles = [
  baseStyles,
  css`
    :host {
      display: block;
      position: relative;
    }

    .skiplinks {
      position: absolute;
      inset-block-start: 0;
      inset-inline: 0;
      padding: var(--gouv-space-2w);
      background-color: var(--gouv-color-background-contrast);
      transform: translateY(-100%);
      opacity: 0;
      /* Transparent is still clickable: don't catch clicks meant for what lies behind. */
      pointer-events: none;
    }
    :host(:focus-within) .skiplinks {
      position: relative;
      transform: none;
      opacity: 1;
      pointer-events: auto;
    }

    .list {
      display: flex;
      flex-direction: column;
      gap: var(--gouv-space-2w);
      margin: 0;
      padding: 0;
      list-style: none;
    }

    .link {
      ${linkRules}
    }
    .link:hover {
      ${linkHoverRules}
    }
    .link:focus-visible {
      ${focusRing}
    }

    /* --gouv-breakpoint-md: links side by side from tablets up. */
    @media (min-width: 48em) {
      .skiplinks {
        padding-block: var(--gouv-space-3v);
      }
      .list {
        flex-direction: row;
        flex-wrap: wrap;
      }
    }

    @media (forced-colors: active) {
      :host(:focus-within) .skiplinks {
        border-block-end: var(--gouv-border-width-thin) solid CanvasText;
      }
      .link {
        background-image: none;
        text-decoration: underline;
      }
      .link:focus-visible {
        outline-color: Highlight;
      }
    }

    @media print {
      :host {
        display: none;
      }
    }
  `,
];
