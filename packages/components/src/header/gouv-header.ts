import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { DEV, GouvElement, I18nController, icon, warnOnce, type Message } from '@gouvkit/core';
import { closeLine, menuLine } from '@gouvkit/icons';
import { DEFAULT_INSTITUTION, brandLogo, institutionLines, institutionName } from './brand.js';
import { headerStyles } from './header.styles.js';
import { headerLightStyles } from './header.light.styles.js';
import { headerStrings, type HeaderStringKey } from './header.strings.js';
import { safeHref } from './safe-href.js';

const DOCS = 'composants-en-tête--docs';
const SLOTS = ['operator', 'tools', 'search', 'navigation'] as const;
type HeaderSlot = (typeof SLOTS)[number];
/** The slots that collapse into the menu panel below 62em. */
const MENU_SLOTS: readonly HeaderSlot[] = ['tools', 'search', 'navigation'];

/** DSFR's lg breakpoint: below it, the tools and the navigation collapse behind "Menu". */
const WIDE_QUERY = '(min-width: 62em)';
/** The menu panel's id, in the shadow root (ids there are scoped to it). */
const PANEL_ID = 'menu-panel';

/**
 * The header of a French State website, after DSFR's "En-tête": the State identity block
 * (bloc-marque), the service name, quick-access links, a search and the main navigation.
 *
 * It is the page's `banner` landmark: the role is set on the element itself (ElementInternals),
 * so exactly one landmark is exposed; an author can still override it with a `role` attribute.
 * Below 62em the tools, the search and the navigation move into a full-screen modal `<dialog>`
 * opened by a "Menu" button; Escape or "Fermer" closes it and focus returns to the button.
 *
 * The slotted children are the page's (or a framework's): the header never moves or changes
 * them, and follows them being added, removed or reordered. Server-rendered, it renders the
 * wide layout with every row (the server sees neither the screen nor the children), then
 * adapts in the browser.
 *
 * @tag gouv-header
 * @summary En-tête : identifie le site de l’État et donne accès à la navigation principale.
 *
 * @slot operator - The operator's logo, an `<img alt="…">` next to the bloc-marque.
 * @slot tools - Quick-access links (3 at most), e.g. `<gouv-button href variant="tertiary-no-outline">Se connecter</gouv-button>`, or a `<ul>` of them.
 * @slot search - A search form (`<form role="search">`).
 * @slot navigation - The main navigation: `<nav aria-label="Menu principal"><ul><li><a href aria-current="page">…`.
 *
 * @csspart header - The header's box.
 * @csspart brand - The bloc-marque and the service name, covered by the home link.
 * @csspart logo - The bloc-marque (symbol, institution, motto).
 * @csspart service - The service name and tagline.
 * @csspart menu-button - The "Menu" button, on small screens.
 * @csspart menu - The menu panel (`<dialog>`), on small screens.
 * @csspart close-button - The panel's "Fermer" button.
 *
 * @cssprop --gouv-color-background-raised - Background of the header.
 * @cssprop --gouv-color-text-title - Colour of the service name and navigation links.
 * @cssprop --gouv-color-text-title-blue-france - Colour of the current page's link.
 *
 * @fires {CustomEvent<null>} gouv-menu-open - The menu panel opened.
 * @fires {CustomEvent<null>} gouv-menu-close - The menu panel closed.
 */
export class GouvHeader extends GouvElement {
  static override styles = headerStyles;
  // The author's slotted markup (nav lists, bottom links) is styled from the light DOM.
  static override lightStyles = [headerLightStyles];

  /** The service (site) name, shown next to the bloc-marque and in the home link's name. */
  @property({ attribute: 'service-name' }) serviceName = '';

  /** A short description of the service, under its name. */
  @property({ attribute: 'service-tagline' }) serviceTagline = '';

  /**
   * The institution in the bloc-marque, one line per `<br>`. Plain text otherwise.
   * @type {string}
   */
  @property() institution = DEFAULT_INSTITUTION;

  /** The address of the site's home page. */
  @property({ attribute: 'home-href' }) homeHref = '/';

  /** Per-instance overrides of the strings (`menu`, `close`, `home`, `homeNoService`). */
  @property({ attribute: false }) strings: Partial<Record<HeaderStringKey, Message>> = {};

  /**
   * Below 62em: the menu button and panel replace the tools and navigation rows. Set once
   * rendered: the first render is the wide layout, as on the server.
   */
  @state() private compact = false;
  @state() private menuOpen = false;
  /** The slots that hold content; null until read (server markup: every row is rendered). */
  @state() private filledSlots: ReadonlySet<HeaderSlot> | null = null;

  protected readonly i18n = new I18nController(this, headerStrings);
  readonly #internals = this.attachInternals();
  #wideQuery?: MediaQueryList;
  #returnFocus = true;

  constructor() {
    super();
    this.#internals.role = 'banner';
    // Clicks on slotted links reach the host, not the dialog's listeners in the shadow tree.
    this.addEventListener('click', this.#onClick);
  }

  override connectedCallback() {
    super.connectedCallback();
    this.#readSlots();
    this.#wideQuery ??= this.ownerDocument.defaultView?.matchMedia(WIDE_QUERY);
    this.#wideQuery?.addEventListener('change', this.#onMediaChange);
    if (this.hasUpdated) this.#onMediaChange();
  }

  protected override firstUpdated(changed: PropertyValues) {
    super.firstUpdated(changed);
    this.#onMediaChange();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.#wideQuery?.removeEventListener('change', this.#onMediaChange);
    // A removed dialog leaves the top layer but stays "open": close it so a re-inserted header
    // starts closed, with aria-expanded in step.
    this.closeMenu({ returnFocus: false });
    this.menuOpen = false;
  }

  /** Opens the menu panel (small screens only) and moves focus into it. */
  openMenu() {
    const panel = this.#panel;
    if (!this.compact || !panel || panel.open) return;
    panel.showModal();
    this.menuOpen = true;
    this.renderRoot.querySelector<HTMLButtonElement>('.close-button')?.focus();
    this.dispatchEvent(
      new CustomEvent<null>('gouv-menu-open', { detail: null, bubbles: true, composed: true }),
    );
  }

  /** Closes the menu panel; focus returns to the Menu button unless `returnFocus` is false. */
  closeMenu({ returnFocus = true }: { returnFocus?: boolean } = {}) {
    const panel = this.#panel;
    if (!panel?.open) return;
    this.#returnFocus = returnFocus;
    panel.close();
  }

  get #panel() {
    return this.renderRoot.querySelector<HTMLDialogElement>('dialog');
  }

  #onMediaChange = () => {
    this.compact = this.#wideQuery ? !this.#wideQuery.matches : false;
  };

  #has(name: HeaderSlot): boolean {
    return this.filledSlots?.has(name) ?? true;
  }

  /** Which slots hold content: empty rows are hidden, and "Menu" only shows when useful. */
  #readSlots() {
    const filled = new Set(SLOTS.filter((name) => [...this.children].some((child) => child.slot === name)));
    const previous = this.filledSlots;
    const changed =
      !previous || filled.size !== previous.size || [...filled].some((name) => !previous.has(name));
    if (changed) this.filledSlots = filled;
  }

  #onSlotChange = () => this.#readSlots();

  #onClose = () => {
    this.menuOpen = false;
    if (this.#returnFocus) this.renderRoot.querySelector<HTMLButtonElement>('.menu-button')?.focus();
    this.#returnFocus = true;
    this.dispatchEvent(
      new CustomEvent<null>('gouv-menu-close', { detail: null, bubbles: true, composed: true }),
    );
  };

  /** Following a link in the open panel closes it, as DSFR's header menu does. */
  #onClick = (event: MouseEvent) => {
    const panel = this.#panel;
    if (!panel?.open) return;
    const path = event.composedPath();
    const link = path.find(
      (node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement && node.hasAttribute('href'),
    );
    if (link && path.includes(panel) && !link.hasAttribute('aria-controls'))
      this.closeMenu({ returnFocus: false });
  };

  protected override willUpdate(changed: PropertyValues) {
    // Growing past 62em while the panel is open: the panel is no longer rendered, close it.
    if (changed.has('compact') && !this.compact && this.menuOpen) {
      this.closeMenu({ returnFocus: false });
      this.menuOpen = false;
    }
  }

  protected override updated() {
    const nav = this.querySelector(':scope > [slot="navigation"]');
    if (DEV && nav && nav.localName !== 'nav' && !nav.querySelector('nav'))
      warnOnce(
        this.localName,
        'navigation-landmark',
        'le slot navigation attend un <nav aria-label="Menu principal"> (RGAA 12.6).',
        DOCS,
      );
  }

  #slot(name: HeaderSlot) {
    return html`<slot name=${name} @slotchange=${this.#onSlotChange}></slot>`;
  }

  #homeLink(content: unknown, label: string) {
    return html`<a class="home" href=${safeHref(this.homeHref)} title=${label} aria-label=${label}
      >${content}</a
    >`;
  }

  #menuButton(): TemplateResult {
    const label = this.i18n.t('menu');
    const hasContent = MENU_SLOTS.some((name) => this.#has(name));
    return html`<div class="navbar">
      <button
        class="menu-button"
        part="menu-button"
        type="button"
        title=${label}
        aria-controls=${PANEL_ID}
        aria-expanded=${this.menuOpen ? 'true' : 'false'}
        ?hidden=${!hasContent}
        @click=${() => this.openMenu()}
      >
        ${icon(menuLine)}<span class="visually-hidden">${label}</span>
      </button>
    </div>`;
  }

  #menuPanel(): TemplateResult {
    return html`<dialog
      id=${PANEL_ID}
      class="panel"
      part="menu"
      aria-label=${this.i18n.t('menu')}
      @close=${this.#onClose}
    >
      <div class="container panel-inner">
        <button
          class="close-button"
          part="close-button"
          type="button"
          aria-controls=${PANEL_ID}
          @click=${() => this.closeMenu()}
        >
          ${this.i18n.t('close')}${icon(closeLine)}
        </button>
        <div class="panel-search" ?hidden=${!this.#has('search')}>${this.#slot('search')}</div>
        <div class="panel-links" ?hidden=${!this.#has('tools')}>${this.#slot('tools')}</div>
        ${this.#slot('navigation')}
      </div>
    </dialog>`;
  }

  #wideRows() {
    const has = (name: HeaderSlot) => this.#has(name);
    return {
      tools: html`<div class="tools" ?hidden=${!has('tools') && !has('search')}>
        <div class="tools-links" ?hidden=${!has('tools')}>${this.#slot('tools')}</div>
        <div class="search" ?hidden=${!has('search')}>${this.#slot('search')}</div>
      </div>`,
      menu: html`<div class="menu" ?hidden=${!has('navigation')}>
        <div class="container">${this.#slot('navigation')}</div>
      </div>`,
    };
  }

  override render() {
    const lines = institutionLines(this.institution);
    const institution = institutionName(lines);
    const service = this.serviceName.trim();
    const tagline = this.serviceTagline.trim();
    const homeLabel = service
      ? this.i18n.t('home', { service, institution })
      : this.i18n.t('homeNoService', { institution });
    const logo = brandLogo(lines);
    const wide = this.compact ? undefined : this.#wideRows();

    // DSFR puts the home link on the service name when there is one, on the logo otherwise.
    return html`<div class="header" part="header">
      <div class="container">
        <div class="body-row">
          <div class="brand" part="brand">
            <div class="brand-top">
              <div class="logo-wrap">${service ? logo : this.#homeLink(logo, homeLabel)}</div>
              <div class="operator" ?hidden=${!this.#has('operator')}>${this.#slot('operator')}</div>
              ${this.compact ? this.#menuButton() : nothing}
            </div>
            ${
              service
                ? html`<div class="service" part="service">
                    <p class="service-title">${this.#homeLink(service, homeLabel)}</p>
                    ${tagline ? html`<p class="service-tagline">${tagline}</p>` : nothing}
                  </div>`
                : nothing
            }
          </div>
          ${wide?.tools ?? nothing}
        </div>
      </div>
      ${wide?.menu ?? this.#menuPanel()}
    </div>`;
  }
}
