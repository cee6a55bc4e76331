import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import {
  GouvElement,
  GouvFormAssociatedElement,
  checkAllowedValue,
  namedIcon,
  warnOnce,
} from '@gouvkit/core';
import type { IconName } from '@gouvkit/icons';
import { buttonStyles } from './button.styles.js';

export const BUTTON_VARIANTS = ['primary', 'secondary', 'tertiary', 'tertiary-no-outline'] as const;
export const BUTTON_SIZES = ['sm', 'md', 'lg'] as const;
export type ButtonVariant = (typeof BUTTON_VARIANTS)[number];
export type ButtonSize = (typeof BUTTON_SIZES)[number];

const DOCS = 'composants-bouton--docs';

/**
 * A button in the style of the French State design system. It acts like a native `<button>`
 * inside a form: `type="submit"` submits it (with its `name` and `value`, and on Enter in a
 * text field), `type="reset"` resets it, and a disabled `<fieldset>` disables it. With `href`
 * it renders a link that looks like a button, for navigation.
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
export class GouvButton extends GouvFormAssociatedElement {
  static override styles = buttonStyles;
  static override shadowRootOptions = { ...GouvElement.shadowRootOptions, delegatesFocus: true };

  /** The weight of the action: `primary` (one per screen), `secondary`, `tertiary`, `tertiary-no-outline`. */
  @property({ reflect: true }) variant: ButtonVariant = 'primary';

  /** `sm`, `md` or `lg`. */
  @property({ reflect: true }) size: ButtonSize = 'md';

  /** `button`, `submit` or `reset`, as on a native button. */
  @property({ reflect: true }) type: 'button' | 'submit' | 'reset' = 'button';

  /** The value submitted with `name` when this button submits the form. */
  @property() value = '';

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

  /**
   * A native submit button in the light DOM, so the form sees a real submitter: Enter in a
   * text field submits (implicit submission), and `name`/`value` go into the form data.
   */
  #submitProxy?: HTMLButtonElement;

  override setCustomValidity(_message: string) {
    // A button has no value to validate, like a native button.
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.#submitProxy?.remove();
    this.#submitProxy = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('variant'))
      this.variant = checkAllowedValue(this, 'variant', this.variant, BUTTON_VARIANTS, 'primary', DOCS);
    if (changed.has('size')) this.size = checkAllowedValue(this, 'size', this.size, BUTTON_SIZES, 'md', DOCS);
  }

  protected override updated() {
    this.#syncSubmitProxy();
    if (!this.textContent?.trim() && !this.getAttribute('aria-label'))
      warnOnce(this.localName, 'no-name', 'n’a pas de texte : il faut un nom accessible (RGAA 11.9).', DOCS);
  }

  #syncSubmitProxy() {
    const needed = this.type === 'submit' && !this.href && this.form !== null;
    if (!needed) {
      this.#submitProxy?.remove();
      this.#submitProxy = undefined;
      return;
    }
    if (!this.#submitProxy) {
      this.#submitProxy = document.createElement('button');
      this.#submitProxy.type = 'submit';
      this.#submitProxy.hidden = true;
      this.#submitProxy.tabIndex = -1;
      this.#submitProxy.setAttribute('aria-hidden', 'true');
      // Assigned to no slot: it stays out of the rendered button and of its click path.
      this.#submitProxy.slot = 'gouv-submit-proxy';
    }
    const proxy = this.#submitProxy;
    if (proxy.parentNode !== this) this.append(proxy);
    proxy.disabled = this.isDisabled;
    if (this.name) proxy.name = this.name;
    else proxy.removeAttribute('name');
    proxy.value = this.value;
  }

  #onClick(event: MouseEvent) {
    if (this.isDisabled) {
      event.preventDefault();
      event.stopImmediatePropagation();
      return;
    }
    const form = this.form;
    if (!form || this.href) return;
    if (this.type === 'submit') {
      this.#syncSubmitProxy();
      form.requestSubmit(this.#submitProxy);
    } else if (this.type === 'reset') {
      form.reset();
    }
  }

  #content() {
    const iconTemplate = this.icon ? namedIcon(this.icon, this.localName) : nothing;
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
