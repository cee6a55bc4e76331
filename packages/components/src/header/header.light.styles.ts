import { css } from 'lit';
import { focusRing } from '@gouvkit/core';

/**
 * Styles for the author's slotted markup. `::slotted()` only reaches the slotted element itself,
 * not the `ul > li > a` of a `<nav slot="navigation">`, so these rules live in the light DOM:
 * the header adopts them once in the document (or shadow root) it lives in. They are scoped by
 * the element name and the slot, and the links keep their native semantics.
 */
export const headerLightStyles = css`
  /* Main navigation (DSFR's fr-nav), small screens first: one link per row, in the menu panel. */
  gouv-header > [slot='navigation'] ul {
    display: flex;
    flex-direction: column;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  gouv-header > [slot='navigation'] li {
    display: flex;
    flex-direction: column;
    margin: 0;
    border-block-end: var(--gouv-border-width-thin) solid var(--gouv-color-border-default);
  }
  /* Light-DOM boxes follow the page's box-sizing (content-box by default): set it here. */
  gouv-header > [slot='navigation'] li,
  gouv-header > [slot='navigation'] a {
    box-sizing: border-box;
  }
  gouv-header > [slot='navigation'] a {
    position: relative;
    display: flex;
    align-items: center;
    min-block-size: var(--gouv-space-6w);
    padding: var(--gouv-space-3v) var(--gouv-space-2w);
    color: var(--gouv-color-text-title);
    font-family: var(--gouv-font-family-base);
    font-size: var(--gouv-font-size-md);
    font-weight: var(--gouv-font-weight-bold);
    line-height: var(--gouv-line-height-md);
    text-decoration: none;
  }
  gouv-header > [slot='navigation'] a:hover {
    background-color: var(--gouv-color-background-transparent-hover);
  }
  gouv-header > [slot='navigation'] a:active {
    background-color: var(--gouv-color-background-transparent-active);
  }
  gouv-header > [slot='navigation'] a:focus-visible {
    ${focusRing}
    outline-offset: calc(var(--gouv-focus-outline-width) * -1);
  }
  /* The current page: blue text and a bar, never colour alone (RGAA 3.1). */
  gouv-header > [slot='navigation'] a[aria-current]:not([aria-current='false']) {
    color: var(--gouv-color-text-title-blue-france);
  }
  gouv-header > [slot='navigation'] a[aria-current]:not([aria-current='false'])::before {
    content: '';
    position: absolute;
    inset-block-start: 50%;
    inset-inline-start: 0;
    inline-size: var(--gouv-border-width-thick);
    block-size: var(--gouv-space-3w);
    margin-block-start: calc(var(--gouv-space-3w) / -2);
    background-color: var(--gouv-color-border-action-high);
  }

  /* Quick-access links given as a list: no bullets, stacked in the panel. */
  gouv-header > ul[slot='tools'] {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: var(--gouv-space-1w);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  /* DSFR's lg breakpoint: 62em. The navigation becomes a row under the brand. */
  @media (min-width: 62em) {
    gouv-header > [slot='navigation'] ul {
      flex-direction: row;
      flex-wrap: wrap;
      margin-inline: calc(var(--gouv-space-2w) * -1);
    }
    gouv-header > [slot='navigation'] li {
      border: 0;
    }
    gouv-header > [slot='navigation'] a {
      min-block-size: var(--gouv-space-7w);
      padding: var(--gouv-space-2w);
      font-size: var(--gouv-font-size-sm);
      font-weight: var(--gouv-font-weight-regular);
      line-height: var(--gouv-line-height-sm);
    }
    gouv-header > [slot='navigation'] a[aria-current]:not([aria-current='false'])::before {
      inset-block: auto 0;
      inline-size: 100%;
      block-size: var(--gouv-border-width-thick);
      margin: 0;
    }
    gouv-header > ul[slot='tools'] {
      flex-direction: row;
      flex-wrap: wrap;
      justify-content: flex-end;
    }
  }

  @media (forced-colors: active) {
    gouv-header > [slot='navigation'] a:focus-visible {
      outline-color: Highlight;
    }
    gouv-header > [slot='navigation'] a[aria-current]:not([aria-current='false'])::before {
      background-color: Highlight;
      inline-size: var(--gouv-space-1v);
    }
  }
  @media (forced-colors: active) and (min-width: 62em) {
    gouv-header > [slot='navigation'] a[aria-current]:not([aria-current='false'])::before {
      inline-size: 100%;
      block-size: var(--gouv-space-1v);
    }
  }
`;
