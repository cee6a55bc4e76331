import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { GouvElement, I18nController, focusTemporarily, warnOnce, type Message } from '@gouvkit/core';
import { findTarget } from './focus-target.js';
import { skipLinksStrings, type SkipLinksStringKey } from './skip-links.strings.js';
import { skipLinksStyles } from './skip-links.styles.js';

/** A skip link given as data: an in-page anchor (`#contenu`) and its text. */
export interface SkipLink {
  href: string;
  label: string;
}

const DOCS = 'composants-liens-d-évitement--docs';

/**
 * Skip links in the style of the French State design system: the first thing a keyboard user
 * reaches on the page, letting them jump past the header to the content, the menu or the
 * footer (RGAA 12.7). Visually hidden until one of them takes focus; the whole block then
 * appears at the top of the page.
 *
 * Put it first in `<body>`. The links come, in this order of precedence:
 * 1. from the `links` property (`[{ href: '#contenu', label: 'Contenu' }]`);
 * 2. from `<a href="#…">` children, which stay the author's own elements (each is slotted into
 *    its own list item, so the list structure is kept);
 * 3. by default, one link « Contenu » to `#contenu`: the only one RGAA requires.
 *
 * A link to an id missing from the document prints a development warning: a skip link that
 * leads nowhere is worse than none. Following a link moves focus to its target (made focusable
 * with `tabindex="-1"` if needed), because some browsers only scroll to it.
 *
 * @tag gouv-skip-links
 * @summary Liens d’évitement : mènent directement au contenu, au menu ou au pied de page.
 *
 * @slot - `<a href="#id">` elements, one per link, as direct children (other children are not shown).
 *
 * @csspart nav - The `<nav>` landmark.
 * @csspart list - The list of links.
 *
 * @cssprop --gouv-color-background-contrast - The block's background once shown.
 */
export class GouvSkipLinks extends GouvElement {
  static override styles = skipLinksStyles;
  // Each author link goes into its own `<li>`: only manual assignment can slot children one by one.
  static override shadowRootOptions: ShadowRootInit = {
    ...GouvElement.shadowRootOptions,
    slotAssignment: 'manual',
  };

  /** The links as data; takes precedence over `<a>` children. Labels are rendered as text. */
  @property({ attribute: false }) links: SkipLink[] = [];

  /** Overrides strings for this instance: `{ label: 'Navigation rapide' }`. */
  @property({ attribute: false }) strings: Partial<Record<SkipLinksStringKey, Message>> = {};

  readonly i18n = new I18nController<SkipLinksStringKey>(this, skipLinksStrings);

  #authorLinks: HTMLAnchorElement[] = [];
  #childObserver = new MutationObserver(() => this.#collectAuthorLinks());

  override connectedCallback() {
    super.connectedCallback();
    this.#collectAuthorLinks();
    this.#childObserver.observe(this, { childList: true });
    this.addEventListener('focusin', this.#checkTargets);
    // On the host: clicks on slotted author links and on rendered links both reach it.
    this.addEventListener('click', this.#onClick);
    this.#checkTargetsOnceLoaded();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.#childObserver.disconnect();
    this.removeEventListener('focusin', this.#checkTargets);
    this.removeEventListener('click', this.#onClick);
  }

  #collectAuthorLinks() {
    this.#authorLinks = Array.from(this.children).filter(
      (child): child is HTMLAnchorElement => child instanceof HTMLAnchorElement && child.hasAttribute('href'),
    );
    this.requestUpdate();
  }

  /** The data links to render in the shadow root; none when the author's own links are used. */
  #dataLinks(): SkipLink[] {
    if (this.links.length) {
      return this.links.filter(({ href }) => {
        const inPage = typeof href === 'string' && href.startsWith('#') && href.length > 1;
        // A skip link leads inside the page; anything else (`javascript:`, another page) is dropped.
        if (!inPage)
          warnOnce(
            this.localName,
            `not-in-page-${href}`,
            `href="${href}" n’est pas une ancre de la page (#id) : lien ignoré.`,
            DOCS,
          );
        return inPage;
      });
    }
    if (this.#authorLinks.length) return [];
    return [{ href: '#contenu', label: this.i18n.t('content') }];
  }

  /** Runs after the page (or the app) has had time to render its regions. */
  #checkTargetsOnceLoaded() {
    const doc = this.ownerDocument;
    const later = () => setTimeout(this.#checkTargets, 0);
    if (doc.readyState === 'complete') later();
    else doc.defaultView?.addEventListener('load', later, { once: true });
  }

  #checkTargets = () => {
    if (!this.isConnected) return;
    const hrefs = this.#rendersDataLinks()
      ? this.#dataLinks().map((link) => link.href)
      : this.#authorLinks.map((a) => a.getAttribute('href'));
    for (const href of hrefs) {
      if (href?.startsWith('#') && !findTarget(this.ownerDocument, href))
        warnOnce(
          this.localName,
          `missing-target-${href}`,
          `le lien « ${href} » ne mène nulle part : aucun élément de la page n’a l’id « ${href.slice(1)} » (RGAA 12.7).`,
          DOCS,
        );
    }
  };

  #rendersDataLinks() {
    return this.links.length > 0 || this.#authorLinks.length === 0;
  }

  #onClick = (event: MouseEvent) => {
    // Let the browser handle a new tab or window (Ctrl/Cmd/Shift-click, middle click).
    if (
      event.defaultPrevented ||
      event.button !== 0 ||
      event.ctrlKey ||
      event.metaKey ||
      event.shiftKey ||
      event.altKey
    )
      return;
    const anchor = event
      .composedPath()
      .find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement);
    const target = findTarget(this.ownerDocument, anchor?.getAttribute('href') ?? null);
    // The browser still follows the anchor (address bar, scroll); we only add the focus move.
    if (target) focusTemporarily(target);
  };

  protected override updated() {
    // Assign each author link to its list item's slot, in order.
    const slots = this.renderRoot.querySelectorAll<HTMLSlotElement>('slot');
    slots.forEach((slot, index) => {
      const link = this.#authorLinks[index];
      if (link) slot.assign(link);
    });
  }

  override render() {
    const data = this.#rendersDataLinks();
    // role="list" is not redundant: Safari drops the list role of a list styled without bullets.
    /* eslint-disable lit-a11y/no-redundant-role */
    return html`<nav class="skiplinks" part="nav" aria-label=${this.i18n.t('label')}>
      <ul class="list" part="list" role="list">
        ${
          data
            ? this.#dataLinks().map(
                (link) => html`<li><a class="link" href=${link.href}>${link.label}</a></li>`,
              )
            : this.#authorLinks.map(() => html`<li><slot></slot></li>`)
        }
      </ul>
    </nav>`;
    /* eslint-enable lit-a11y/no-redundant-role */
  }
}
