import { LitElement, isServer, type CSSResultOrNative, type PropertyValues } from 'lit';
import { uniqueId } from './a11y/ids.js';
import {
  LANG_ATTRIBUTE,
  LANG_COMMENT,
  LightPart,
  PART_ATTRIBUTE,
  UID_ATTRIBUTE,
  type LightPartTemplate,
} from './element/light-part.js';
import { markHydratedPartsStale } from './element/recommit.js';
import { adoptOnce } from './styles/adopt.js';
import { ensureTokens } from './styles/tokens.js';

/** The empty templates a server render puts around an element's light parts (`@gouvkit/core/ssr.js`). */
const SERVER_TEMPLATES = ':scope > template[shadowrootmode="gouv-light"], :scope > template[data-gouv-end]';

/**
 * The base of every gouvkit element.
 *
 * - Puts the design tokens on the document once, so no stylesheet link is needed.
 * - Renders in a shadow root by default. An element that sets `static lightDom = true` renders
 *   in its light DOM instead (form controls do: a native input, its label, hint and error must
 *   share one tree for `for`/`aria-describedby`, autofill and password managers), inside a
 *   wrapper of its own put before the host's other children, which it never touches: they
 *   belong to the page or to a framework.
 * - `renderLightParts()` adds more wrappers of its own in the light DOM, each assigned to a slot
 *   of the shadow root: native controls that must be in the page's form, next to the page's
 *   own children.
 * - `static lightStyles` are adopted once by the document or shadow root the element lives in:
 *   the styles of its light DOM, scoped by the element name (`gouv-input .gouv-label { … }`).
 * - Server-rendered (`@gouvkit/core/ssr.js`) and hydrated (`@gouvkit/core/ssr-client.js`), it
 *   keeps the server's nodes: `adoptServerState()` first reads what the user did before scripts
 *   ran, the first render hydrates in the server's language with the server's ids, then every
 *   value is written again and the element speaks the page's language.
 *
 * @ignore Not an element of its own: left out of the packages' custom-elements.json, where each element lists what it inherits.
 */
export class GouvElement extends LitElement {
  static {
    // Fields render again after an update on purpose (hydration, constraints rendered just now).
    (this as unknown as { disableWarning?: (warning: string) => void }).disableWarning?.('change-in-update');
  }

  /** Render in the light DOM instead of a shadow root. */
  static lightDom = false;

  /** Styles for light-DOM content, adopted by the element's root node. */
  static lightStyles: CSSResultOrNative[] = [];

  /**
   * A page-unique base for the ids of the element's light DOM (`${uid}-control`). Server markup
   * brings its own, which the element takes over so the ids it renders stay the same.
   */
  protected uid: string = uniqueId('gouv');

  readonly #parts = new Map<string, LightPart>();
  #connectedOnce = false;
  #fromServer = false;
  /** Until the first update is done: the language the server rendered in. */
  #serverLang: string | null = null;
  #hydrating = false;

  /** True when the element took its DOM over from server markup. */
  protected get serverRendered(): boolean {
    return this.#fromServer;
  }

  /**
   * True during the first update over server markup, which must render what the server did:
   * controllers leave the DOM as the server (and the user) left it.
   * @internal
   */
  get hydrating(): boolean {
    return this.#hydrating;
  }

  /**
   * During hydration, the language the server rendered in (the `I18nController` speaks it).
   * @internal
   */
  get hydrationLang(): string | null {
    return this.#hydrating ? this.#serverLang : null;
  }

  /** `querySelector` on the element's own tree; nothing on the server, where there is no DOM. */
  protected query<E extends Element = HTMLElement>(selector: string): E | null {
    return isServer ? null : this.querySelector<E>(selector);
  }

  /** `querySelectorAll`, as an array; empty on the server. */
  protected queryAll<E extends Element = HTMLElement>(selector: string): E[] {
    return isServer ? [] : [...this.querySelectorAll<E>(selector)];
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const ctor = this.constructor as typeof GouvElement;
    if (ctor.lightDom) return this.#part('main').root;
    const root = super.createRenderRoot();
    // A declarative shadow root from the server starts with the language it was rendered in.
    const first = root.firstChild;
    if (first?.nodeType === 8 /* comment */ && (first as Comment).data.startsWith(LANG_COMMENT)) {
      this.#serverLang = (first as Comment).data.slice(LANG_COMMENT.length);
      this.#fromServer = this.#hydrating = true;
    }
    return root;
  }

  override connectedCallback() {
    ensureTokens(this.ownerDocument);
    const ctor = this.constructor as typeof GouvElement;
    if (ctor.lightStyles.length) adoptOnce(this.getRootNode() as Document | ShadowRoot, ctor.lightStyles);
    const first = !this.#connectedOnce;
    if (first) this.#takeOverServerMarkup();
    super.connectedCallback();
    this.#connectedOnce = true;
    if (first && this.#fromServer) this.adoptServerState();
  }

  /**
   * Called once, on the first connection over server markup, before the element hydrates it:
   * read what the user typed, chose or ticked before scripts ran into the element's properties,
   * so hydration keeps it.
   */
  protected adoptServerState(): void {}

  /**
   * Light parts besides the main one: wrappers of the element's own in its light DOM, each
   * assigned to a slot of its shadow root. Called at each render; a part left out is removed.
   */
  protected renderLightParts(): readonly LightPartTemplate[] | undefined {
    return undefined;
  }

  /** The root of the light part `name`, once rendered. */
  protected lightPartRoot(name: string): HTMLElement | null {
    return this.#parts.get(name)?.root ?? null;
  }

  protected override update(changed: PropertyValues) {
    // Server markup is hydrated before LitElement renders over it: that render then changes only
    // what differs from the server's.
    const main = (this.constructor as typeof GouvElement).lightDom ? this.#parts.get('main') : undefined;
    if (main?.serverRendered) main.hydrate(this.render(), this.renderOptions);
    super.update(changed);
    // A declarative shadow root was just hydrated by Lit: the next render writes every value.
    if (this.#hydrating && !main && this.shadowRoot) markHydratedPartsStale(this.shadowRoot);
    this.#renderExtraParts();
  }

  protected override firstUpdated(changed: PropertyValues) {
    super.firstUpdated(changed);
    if (!this.#hydrating) return;
    this.#hydrating = false;
    // The page's language may differ from the one the server rendered in.
    this.requestUpdate();
  }

  #renderExtraParts() {
    const wanted = this.renderLightParts();
    const main = (this.constructor as typeof GouvElement).lightDom ? this.#parts.get('main') : undefined;
    if (!wanted && this.#parts.size === (main ? 1 : 0)) return;
    const kept = new Set<string>(main ? ['main'] : []);
    let previous: Element | null = main?.root ?? null;
    for (const { name, template, slot } of wanted ?? []) {
      if (name === 'main' && main) throw new Error(`${this.localName}: a light part can't be named "main"`);
      kept.add(name);
      const part = this.#part(name, previous, slot);
      part.slot(slot);
      // Our wrappers follow one another in the order given; the page's nodes stay where they are.
      if (previous ? previous.nextElementSibling !== part.root : this.firstElementChild !== part.root) {
        if (previous) previous.after(part.root);
        else this.prepend(part.root);
      }
      part.render(template, { host: this });
      previous = part.root;
    }
    for (const [name, part] of this.#parts)
      if (!kept.has(name)) {
        part.remove();
        this.#parts.delete(name);
      }
  }

  #part(name: string, after: Element | null = null, slot?: string): LightPart {
    let part = this.#parts.get(name);
    if (!part) {
      part = LightPart.attach(this, name, after, slot);
      this.#parts.set(name, part);
    }
    return part;
  }

  /** Server markup: take over its id base and language, drop the empty templates around it (ours). */
  #takeOverServerMarkup() {
    const serverPart = [...this.children].find((child) => child.hasAttribute(PART_ATTRIBUTE));
    const uid = serverPart?.getAttribute(UID_ATTRIBUTE);
    if (!serverPart || !uid) return;
    this.uid = uid;
    this.#serverLang = serverPart.getAttribute(LANG_ATTRIBUTE);
    this.#fromServer = this.#hydrating = true;
    this.querySelectorAll(SERVER_TEMPLATES).forEach((template) => template.remove());
  }
}

/**
 * Defines `tagName` unless it is already defined (two bundles of gouvkit on one page, or hot
 * reload), which would otherwise throw and stop the page's script.
 */
export function defineElement(tagName: string, ctor: CustomElementConstructor) {
  if (!customElements.get(tagName)) customElements.define(tagName, ctor);
}
