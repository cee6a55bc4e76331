import { html, nothing, svg } from 'lit';

/**
 * The State identity block (DSFR's "bloc-marque"), shared by `gouv-header` and `gouv-footer`:
 * the Marianne symbol, the institution's name on separate lines and the motto.
 */

/** DSFR's default institution: "RÉPUBLIQUE FRANÇAISE" on two lines. */
export const DEFAULT_INSTITUTION = 'République<br>Française';

/**
 * Splits the institution at each `<br>` (any spelling) or line break. The text is never parsed
 * as HTML: each line is rendered as text, so `<br>` is the only markup an author can use.
 */
export function institutionLines(institution: string | null | undefined): string[] {
  const lines = (institution ?? '')
    .split(/<br\s*\/?>|\r?\n/i)
    .map((line) => line.trim())
    .filter(Boolean);
  return lines.length ? lines : institutionLines(DEFAULT_INSTITUTION);
}

/** The institution on one line, for accessible names ("République Française"). */
export function institutionName(lines: readonly string[]): string {
  return lines.join(' ');
}

/**
 * A simplified, original drawing of the Marianne symbol (a profile between a blue and a red
 * field), sized by CSS. Its colours are the fixed brand colours, in both themes, as in DSFR.
 * Decorative: the institution's name is the text.
 */
const marianne = svg`<svg class="logo__marianne" viewBox="0 0 44 16" aria-hidden="true" focusable="false">
  <rect class="logo__blue" width="22" height="16"></rect>
  <rect class="logo__red" x="22" width="22" height="16"></rect>
  <path
    class="logo__profile"
    d="M24 2.2c3.4 0 5.6 2.4 5.3 5.3l1.5 2.1-1.4.6c.3.8-.1 1.4-.7 1.6-.2 1.2-1.2 1.8-2.6 1.6l.4 2.6H14c2-1.5
      3.5-2.5 4.5-3.8-3 .4-5-.2-6-1.2 3-.2 4.5-1.4 5.1-3C18.4 4.4 20.8 2.2 24 2.2z"
  ></path>
</svg>`;

/**
 * The logo paragraph. A space precedes each `<br>` so the text reads "République Française",
 * not "RépubliqueFrançaise", wherever line breaks are ignored (copy, accessible names). It stays
 * in French whatever the page language: the State's brand is never translated (hence
 * `lang="fr"`, RGAA 8.7). The motto is drawn by CSS (see brand.styles.ts).
 */
export function brandLogo(lines: readonly string[]) {
  return html`<p class="logo" part="logo" lang="fr">
    ${marianne}<span class="logo__name"
      >${lines.map((line, index) => html`${index ? html` <br />` : nothing}${line}`)}</span
    >
  </p>`;
}
