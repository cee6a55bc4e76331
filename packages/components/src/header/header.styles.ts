import { css } from 'lit';
import { baseStyles, focusRing } from '@gouvkit/core';
import { brandStyles } from './brand.styles.js';

// DSFR's header (fr-header). Mobile first: below DSFR's lg breakpoint (62em) the brand takes the
// whole width and the tools and navigation live in the menu panel; from 62em the tools sit on
// the right of the brand and the navigation on a row of its own.
export const headerStyles = [
  baseStyles,
  brandStyles,
  css`
    :host {
      display: block;
    }
    [hidden] {
      display: none !important;
    }
    .header {
      position: relative;
      background-color: var(--gouv-color-background-raised);
      box-shadow: var(--gouv-shadow-raised);
      color: var(--gouv-color-text-default);
    }
    .container {
      max-inline-size: var(--gouv-breakpoint-xl);
      margin-inline: auto;
      padding-inline: var(--gouv-space-2w);
    }
    p {
      margin: 0;
    }

    /* Body row: the brand, then the tools on wide screens. */
    .body-row {
      display: flex;
      align-items: center;
      margin-inline: calc(var(--gouv-space-2w) * -1);
    }
    .brand {
      position: relative;
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      inline-size: 100%;
      min-inline-size: 0;
      padding-inline: var(--gouv-space-1v);
    }
    .brand:has(.home:hover) {
      background-color: var(--gouv-color-background-transparent-hover);
    }
    .brand:has(.home:active) {
      background-color: var(--gouv-color-background-transparent-active);
    }
    .brand-top {
      display: flex;
      align-items: center;
      inline-size: 100%;
      min-inline-size: 0;
    }
    .logo-wrap {
      flex: none;
      padding: var(--gouv-space-3v);
    }
    .operator {
      flex: 0 1 auto;
      min-inline-size: 0;
      padding: var(--gouv-space-3v);
    }
    ::slotted([slot='operator']) {
      display: block;
      max-inline-size: 100%;
      block-size: auto;
    }

    /* The home link covers the whole brand block (DSFR's fr-enlarge-link). */
    .home {
      color: inherit;
      text-decoration: none;
    }
    .home::after {
      content: '';
      position: absolute;
      inset: 0;
      z-index: 1;
    }
    .home:focus-visible {
      outline: none;
    }
    .home:focus-visible::after {
      ${focusRing}
      outline-offset: calc(var(--gouv-focus-outline-width) * -1);
    }

    .service {
      flex-basis: 100%;
      min-inline-size: 0;
      margin-inline: var(--gouv-space-3v);
      padding-block: var(--gouv-space-3v);
      border-block-start: var(--gouv-border-width-thin) solid var(--gouv-color-border-default);
      color: var(--gouv-color-text-title);
      overflow-wrap: anywhere;
    }
    .service-title {
      font-size: var(--gouv-font-size-lg);
      font-weight: var(--gouv-font-weight-bold);
      line-height: var(--gouv-line-height-md);
    }
    .service-tagline {
      font-size: var(--gouv-font-size-sm);
      line-height: var(--gouv-line-height-sm);
    }

    /* The Menu button, above the enlarged home link. */
    .navbar {
      position: relative;
      z-index: 2;
      display: flex;
      flex: 1;
      justify-content: flex-end;
      align-self: stretch;
      align-items: flex-start;
      padding: var(--gouv-space-1v);
    }
    .menu-button,
    .close-button {
      display: inline-flex;
      align-items: center;
      justify-content: center;
      gap: var(--gouv-space-1w);
      margin: 0;
      border: 0;
      border-radius: var(--gouv-radius-none);
      background-color: transparent;
      color: var(--gouv-color-text-action-high);
      font: inherit;
      cursor: pointer;
    }
    .menu-button {
      min-inline-size: var(--gouv-size-touch-target);
      min-block-size: var(--gouv-size-touch-target);
      padding: var(--gouv-space-1w);
    }
    .close-button {
      min-block-size: var(--gouv-size-control-sm);
      margin-inline-start: auto;
      margin-block-end: var(--gouv-space-3w);
      padding: var(--gouv-space-1v) var(--gouv-space-3v);
      font-size: var(--gouv-font-size-sm);
      font-weight: var(--gouv-font-weight-medium);
      line-height: var(--gouv-line-height-sm);
    }
    .menu-button:hover,
    .close-button:hover {
      background-color: var(--gouv-color-background-transparent-hover);
    }
    .menu-button:active,
    .close-button:active {
      background-color: var(--gouv-color-background-transparent-active);
    }
    .gouv-icon {
      flex: none;
      inline-size: 1.5rem;
      block-size: 1.5rem;
    }
    .close-button .gouv-icon {
      inline-size: 1rem;
      block-size: 1rem;
    }

    /* The menu panel: a full-screen modal dialog, as DSFR's header menu on small screens. */
    .panel {
      position: fixed;
      inset: 0;
      inline-size: 100%;
      block-size: 100%;
      max-inline-size: none;
      max-block-size: none;
      margin: 0;
      padding: 0;
      border: 0;
      background-color: var(--gouv-color-background-overlap);
      color: var(--gouv-color-text-default);
      overflow: auto;
      overscroll-behavior: contain;
    }
    .panel[open] {
      display: block;
    }
    .panel::backdrop {
      background-color: transparent;
    }
    .panel-inner {
      display: flex;
      flex-direction: column;
      padding-block: var(--gouv-space-2w) var(--gouv-space-9w);
    }
    .panel-search,
    .panel-links {
      display: flex;
      flex-direction: column;
      align-items: flex-start;
      gap: var(--gouv-space-1w);
      padding-block-end: var(--gouv-space-3v);
      margin-block-end: var(--gouv-space-3v);
      border-block-end: var(--gouv-border-width-thin) solid var(--gouv-color-border-default);
    }
    .panel-search {
      align-items: stretch;
    }
    @media (prefers-reduced-motion: no-preference) {
      .panel[open] {
        transition: opacity var(--gouv-motion-duration-short) var(--gouv-motion-easing-standard);
        @starting-style {
          opacity: 0;
        }
      }
    }

    /* Tools and navigation rows, wide screens only (the template renders them from 62em). */
    .tools {
      display: flex;
      flex: 1 0 auto;
      flex-direction: column;
      align-items: flex-end;
      gap: var(--gouv-space-2w);
      margin-inline-start: auto;
      padding-inline: var(--gouv-space-2w);
      text-align: end;
    }
    .tools-links {
      display: flex;
      flex-wrap: wrap;
      justify-content: flex-end;
      gap: var(--gouv-space-1w);
    }
    .search {
      inline-size: 100%;
      max-inline-size: 24rem;
    }
    .menu {
      box-shadow: inset 0 var(--gouv-border-width-thin) 0 0 var(--gouv-color-border-default);
    }

    /* DSFR's md breakpoint: 48em. */
    @media (min-width: 48em) {
      .container {
        padding-inline: var(--gouv-space-3w);
      }
    }

    /* DSFR's lg breakpoint: 62em. */
    @media (min-width: 62em) {
      .body-row {
        padding-block: var(--gouv-space-3w);
      }
      .brand {
        flex-wrap: nowrap;
        inline-size: auto;
        margin-block: calc(var(--gouv-space-2w) * -1);
        padding-inline: 0;
      }
      .brand-top {
        inline-size: auto;
      }
      .logo-wrap,
      .operator,
      .service {
        padding: var(--gouv-space-2w);
      }
      .service {
        flex-basis: auto;
        margin-inline: 0;
        border-block-start: 0;
      }
      .service-title {
        font-size: var(--gouv-font-size-h6);
        line-height: var(--gouv-line-height-h6);
      }
      .home:focus-visible::after {
        outline-offset: var(--gouv-focus-outline-offset);
      }
    }

    @media (forced-colors: active) {
      .header {
        border-block-end: var(--gouv-border-width-thin) solid CanvasText;
      }
      .menu-button,
      .close-button {
        border: var(--gouv-border-width-thin) solid ButtonText;
      }
      .panel {
        border: var(--gouv-border-width-thin) solid CanvasText;
      }
    }
  `,
];
