import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import {
  DEV,
  GouvElement,
  I18nController,
  checkAllowedValue,
  icon,
  warnOnce,
  type Message,
  namedIcon,
} from '@gouvkit/core';
import { downloadLine, externalLinkLine, type IconName } from '@gouvkit/icons';

import { linkStrings, type LinkStringKey } from './link.strings.js';
import { linkStyles } from './link.styles.js';

export const LINK_SIZES = ['sm', 'md', 'lg'] as const;
export const LINK_ICON_POSITIONS = ['left', 'right'] as const;
export type LinkSize = (typeof LINK_SIZES)[number];
export type LinkIconPosition = (typeof LINK_ICON_POSITIONS)[number];

const DOCS = 'composants-lien--docs';

/**
 * A link in the style of the French State design system: it takes the user to another page or
 * another place in the page. For an action (open a dialog, save), use `gouv-button` instead.
 *
 * It renders a native `<a>`, so the browser's link behaviours stay (open in a new tab, copy the
 * address, visited history). With `target="_blank"` it adds `rel="noopener"`, an external-link
 * icon and, for screen readers, « nouvelle fenêtre » after the text (RGAA 13.2). With `download`,
 * a download icon; its text should start with « Télécharger » and give the file's format and
 * size. `disabled` removes the `href` (DSFR): the link leaves the tab order and is announced as
 * a disabled link.
 *
 * @tag gouv-link
 * @summary Lien : mène vers une autre page ou un autre endroit de la page.
 *
 * @slot - The link's text: its accessible name, which must say where it goes (RGAA 6.1).
 *
 * @csspart link - The native `<a>`.
 *
 * @cssprop --gouv-color-text-action-high - The link's colour.
 */
export class GouvLink extends GouvElement {
  static override styles = linkStyles;
  static override shadowRootOptions = { ...GouvElement.shadowRootOptions, delegatesFocus: true };

  /** The destination, as on a native link. */
  @property() href?: string;

  /** Where to open it: `_blank` opens a new window or tab, with the warnings that requires. */
  @property() target?: string;

  /** Link relations; `noopener` is added with `target="_blank"`. */
  @property() rel?: string;

  /** Downloads the resource instead of opening it; a value names the file (`download="notice.pdf"`). */
  @property() download?: string;

  /** The language of the destination, when it differs from the page's (`en`). */
  @property() hreflang?: string;

  /** `sm`, `md` or `lg`: the standalone link's text size. */
  @property({ reflect: true }) size: LinkSize = 'md';

  /** In running text: takes the surrounding text's size instead of `size` (DSFR's inline link). */
  @property({ type: Boolean, reflect: true }) inline = false;

  /** A decorative icon from `@gouvkit/icons`. */
  @property() icon?: IconName;

  /** Where the icon goes: `left` or `right` of the text. */
  @property({ attribute: 'icon-position', reflect: true }) iconPosition: LinkIconPosition = 'left';

  /** A link that can't be followed now: no `href`, out of the tab order, `aria-disabled`. */
  @property({ type: Boolean, reflect: true }) disabled = false;

  /** Overrides strings for this instance: `{ newWindow: 'ouvre un nouvel onglet' }`. */
  @property({ attribute: false }) strings: Partial<Record<LinkStringKey, Message>> = {};

  protected readonly i18n = new I18nController<LinkStringKey>(this, linkStrings);

  protected override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('size')) this.size = checkAllowedValue(this, 'size', this.size, LINK_SIZES, 'md', DOCS);
    if (changed.has('iconPosition'))
      this.iconPosition = checkAllowedValue(
        this,
        'icon-position',
        this.iconPosition,
        LINK_ICON_POSITIONS,
        'left',
        DOCS,
      );
  }

  protected override updated() {
    if (DEV && !this.textContent?.trim())
      warnOnce(
        this.localName,
        'no-name',
        'n’a pas de texte : un lien doit dire où il mène (RGAA 6.1, 6.2).',
        DOCS,
      );
  }

  get #opensNewWindow() {
    return this.target === '_blank' && !this.disabled;
  }

  #rel(): string | undefined {
    const tokens = new Set((this.rel ?? '').split(/\s+/).filter(Boolean));
    // Without noopener, the opened page could navigate this one (reverse tabnabbing).
    if (this.#opensNewWindow) tokens.add('noopener');
    return tokens.size ? [...tokens].join(' ') : undefined;
  }

  #endIcon() {
    if (this.#opensNewWindow) return icon(externalLinkLine, 'gouv-icon end');
    if (this.icon && this.iconPosition === 'right') return namedIcon(this, this.icon, 'gouv-icon end');
    if (this.download !== undefined && !this.icon) return icon(downloadLine, 'gouv-icon end');
    return nothing;
  }

  override render() {
    const startIcon =
      this.icon && this.iconPosition === 'left' ? namedIcon(this, this.icon, 'gouv-icon start') : nothing;
    // A disabled link has no href (DSFR): it can't be followed and leaves the tab order; role
    // and aria-disabled keep it announced as a link that is unavailable.
    return html`<a
      class="link"
      part="link"
      href=${ifDefined(this.disabled ? undefined : this.href)}
      target=${ifDefined(this.disabled ? undefined : this.target)}
      rel=${ifDefined(this.#rel())}
      download=${ifDefined(this.disabled ? undefined : this.download)}
      hreflang=${ifDefined(this.hreflang)}
      role=${ifDefined(this.disabled ? 'link' : undefined)}
      aria-disabled=${ifDefined(this.disabled ? 'true' : undefined)}
      >${startIcon}<slot></slot>${
        this.#opensNewWindow
          ? html`<span class="visually-hidden"> - ${this.i18n.t('newWindow')}</span>`
          : nothing
      }${this.#endIcon()}</a
    >`;
  }
}
