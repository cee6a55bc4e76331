import { LitElement, type CSSResultOrNative } from 'lit';
import { adoptOnce } from './styles/adopt.js';
import { ensureTokens } from './styles/tokens.js';

/**
 * The base of every gouvkit element.
 *
 * - Puts the design tokens on the document once, so no stylesheet link is needed.
 * - Renders in a shadow root by default. An element that sets `static lightDom = true` renders
 *   in its own light DOM instead (form controls do: a native input, its label, hint and error
 *   must share one tree for `for`/`aria-describedby`, autofill and password managers).
 * - `static lightStyles` are adopted once by the document or shadow root the element lives in:
 *   the styles of a light-DOM element, or of the light-DOM content a shadow element slots
 *   (`::slotted` reaches only its top level). They must be scoped by the element name
 *   (`gouv-input .gouv-input__label { … }`).
 */
export class GouvElement extends LitElement {
  /** Render in the light DOM instead of a shadow root. */
  static lightDom = false;

  /** Styles for light-DOM content, adopted by the element's root node. */
  static lightStyles: CSSResultOrNative[] = [];

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const ctor = this.constructor as typeof GouvElement;
    return ctor.lightDom ? this : super.createRenderRoot();
  }

  override connectedCallback() {
    ensureTokens(this.ownerDocument);
    const ctor = this.constructor as typeof GouvElement;
    if (ctor.lightStyles.length) {
      adoptOnce(this.getRootNode() as Document | ShadowRoot, ctor.lightStyles);
    }
    super.connectedCallback();
  }
}

/**
 * Defines `tagName` unless it is already defined (two bundles of gouvkit on one page, or hot
 * reload), which would otherwise throw and stop the page's script.
 */
export function defineElement(tagName: string, ctor: CustomElementConstructor) {
  if (!customElements.get(tagName)) customElements.define(tagName, ctor);
}
