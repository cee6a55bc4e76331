import { css } from 'lit';
import { baseStyles, focusRing } from '@gouvkit/core';
import { brandStyles } from '../header/brand.styles.js';

// DSFR's footer (fr-footer): a blue top rule, the bloc-marque and the description with the
// institutional links, then the bottom list and the licence under a grey rule.
export const footerStyles = [
  baseStyles,
  brandStyles,
  css`
    :host {
      display: block;
    }
    [hidden] {
      display: none !important;
    }
    .footer {
      padding-block-start: var(--gouv-space-4w);
      background-color: var(--gouv-color-background-default);
      color: var(--gouv-color-text-default);
      box-shadow:
        inset 0 var(--gouv-border-width-thick) 0 0 var(--gouv-color-border-action-high),
        inset 0 calc(var(--gouv-border-width-thin) * -1) 0 0 var(--gouv-color-border-default);
    }
    .container {
      max-inline-size: var(--gouv-breakpoint-xl);
      margin-inline: auto;
      padding-inline: var(--gouv-space-2w);
    }
    p,
    ul {
      margin: 0;
    }
    ul {
      padding: 0;
      list-style: none;
    }
    a {
      color: inherit;
      text-decoration: none;
    }
    a:hover {
      text-decoration: underline;
    }

    .body {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      margin-block-end: var(--gouv-space-2w);
    }

    /* The bloc-marque, covered by the home link (DSFR's fr-enlarge-link). */
    .brand {
      position: relative;
      display: flex;
      align-items: center;
      gap: var(--gouv-space-3w);
      padding: var(--gouv-space-2w);
      margin: calc(var(--gouv-space-2w) * -1);
    }
    .brand .logo {
      --_logo-base: var(--gouv-space-2w);
    }
    .brand:has(.home:hover) {
      background-color: var(--gouv-color-background-transparent-hover);
    }
    .home:hover {
      text-decoration: none;
    }
    .home::after {
      content: '';
      position: absolute;
      inset: 0;
    }
    .home:focus-visible {
      outline: none;
    }
    .home:focus-visible::after {
      ${focusRing}
      outline-offset: calc(var(--gouv-focus-outline-width) * -1);
    }
    ::slotted([slot='operator']) {
      display: block;
      max-inline-size: 100%;
      block-size: auto;
    }

    .content {
      flex-basis: 100%;
      min-inline-size: 0;
      margin-block-start: var(--gouv-space-3w);
    }
    ::slotted([slot='description']) {
      margin: 0;
      font-size: var(--gouv-font-size-sm);
      line-height: var(--gouv-line-height-sm);
    }
    .links {
      display: flex;
      flex-wrap: wrap;
      column-gap: var(--gouv-space-5w);
      margin-block-start: var(--gouv-space-2w);
    }
    .links li {
      margin-block: var(--gouv-space-1w);
    }
    .link {
      display: inline-flex;
      align-items: center;
      gap: var(--gouv-space-1v);
      font-size: var(--gouv-font-size-sm);
      font-weight: var(--gouv-font-weight-bold);
      line-height: var(--gouv-line-height-sm);
    }
    .gouv-icon {
      flex: none;
      inline-size: 1em;
      block-size: 1em;
    }

    .bottom {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      margin-block-start: var(--gouv-space-2w);
      box-shadow: inset 0 var(--gouv-border-width-thin) 0 0 var(--gouv-color-border-default);
    }
    .bottom-list {
      inline-size: 100%;
      padding-block: var(--gouv-space-1w);
    }
    .copy {
      margin-block: var(--gouv-space-1w) var(--gouv-space-2w);
      color: var(--gouv-color-text-mention);
      font-size: var(--gouv-font-size-xs);
      line-height: var(--gouv-line-height-xs);
    }
    .copy a {
      text-decoration: underline;
    }
    .copy .gouv-icon {
      margin-inline-start: var(--gouv-space-1v);
      vertical-align: -0.125em;
    }

    /* DSFR's md breakpoint: 48em. */
    @media (min-width: 48em) {
      .container {
        padding-inline: var(--gouv-space-3w);
      }
      .body {
        margin-block-end: var(--gouv-space-3w);
      }
      .brand {
        align-self: flex-start;
        margin-inline-end: var(--gouv-space-2w);
      }
      .brand .logo {
        --_logo-base: calc(var(--gouv-space-1v) * 5);
      }
      .content {
        margin-inline-start: auto;
      }
    }

    /* DSFR's lg breakpoint: 62em. */
    @media (min-width: 62em) {
      .content {
        flex-basis: 50%;
        max-inline-size: 36.75rem;
        margin-block-start: 0;
      }
    }

    @media (forced-colors: active) {
      .footer {
        border-block-start: var(--gouv-border-width-thick) solid CanvasText;
      }
      .bottom {
        border-block-start: var(--gouv-border-width-thin) solid CanvasText;
      }
    }
  `,
];
