import { html, isServer, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { html as staticHtml, literal, type StaticValue } from 'lit/static-html.js';
import {
  DEV,
  GouvElement,
  I18nController,
  announce,
  checkAllowedValue,
  icon,
  warnOnce,
  type Message,
} from '@gouvkit/core';
import {
  alertFill,
  checkboxCircleFill,
  closeLine,
  errorWarningFill,
  informationFill,
  type IconData,
} from '@gouvkit/icons';
import { alertStrings, type AlertStringKey } from './alert.strings.js';
import { alertStyles } from './alert.styles.js';
import { focusAfterDismiss } from './focus-after-dismiss.js';

export const ALERT_TYPES = ['info', 'success', 'warning', 'error'] as const;
export const ALERT_SIZES = ['sm', 'md'] as const;
export const ALERT_HEADING_LEVELS = ['2', '3', '4', '5', '6', 'none'] as const;
export const ALERT_LIVE_VALUES = ['polite', 'assertive'] as const;
export type AlertType = (typeof ALERT_TYPES)[number];
export type AlertSize = (typeof ALERT_SIZES)[number];
export type AlertHeadingLevel = (typeof ALERT_HEADING_LEVELS)[number];
export type AlertLive = (typeof ALERT_LIVE_VALUES)[number];

const DOCS = 'composants-alerte--docs';

const ICONS: Record<AlertType, IconData> = {
  info: informationFill,
  success: checkboxCircleFill,
  warning: alertFill,
  error: errorWarningFill,
};

/** The title's element: a real heading at the page's level, or a bold paragraph. */
const TITLE_TAGS: Record<AlertHeadingLevel, StaticValue> = {
  '2': literal`h2`,
  '3': literal`h3`,
  '4': literal`h4`,
  '5': literal`h5`,
  '6': literal`h6`,
  none: literal`p`,
};

/**
 * Screen readers announce a live region's changes, not a region that arrives already filled
 * (`role="status"` especially). A live alert therefore renders its empty region first and its
 * content this long after, as the core announcer does.
 */
const LIVE_CONTENT_DELAY_MS = 50;

/**
 * An alert in the style of the French State design system: a message about an event or a state
 * (an error, a confirmation, some information), with a coloured bar and an icon for its type.
 *
 * The type is also given in words, visually hidden, before the title (« Erreur : ») since colour
 * and icon alone don't convey it. An alert on the page at load is plain content; one inserted
 * after a user's action takes `live` so screen readers announce it; to announce a new message,
 * insert a new alert (or insert this one again): showing a hidden alert again is not announced.
 *
 * Dismissing (the close button, or `dismiss()`) fires a cancelable `gouv-dismiss` event, then
 * sets `hidden` on the alert (it stays in the DOM, so a framework that rendered it keeps control
 * of it). If focus was inside, it moves to the next focusable element after the alert, or to
 * the alert's parent when nothing focusable follows: never silently to `<body>`.
 *
 * `heading-level="none"` renders the title as a bold paragraph, for an alert whose title would
 * break the page's heading outline (inside a form, a card). `size="sm"` shows no title.
 *
 * @tag gouv-alert
 * @summary Alerte : relaie une information importante (information, succès, attention, erreur).
 *
 * @slot - The description: text or paragraphs (`<p>`).
 * @slot heading - The title, for a title with markup (a link, `lang`); phrasing content only,
 *   not a heading element (the alert renders the heading). `heading` is simpler for plain text,
 *   and is in server markup: a server cannot see the slotted title, which shows once scripts run.
 *
 * @csspart alert - The frame (and, with `live`, the live region).
 * @csspart title - The title element (`h2`–`h6`, or `p`).
 * @csspart description - The description's wrapper.
 * @csspart close-button - The dismiss button.
 *
 * @cssprop --gouv-color-border-info - Bar and border of the info alert (and `-success`, `-warning`, `-error`).
 *
 * @fires {CustomEvent<null>} gouv-dismiss - Before the alert hides, from the close button or `dismiss()`. Cancelable:
 *   `preventDefault()` keeps it shown. In React 19: `ongouv-dismiss={…}`; in Vue: `@gouv-dismiss`.
 */
export class GouvAlert extends GouvElement {
  static override styles = alertStyles;

  /** The kind of message: `info`, `success`, `warning` or `error`. */
  @property({ reflect: true }) type: AlertType = 'info';

  /** The title, as plain text. The `heading` slot takes a title with markup. */
  @property() heading?: string;

  /** The title's heading level, `2` to `6` (the page decides: DSFR's default is 3), or `none` for a paragraph. */
  @property({ attribute: 'heading-level', reflect: true }) headingLevel: AlertHeadingLevel = '3';

  /** `md`, or `sm`: compact, without a title (DSFR's small alert). */
  @property({ reflect: true }) size: AlertSize = 'md';

  /** Shows a close button that hides the alert. */
  @property({ type: Boolean, reflect: true }) dismissible = false;

  /**
   * For an alert inserted after a user's action: `polite` (role `status`, read after the current
   * speech: success, information) or `assertive` (role `alert`, read at once: errors). Leave it
   * off for an alert present at page load.
   */
  @property({ reflect: true }) live?: AlertLive;

  /** Overrides strings for this instance: `{ dismiss: 'Fermer l’alerte', error: 'Échec : ' }`. */
  @property({ attribute: false }) strings: Partial<Record<AlertStringKey, Message>> = {};

  protected readonly i18n = new I18nController<AlertStringKey>(this, alertStrings);

  /** False while a live alert's empty region waits for assistive technologies to notice it. */
  private contentShown = true;
  /**
   * A title in the heading slot. Read once rendered: a server render cannot see the host's
   * children, and the browser's first render must match it.
   */
  @state() private slottedTitle = false;
  #showTimer?: ReturnType<typeof setTimeout>;

  override connectedCallback() {
    super.connectedCallback();
    // Inserted again (moved, or re-added for a new message): empty the region, then refill it.
    if (this.hasUpdated && this.live) {
      this.#delayContent();
      this.requestUpdate();
    }
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    clearTimeout(this.#showTimer);
  }

  /**
   * Hides the alert after a cancelable `gouv-dismiss` event. Focus moves only if it was inside
   * the alert. Returns false when a listener prevented it.
   */
  dismiss(): boolean {
    return this.#dismiss(this.matches(':focus-within'));
  }

  #dismiss(moveFocus: boolean): boolean {
    const event = new CustomEvent<null>('gouv-dismiss', {
      detail: null,
      bubbles: true,
      composed: true,
      cancelable: true,
    });
    if (!this.dispatchEvent(event)) return false;
    this.hidden = true;
    if (moveFocus) {
      const { fallback } = focusAfterDismiss(this);
      // The parent is often a nameless container: say what happened.
      if (fallback) void announce(this.i18n.t('dismissed'), { lang: this.i18n.lang });
    }
    return true;
  }

  #delayContent() {
    this.contentShown = false;
    clearTimeout(this.#showTimer);
    this.#showTimer = setTimeout(() => {
      this.contentShown = true;
      this.requestUpdate();
    }, LIVE_CONTENT_DELAY_MS);
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    // An alert in server markup was there at load: plain content, shown at once (also without
    // JavaScript), as the server rendered it.
    if (!this.hasUpdated && this.live && !isServer && !this.serverRendered) this.#delayContent();
    if (changed.has('type'))
      this.type = checkAllowedValue(this, 'type', this.type, ALERT_TYPES, 'info', DOCS);
    if (changed.has('size')) this.size = checkAllowedValue(this, 'size', this.size, ALERT_SIZES, 'md', DOCS);
    if (changed.has('headingLevel'))
      this.headingLevel = checkAllowedValue(
        this,
        'heading-level',
        this.headingLevel == null ? null : String(this.headingLevel),
        ALERT_HEADING_LEVELS,
        '3',
        DOCS,
      );
    if (changed.has('live') && this.live != null)
      this.live = checkAllowedValue(this, 'live', this.live, ALERT_LIVE_VALUES, 'polite', DOCS);
  }

  protected override firstUpdated(changed: PropertyValues<this>) {
    super.firstUpdated(changed);
    this.#readHeadingSlot();
  }

  protected override updated() {
    if (DEV && this.size === 'sm' && this.#hasTitle())
      warnOnce(
        this.localName,
        'sm-title',
        'size="sm" n’affiche pas de titre : mettez le message dans le texte.',
        DOCS,
      );
  }

  #readHeadingSlot = () => {
    this.slottedTitle = this.querySelector(':scope > [slot="heading"]') !== null;
  };

  #hasTitle(): boolean {
    return Boolean(this.heading?.trim()) || this.slottedTitle;
  }

  #prefix() {
    return html`<span class="visually-hidden">${this.i18n.t(this.type)}</span>`;
  }

  #content() {
    const titled = this.size !== 'sm' && this.#hasTitle();
    const tag = TITLE_TAGS[this.headingLevel] ?? TITLE_TAGS['3'];
    // The heading slot is always rendered (hidden when unused) so a later slotted title shows up.
    const title = staticHtml`<${tag} class="title" part="title" ?hidden=${!titled}>${titled ? this.#prefix() : nothing}${
      this.heading ?? nothing
    }<slot name="heading" @slotchange=${this.#readHeadingSlot}></slot></${tag}>`;
    return html`
      <span class="icon">${icon(ICONS[this.type] ?? ICONS.info)}</span>
      ${title}
      <div class="description" part="description">${titled ? nothing : this.#prefix()}<slot></slot></div>
      ${
        this.dismissible
          ? html`<button
              class="close"
              part="close-button"
              type="button"
              title=${this.i18n.t('dismiss')}
              @click=${() => this.#dismiss(true)}
            >
              ${icon(closeLine)}<span class="visually-hidden">${this.i18n.t('dismiss')}</span>
            </button>`
          : nothing
      }
    `;
  }

  override render() {
    const role = this.live === 'assertive' ? 'alert' : this.live === 'polite' ? 'status' : undefined;
    return html`<div class="alert ${this.contentShown ? 'shown' : ''}" part="alert" role=${ifDefined(role)}>
      ${this.contentShown ? this.#content() : nothing}
    </div>`;
  }
}
