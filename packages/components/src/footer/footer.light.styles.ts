import { css } from 'lit';
import { focusRing } from '@gouvkit/core';

/**
 * Styles for the author's `<ul slot="bottom">` (Plan du site, Accessibilité…, Mentions
 * légales…). `::slotted()` cannot reach its `li` and `a`, so these rules live in the light DOM,
 * adopted once by the footer's root and scoped by the element name and the slot.
 */
export const footerLightStyles = css`
  gouv-footer > [slot='bottom'] {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  gouv-footer > [slot='bottom'] li {
    display: inline;
    margin: 0;
  }
  /* A thin vertical rule between two items, as DSFR's footer. */
  gouv-footer > [slot='bottom'] li + li::before {
    content: '';
    display: inline-block;
    inline-size: var(--gouv-border-width-thin);
    block-size: var(--gouv-space-2w);
    margin-inline: var(--gouv-space-1w);
    vertical-align: middle;
    background-color: var(--gouv-color-border-default);
  }
  gouv-footer > [slot='bottom'] a,
  gouv-footer > [slot='bottom'] button {
    box-sizing: border-box;
    display: inline-block;
    padding: var(--gouv-space-0-5v) 0;
    margin: 0;
    border: 0;
    background: none;
    color: var(--gouv-color-text-mention);
    font-family: var(--gouv-font-family-base);
    font-size: var(--gouv-font-size-xs);
    line-height: var(--gouv-line-height-xs);
    text-decoration: none;
    cursor: pointer;
  }
  gouv-footer > [slot='bottom'] a:hover,
  gouv-footer > [slot='bottom'] button:hover {
    text-decoration: underline;
  }
  gouv-footer > [slot='bottom'] a:focus-visible,
  gouv-footer > [slot='bottom'] button:focus-visible {
    ${focusRing}
  }

  /* DSFR's md breakpoint: 48em. */
  @media (min-width: 48em) {
    gouv-footer > [slot='bottom'] li + li::before {
      margin-inline: var(--gouv-space-3v);
    }
  }

  @media (forced-colors: active) {
    gouv-footer > [slot='bottom'] li + li::before {
      background-color: CanvasText;
    }
    gouv-footer > [slot='bottom'] a:focus-visible,
    gouv-footer > [slot='bottom'] button:focus-visible {
      outline-color: Highlight;
    }
  }
`;
