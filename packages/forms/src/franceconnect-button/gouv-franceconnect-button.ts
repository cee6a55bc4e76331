import { html, nothing, svg, type PropertyValues } from 'lit';
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
  visuallyHiddenStyles,
} from '@gouvkit/core';
import { externalLinkLine } from '@gouvkit/icons';
import { franceConnectLogo, proConnectLogo, type Logo } from './franceconnect-button.logos.js';
import { franceConnectStrings, type FranceConnectStringKey } from './franceconnect-button.strings.js';
import { franceConnectButtonStyles } from './franceconnect-button.styles.js';

export const FRANCECONNECT_VARIANTS = ['franceconnect', 'franceconnect-plus', 'proconnect'] as const;
export type FranceConnectVariant = (typeof FRANCECONNECT_VARIANTS)[number];

const DOCS = 'formulaires-bouton-franceconnect--docs';

/** Per variant: the brand, its logo and its « Qu’est-ce que… ? » page (DSFR's i18n, v1.15.3). */
const BRANDS: Record<
  FranceConnectVariant,
  { brand: string; plus: boolean; logo: Logo; about: FranceConnectStringKey; aboutHref: string }
> = {
  franceconnect: {
    brand: 'FranceConnect',
    plus: false,
    logo: franceConnectLogo,
    about: 'aboutFranceconnect',
    aboutHref: 'https://franceconnect.gouv.fr/',
  },
  'franceconnect-plus': {
    brand: 'FranceConnect',
    plus: true,
    logo: franceConnectLogo,
    about: 'aboutFranceconnectPlus',
    aboutHref: 'https://franceconnect.gouv.fr/france-connect-plus',
  },
  proconnect: {
    brand: 'ProConnect',
    plus: false,
    logo: proConnectLogo,
    about: 'aboutProconnect',
    aboutHref: 'https://proconnect.gouv.fr/',
  },
};

/** The light part that holds the button and the link, and the slot that shows it. */
const PART = 'control';

/** Text or an element given by the page (not the element's own part). */
function isContent(node: Node): boolean {
  if (node.nodeType === 3) return !!node.textContent?.trim();
  return node.nodeType === 1 && !(node as Element).hasAttribute('data-gouv-part');
}

const NO_OVERRIDES: Partial<Record<FranceConnectStringKey, Message>> = Object.freeze({});

/**
 * DSFR's « Bouton FranceConnect » (also FranceConnect+ and ProConnect): the official button
 * with its logo and wording, followed by the link « Qu’est-ce que FranceConnect ? », which
 * opens the service's page in a new window and says so.
 *
 * The wording is the brand's: « S’identifier avec FranceConnect ». It follows the page's
 * language (French, English) but can't be changed: there is no label, slot or `strings`.
 *
 * In a form it is a native submit button (Enter in a field submits, `name`/`value` go with the
 * form data, a disabled `<fieldset>` disables it); with `href` it is a link to your
 * authorisation endpoint. The button and the link are in the light DOM, in a wrapper of the
 * element's own shown through the only slot of its shadow root, so the button belongs to the
 * form. Anything else put in the element is left as it is, and not displayed.
 *
 * @tag gouv-franceconnect-button
 * @summary Bouton FranceConnect : s’identifier avec FranceConnect, FranceConnect+ ou ProConnect.
 *
 * @cssprop --gouv-color-background-action-high - The button's background.
 * @cssprop --gouv-color-text-inverted - The button's text.
 */
export class GouvFranceConnectButton extends GouvElement {
  static override lightStyles = [visuallyHiddenStyles, franceConnectButtonStyles];

  /** `franceconnect`, `franceconnect-plus` or `proconnect`. */
  @property() variant: FranceConnectVariant = 'franceconnect';

  /** A link to your authorisation endpoint instead of a button. */
  @property() href?: string;

  /** `submit` (the default) or `button` (your script handles the click). */
  @property() type: 'submit' | 'button' = 'submit';

  /** The name submitted with the form when this button sends it. */
  @property() name = '';

  /** The value submitted with `name`. */
  @property() value = '';

  /** Disables the button (or the link, with `href`): not focusable, not clickable, nothing submitted. */
  @property({ type: Boolean, reflect: true }) disabled = false;

  readonly #i18n = new I18nController<FranceConnectStringKey>(this, franceConnectStrings);

  /** The wording is the brand's: it can't be overridden (read by the language controller). */
  get strings(): Partial<Record<FranceConnectStringKey, Message>> {
    return NO_OVERRIDES;
  }
  set strings(_value: unknown) {
    if (DEV)
      warnOnce(
        this.localName,
        'strings',
        'le libellé officiel ne se modifie pas : « strings » est ignoré (charte FranceConnect / ProConnect).',
        DOCS,
      );
  }

  /** The native `<button>` or `<a>`. */
  get control(): HTMLButtonElement | HTMLAnchorElement | null {
    return (
      this.lightPartRoot(PART)?.querySelector<HTMLButtonElement | HTMLAnchorElement>('.gouv-connect') ?? null
    );
  }

  override connectedCallback() {
    super.connectedCallback();
    // Content given to the element would change the official button: it is not displayed (the
    // shadow root has no default slot), and stays as it is: it is the page's.
    if (DEV && [...this.childNodes].some(isContent))
      warnOnce(
        this.localName,
        'content',
        'le libellé officiel ne se modifie pas : le contenu est ignoré.',
        DOCS,
      );
  }

  override focus(options?: FocusOptions) {
    this.control?.focus(options);
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('variant'))
      this.variant = checkAllowedValue(
        this,
        'variant',
        this.variant,
        FRANCECONNECT_VARIANTS,
        'franceconnect',
        DOCS,
      );
    if (changed.has('type') && this.type !== 'submit' && this.type !== 'button') this.type = 'submit';
  }

  /** The shadow root shows the element's own part, nothing else. */
  override render() {
    return html`<slot name=${PART}></slot>`;
  }

  protected override renderLightParts() {
    return [{ name: PART, slot: PART, template: this.#group() }];
  }

  #logo(logo: Logo) {
    return html`<svg class="gouv-connect__logo" viewBox=${logo.viewBox} aria-hidden="true" focusable="false">
      ${logo.paths.map((path) => svg`<path fill=${path.fill} d=${path.d}></path>`)}
    </svg>`;
  }

  #group() {
    const brand = BRANDS[this.variant] ?? BRANDS.franceconnect;
    const classes = `gouv-connect gouv-connect--${this.variant}`;
    // The two lines are flex items: the space between them keeps the accessible name
    // « S’identifier avec FranceConnect » in one piece whatever the layout.
    const content = html`${this.#logo(brand.logo)}<span class="gouv-connect__login"
        >${this.#i18n.t('login')}<span class="gouv-connect__space"> </span></span
      ><span class="gouv-connect__brand"
        >${brand.brand}${brand.plus ? html`<span class="gouv-connect__plus">+</span>` : nothing}</span
      >`;
    const about = this.#i18n.t(brand.about);
    const newWindow = this.#i18n.t('newWindow');
    const button =
      this.href !== undefined
        ? html`<a
            class=${classes}
            href=${ifDefined(this.disabled ? undefined : this.href)}
            role=${ifDefined(this.disabled ? 'link' : undefined)}
            aria-disabled=${ifDefined(this.disabled ? 'true' : undefined)}
            >${content}</a
          >`
        : html`<button
            class=${classes}
            type=${this.type}
            name=${this.name || nothing}
            value=${this.value}
            ?disabled=${this.disabled}
          >
            ${content}
          </button>`;
    return html`<div class="gouv-connect-group">
      ${button}
      <p class="gouv-connect__info">
        <a
          class="gouv-connect__about"
          href=${brand.aboutHref}
          target="_blank"
          rel="noopener"
          title=${`${about} - ${newWindow}`}
          >${about}<span class="gouv-visually-hidden"> - ${newWindow}</span>${icon(
            externalLinkLine,
            'gouv-icon gouv-connect__external',
          )}</a
        >
      </p>
    </div>`;
  }
}
