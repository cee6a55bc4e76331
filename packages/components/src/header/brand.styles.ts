import { css } from 'lit';

/**
 * The bloc-marque's geometry, after DSFR's logo: everything is a multiple of one base size
 * `--_logo-base` (0.75rem in the header, 1rem then 1.25rem in the footer), so the symbol, the
 * name and the motto keep their proportions at every size and when the text is zoomed.
 */
export const brandStyles = css`
  .logo {
    --_logo-base: var(--gouv-space-3v);
    display: inline-block;
    margin: 0;
    font-size: calc(var(--_logo-base) * 1.05);
    font-weight: var(--gouv-font-weight-bold);
    line-height: 1.0317em;
    letter-spacing: -0.01em;
    text-transform: uppercase;
    text-indent: -0.1em;
    vertical-align: middle;
    color: var(--gouv-color-text-title);
  }
  .logo__marianne {
    display: block;
    inline-size: calc(var(--_logo-base) * 2.75);
    block-size: var(--_logo-base);
    margin-block-end: calc(var(--_logo-base) / 3);
    /* The flag keeps its colours in forced-colours mode, as DSFR's. */
    forced-color-adjust: none;
  }
  /* Fixed brand colours (palette tokens, not theme tokens): the symbol is the same in dark mode. */
  .logo__blue {
    fill: var(--gouv-color-blue-france-sun-113);
  }
  .logo__red {
    fill: var(--gouv-color-red-marianne-472);
  }
  .logo__profile {
    fill: var(--gouv-color-grey-1000);
  }
  .logo__name {
    display: block;
  }
  /*
   * The motto is part of the drawing: generated content with an empty alternative, so it is not
   * read (DSFR's motto is an image without text alternative) and the home link's visible text
   * stays within its accessible name (WCAG 2.5.3).
   */
  .logo::after {
    content: 'Liberté\\A Égalité\\A Fraternité' / '';
    display: block;
    white-space: pre;
    margin-block-start: calc(var(--_logo-base) / 3);
    font-size: calc(var(--_logo-base) * 0.58);
    font-style: italic;
    font-weight: var(--gouv-font-weight-regular);
    line-height: calc(var(--_logo-base) * 0.66);
    letter-spacing: 0;
    text-indent: 0;
    text-transform: none;
  }
`;
