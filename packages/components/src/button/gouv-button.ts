import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import {
  DEV,
  GouvElement,
  checkAllowedValue,
  inDisabledContainer,
  warnOnce,
  watchContainers,
  type LightPartTemplate,
  namedIcon,
} from '@gouvkit/core';
import type { IconName } from '@gouvkit/icons';

import { buttonStyles } from './button.styles.js';

export const BUTTON_VARIANTS = ['primary', 'secondary', 'tertiary', 'tertiary-no-outline'] as const;
export const BUTTON_SIZES = ['sm', 'md', 'lg'] as const;
export type ButtonVariant = (typeof BUTTON_VARIANTS)[number];
export type ButtonSize = (typeof BUTTON_SIZES)[number];

const DOCS = 'composants-bouton--docs';
/** The light part holding the native submit proxy, and the slot (none in the shadow root) it goes to. */
const PROXY_PART = 'gouv-submit';

/**
 * A button in the style of the French State design system. It acts like a native `<button>`
 * inside a form: `type="submit"` submits it (with its `name` and `value`, and on Enter in a
 * text field), `type="reset"` resets it, and a disabled `<fieldset>` (or a closed
 * `gouv-conditional-reveal`, a disabled `gouv-fieldset`) disables it. With `href` it renders a
 * link that looks like a button, for navigation.
 *
 * A submit button keeps a hidden native `<button type="submit">` of its own as its first light
 * child (put back if a framework removes it), so that the form data carry its `name` and
 * `value` and Enter in a text field submits, also in server-rendered markup before scripts run.
 *
 * @tag gouv-button
 * @summary Bouton : déclenche une action (envoyer, enregistrer, annuler).
 *
 * @slot - The button's text. It is its accessible name, also when `icon-only` hides it.
 *
 * @csspart button - The native `<button>` or `<a>`.
 *
 * @cssprop --gouv-color-background-action-high - Background of the primary button.
 */
export class GouvButton extends GouvElement {
  /** Form-associated: it knows its form, and follows a `<fieldset disabled>` around it. */
  static formAssociated = true;
  static override styles = buttonStyles;
  static override shadowRootOptions = { ...GouvElement.shadowRootOptions, delegatesFocus: true };

  /** The weight of the action: `primary` (one per screen), `secondary`, `tertiary`, `tertiary-no-outline`. */
  @property({ reflect: true }) variant: ButtonVariant = 'primary';

  /** `sm`, `md` or `lg`. */
  @property({ reflect: true }) size: ButtonSize = 'md';

  /** `button`, `submit` or `reset`, as on a native button. */
  @property({ reflect: true }) type: 'button' | 'submit' | 'reset' = 'button';

  /** The name submitted with `value` when this button submits the form. */
  @property({ reflect: true }) name = '';

  /** The value submitted with `name` when this button submits the form. */
  @property() value = '';

  /** Disables the button: not focusable, no action. */
  @property({ type: Boolean, reflect: true }) disabled = false;

  /** Renders a link styled as a button. */
  @property() href?: string;

  /** The link's target, with `href`. */
  @property() target?: string;

  /** A decorative icon from `@gouvkit/icons`. */
  @property() icon?: IconName;

  /** Where the icon goes: `left` or `right` of the text. */
  @property({ attribute: 'icon-position', reflect: true }) iconPosition: 'left' | 'right' = 'left';

  /** Shows the icon only; the slotted text stays the accessible name. */
  @property({ attribute: 'icon-only', type: Boolean, reflect: true }) iconOnly = false;

  /** Takes the whole width of its container (mobile-first forms). */
  @property({ attribute: 'full-width', type: Boolean, reflect: true }) fullWidth = false;

  readonly #internals = this.attachInternals();
  #formDisabled = false;
  #unwatch: (() => void) | undefined;
  /** Puts the submit proxy back when the page or a framework removed it (React's `textContent`). */
  #childObserver: MutationObserver | undefined;

  /** The form the button belongs to, as a native button's `form`. */
  get form(): HTMLFormElement | null {
    return this.#internals.form;
  }

  /** True when `disabled`, a `<fieldset disabled>` or a disabling container (closed reveal…) disables it. */
  get isDisabled(): boolean {
    return this.disabled || this.#formDisabled || (this.isConnected && inDisabledContainer(this));
  }

  formDisabledCallback(disabled: boolean) {
    this.#formDisabled = disabled;
    this.requestUpdate();
  }

  override connectedCallback() {
    super.connectedCallback();
    // A closed conditional reveal or a disabled gouv-fieldset around it disables it too.
    this.#unwatch = watchContainers({ host: this, containerChanged: () => this.requestUpdate() });
    this.#childObserver ??= new MutationObserver(() => this.#restoreProxy());
    this.#childObserver.observe(this, { childList: true });
    this.#restoreProxy();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.#unwatch?.();
    this.#childObserver?.disconnect();
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('variant'))
      this.variant = checkAllowedValue(this, 'variant', this.variant, BUTTON_VARIANTS, 'primary', DOCS);
    if (changed.has('size')) this.size = checkAllowedValue(this, 'size', this.size, BUTTON_SIZES, 'md', DOCS);
  }

  protected override updated() {
    if (DEV && !this.textContent?.trim() && !this.getAttribute('aria-label'))
      warnOnce(this.localName, 'no-name', 'n’a pas de texte : il faut un nom accessible (RGAA 11.9).', DOCS);
  }

  /**
   * A submit button renders a native `<button type="submit">` in its light DOM (hidden, in no
   * slot), so the form sees a real submitter: Enter in a text field submits (implicit
   * submission, also in server markup before scripts run), and `name`/`value` go into the
   * form data. It is the element's own node, put first; the host's other children are the
   * page's (or a framework's).
   */
  protected override renderLightParts(): readonly LightPartTemplate[] {
    if (this.type !== 'submit' || this.href !== undefined) return [];
    return [
      {
        name: PROXY_PART,
        slot: PROXY_PART,
        template: html`<button
          type="submit"
          hidden
          tabindex="-1"
          aria-hidden="true"
          name=${this.name || nothing}
          value=${this.value}
          ?disabled=${this.isDisabled}
        ></button>`,
      },
    ];
  }

  /** The native submit proxy, back in place and up to date; null when the button doesn't submit. */
  #submitProxy(): HTMLButtonElement | null {
    this.#restoreProxy();
    // Changes not rendered yet (a name set in the same task) are rendered now.
    if (this.isUpdatePending) this.performUpdate();
    return this.lightPartRoot(PROXY_PART)?.querySelector('button') ?? null;
  }

  /**
   * React sets `textContent` on a host whose only child is text, which removes every child,
   * ours too: the proxy goes back first, as the element renders it.
   */
  #restoreProxy() {
    const root = this.lightPartRoot(PROXY_PART);
    if (root && root.parentNode !== this) this.prepend(root);
  }

  #onClick(event: MouseEvent) {
    if (this.isDisabled) {
      event.preventDefault();
      event.stopImmediatePropagation();
      return;
    }
    const form = this.form;
    if (!form || this.href !== undefined) return;
    if (this.type === 'submit') {
      const proxy = this.#submitProxy();
      if (proxy?.form === form) form.requestSubmit(proxy);
      else form.requestSubmit();
    } else if (this.type === 'reset') {
      form.reset();
    }
  }

  #content() {
    const iconTemplate = this.icon ? namedIcon(this, this.icon) : nothing;
    const label = html`<span class=${this.iconOnly ? 'visually-hidden' : 'label'}><slot></slot></span>`;
    return this.iconPosition === 'right' ? html`${label}${iconTemplate}` : html`${iconTemplate}${label}`;
  }

  override render() {
    if (this.href !== undefined) {
      // A disabled link has no href (DSFR): it can't be followed and leaves the tab order.
      return html`<a
        class="button"
        part="button"
        href=${ifDefined(this.isDisabled ? undefined : this.href)}
        target=${ifDefined(this.target)}
        rel=${ifDefined(this.target === '_blank' ? 'noopener' : undefined)}
        role=${ifDefined(this.isDisabled ? 'link' : undefined)}
        aria-disabled=${ifDefined(this.isDisabled ? 'true' : undefined)}
        >${this.#content()}</a
      >`;
    }
    return html`<button
      class="button"
      part="button"
      type="button"
      ?disabled=${this.isDisabled}
      @click=${this.#onClick}
    >
      ${this.#content()}
    </button>`;
  }
}
