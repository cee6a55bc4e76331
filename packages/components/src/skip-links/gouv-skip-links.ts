import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { DEV, GouvElement, I18nController, focusTemporarily, warnOnce, type Message } from '@gouvkit/core';
import { findTarget } from './focus-target.js';
import { skipLinksStrings, type SkipLinksStringKey } from './skip-links.strings.js';
import { skipLinksStyles } from './skip-links.styles.js';

/** A skip link given as data: an in-page anchor (`#contenu`) and its text. */
export interface SkipLink {
  href: string;
  label: string;
  /** The text's language, when it differs from the page's. */
  lang?: string;
}

const sameLinks = (a: readonly SkipLink[], b: readonly SkipLink[]) =>
  a.length === b.length &&
  a.every((link, i) => link.href === b[i]!.href && link.label === b[i]!.label && link.lang === b[i]!.lang);

const DOCS = 'composants-liens-d-évitement--docs';

/**
 * Skip links in the style of the French State design system: the first thing a keyboard user
 * reaches on the page, letting them jump past the header to the content, the menu or the
 * footer (RGAA 12.7). Visually hidden until one of them takes focus; the whole block then
 * appears at the top of the page.
 *
 * Put it first in `<body>`. The links come, in this order of precedence:
 * 1. from the `links` property (`[{ href: '#contenu', label: 'Contenu' }]`);
 * 2. from `<a href="#…">` children, read as data (address, text, `lang`): they stay where they
 *    are, untouched and not shown, and the element renders its own list from them, following
 *    their changes (a framework may add, remove or reorder them);
 * 3. by default, one link « Contenu » to `#contenu`: the only one RGAA requires.
 *
 * Server-rendered, the element cannot see its children: the server markup (and a page without
 * JavaScript) shows the `links` given as data, or the default link; `<a>` children take over
 * once the element runs in the browser.
 *
 * A link to an id missing from the document prints a development warning: a skip link that
 * leads nowhere is worse than none. Following a link moves focus to its target (made focusable
 * with `tabindex="-1"` if needed), because some browsers only scroll to it.
 *
 * @tag gouv-skip-links
 * @summary Liens d’évitement : mènent directement au contenu, au menu ou au pied de page.
 *
 * @slot - (none) `<a href="#id">` direct children are read as the links, and not shown themselves.
 *
 * @csspart nav - The `<nav>` landmark.
 * @csspart list - The list of links.
 *
 * @cssprop --gouv-color-background-contrast - The block's background once shown.
 */
export class GouvSkipLinks extends GouvElement {
  static override styles = skipLinksStyles;

  /** The links as data; takes precedence over `<a>` children. Labels are rendered as text. */
  @property({ attribute: false }) links: SkipLink[] = [];

  /** Overrides strings for this instance: `{ label: 'Navigation rapide' }`. */
  @property({ attribute: false }) strings: Partial<Record<SkipLinksStringKey, Message>> = {};

  protected readonly i18n = new I18nController<SkipLinksStringKey>(this, skipLinksStrings);

  /** The `<a href>` children, as data. */
  #authorLinks: SkipLink[] = [];
  #childObserver: MutationObserver | undefined;

  override connectedCallback() {
    super.connectedCallback();
    this.#readAuthorLinks();
    // The children's links, their addresses and texts may change (a framework re-rendering).
    this.#childObserver ??= new MutationObserver(() => this.#readAuthorLinks());
    this.#childObserver.observe(this, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['href', 'lang'],
    });
    this.addEventListener('focusin', this.#checkTargets);
    this.addEventListener('click', this.#onClick);
    this.#checkTargetsOnceLoaded();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.#childObserver?.disconnect();
    this.removeEventListener('focusin', this.#checkTargets);
    this.removeEventListener('click', this.#onClick);
  }

  protected override firstUpdated(changed: PropertyValues) {
    super.firstUpdated(changed);
    // The first render matched the server's, which could not see the children: now use them.
    if (this.#authorLinks.length && !this.links.length) this.requestUpdate();
  }

  #readAuthorLinks() {
    const links = Array.from(this.children)
      .filter((child) => child.localName === 'a' && child.hasAttribute('href'))
      .map((a): SkipLink => {
        const lang = a.getAttribute('lang');
        return {
          href: a.getAttribute('href')!,
          label: (a.textContent ?? '').replace(/\s+/g, ' ').trim(),
          ...(lang ? { lang } : {}),
        };
      });
    if (sameLinks(links, this.#authorLinks)) return;
    this.#authorLinks = links;
    this.requestUpdate();
  }

  /** The links rendered: `links`, else the children's (once rendered), else the default one. */
  #shownLinks(): SkipLink[] {
    const given = this.links.length ? this.links : this.hasUpdated ? this.#authorLinks : [];
    if (!given.length) return [{ href: '#contenu', label: this.i18n.t('content') }];
    return given.filter(({ href }) => {
      const inPage = typeof href === 'string' && href.startsWith('#') && href.length > 1;
      // A skip link leads inside the page; anything else (`javascript:`, another page) is dropped.
      if (DEV && !inPage)
        warnOnce(
          this.localName,
          `not-in-page-${href}`,
          `href="${href}" n’est pas une ancre de la page (#id) : lien ignoré.`,
          DOCS,
        );
      return inPage;
    });
  }

  /** Runs after the page (or the app) has had time to render its regions. */
  #checkTargetsOnceLoaded() {
    if (!DEV) return;
    const doc = this.ownerDocument;
    const later = () => setTimeout(this.#checkTargets, 0);
    if (doc.readyState === 'complete') later();
    else doc.defaultView?.addEventListener('load', later, { once: true });
  }

  #checkTargets = () => {
    if (!DEV || !this.isConnected) return;
    for (const { href } of this.#shownLinks()) {
      if (DEV && !findTarget(this.ownerDocument, href))
        warnOnce(
          this.localName,
          `missing-target-${href}`,
          `le lien « ${href} » ne mène nulle part : aucun élément de la page n’a l’id « ${href.slice(1)} » (RGAA 12.7).`,
          DOCS,
        );
    }
  };

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

  override render() {
    // role="list" is not redundant: Safari drops the list role of a list styled without bullets.
    /* eslint-disable lit-a11y/no-redundant-role */
    return html`<nav class="skiplinks" part="nav" aria-label=${this.i18n.t('label')}>
      <ul class="list" part="list" role="list">
        ${this.#shownLinks().map(
          (link) =>
            html`<li><a class="link" href=${link.href} lang=${link.lang ?? nothing}>${link.label}</a></li>`,
        )}
      </ul>
    </nav>`;
    /* eslint-enable lit-a11y/no-redundant-role */
  }
}
