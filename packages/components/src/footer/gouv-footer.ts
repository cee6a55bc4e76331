import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { DEV, GouvElement, I18nController, icon, warnOnce, type Message } from '@gouvkit/core';
import { externalLinkLine } from '@gouvkit/icons';
import { DEFAULT_INSTITUTION, brandLogo, institutionLines, institutionName } from '../header/brand.js';
import { footerStyles } from './footer.styles.js';
import { footerLightStyles } from './footer.light.styles.js';
import { footerStrings, type FooterStringKey } from './footer.strings.js';
import { DEFAULT_FOOTER_LINKS, LICENCE_HREF, type FooterLink } from './footer.links.js';
import { safeHref } from '../header/safe-href.js';

export type { FooterLink } from './footer.links.js';
export { DEFAULT_FOOTER_LINKS } from './footer.links.js';

const DOCS = 'composants-pied-de-page--docs';

/**
 * The footer of a French State website, after DSFR's "Pied de page": the bloc-marque linked to
 * the home page, a description, the institutional links, the mandatory bottom links and the
 * licence mention.
 *
 * It is the page's `contentinfo` landmark: the role is set on the element itself
 * (ElementInternals), so exactly one landmark is exposed; a `role` attribute overrides it.
 * Links that open a new window say so in their name ("– nouvelle fenêtre", RGAA 13.2). The
 * slotted children are the page's (or a framework's): the footer never moves or changes them.
 *
 * @tag gouv-footer
 * @summary Pied de page : informations institutionnelles et liens obligatoires en bas de page.
 *
 * @slot description - A short description of the site (a `<p>`).
 * @slot operator - The operator's logo, an `<img alt="…">` next to the bloc-marque.
 * @slot bottom - The bottom links, a `<ul>`: « Plan du site », « Accessibilité : partiellement conforme », « Mentions légales », « Données personnelles », « Gestion des cookies ».
 * @slot licence - Replaces the licence mention (etalab-2.0 by default).
 *
 * @csspart footer - The footer's box.
 * @csspart brand - The bloc-marque, covered by the home link.
 * @csspart logo - The bloc-marque (symbol, institution, motto).
 * @csspart links - The list of institutional links.
 * @csspart licence - The licence mention.
 *
 * @cssprop --gouv-color-border-action-high - The blue rule on top of the footer.
 * @cssprop --gouv-color-text-mention - Colour of the bottom links and of the licence.
 */
export class GouvFooter extends GouvElement {
  static override styles = footerStyles;
  // The author's slotted markup (nav lists, bottom links) is styled from the light DOM.
  static override lightStyles = [footerLightStyles];

  /**
   * The institution in the bloc-marque, one line per `<br>`. Plain text otherwise.
   * @type {string}
   */
  @property() institution = DEFAULT_INSTITUTION;

  /** The address of the site's home page, linked from the bloc-marque. */
  @property({ attribute: 'home-href' }) homeHref = '/';

  /** The institutional links (label and address). DSFR's four by default; `[]` hides the list. */
  @property({ attribute: false }) links?: readonly FooterLink[] | null = DEFAULT_FOOTER_LINKS;

  /** Per-instance overrides of the strings (`home`, `newWindow`, `licencePrefix`, `licenceLink`). */
  @property({ attribute: false }) strings: Partial<Record<FooterStringKey, Message>> = {};

  /** An operator logo is slotted; null until read (server markup shows the operator's box). */
  @state() private hasOperator: boolean | null = null;

  protected readonly i18n = new I18nController(this, footerStrings);
  readonly #internals = this.attachInternals();

  constructor() {
    super();
    this.#internals.role = 'contentinfo';
  }

  override connectedCallback() {
    super.connectedCallback();
    this.#readSlots();
  }

  protected override firstUpdated(changed: PropertyValues) {
    super.firstUpdated(changed);
    if (DEV && !this.querySelector(':scope > [slot="bottom"]'))
      warnOnce(
        this.localName,
        'no-accessibility-mention',
        'n’a pas de slot bottom : la mention « Accessibilité : non/partiellement/totalement conforme » y est obligatoire.',
        DOCS,
      );
  }

  #readSlots = () => {
    this.hasOperator = [...this.children].some((child) => child.slot === 'operator');
  };

  /** A link that opens a new window and says so, in its name and in its tooltip (RGAA 13.2). */
  #external(href: string, label: string, className: string) {
    const newWindow = this.i18n.t('newWindow');
    return html`<a
      class=${className}
      href=${safeHref(href, '#')}
      target="_blank"
      rel="noopener"
      title=${`${label} - ${newWindow}`}
      >${label}<span class="visually-hidden"> - ${newWindow}</span>${icon(externalLinkLine)}</a
    >`;
  }

  override render() {
    const lines = institutionLines(this.institution);
    const homeLabel = this.i18n.t('home', { institution: institutionName(lines) });
    // A framework binding may pass undefined: that means "the default", only [] hides the list.
    const links = this.links ?? DEFAULT_FOOTER_LINKS;

    return html`<div class="footer" part="footer">
      <div class="container">
        <div class="body">
          <div class="brand" part="brand">
            <a class="home" href=${safeHref(this.homeHref)} title=${homeLabel} aria-label=${homeLabel}
              >${brandLogo(lines)}</a
            >
            <div class="operator" ?hidden=${this.hasOperator === false}>
              <slot name="operator" @slotchange=${this.#readSlots}></slot>
            </div>
          </div>
          <div class="content">
            <slot name="description"></slot>
            ${
              links.length
                ? html`<ul class="links" part="links">
                    ${links.map((link) => html`<li>${this.#external(link.href, link.label, 'link')}</li>`)}
                  </ul>`
                : nothing
            }
          </div>
        </div>
        <div class="bottom">
          <div class="bottom-list"><slot name="bottom"></slot></div>
          <div class="copy" part="licence">
            <slot name="licence"
              ><p>
                ${this.i18n.t('licencePrefix')}
                ${this.#external(LICENCE_HREF, this.i18n.t('licenceLink'), 'licence-link')}
              </p></slot
            >
          </div>
        </div>
      </div>
    </div>`;
  }
}
