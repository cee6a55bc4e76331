import { render, type RenderOptions } from 'lit';
import { DEV } from '#dev';
import { markHydratedPartsStale } from './recommit.js';

/** The attribute that marks an element's own light-DOM wrapper, with the part's name. */
export const PART_ATTRIBUTE = 'data-gouv-part';
/** The attribute that carries, in server markup, the id base the element used there. */
export const UID_ATTRIBUTE = 'data-gouv-uid';
/** The attribute of a server light part that says which language the server rendered in. */
export const LANG_ATTRIBUTE = 'data-gouv-lang';
/** The comment that starts a server-rendered shadow root, with the language it was rendered in. */
export const LANG_COMMENT = 'gouv-lang:';

/**
 * Lit's hydration walks every comment under the container it hydrates, including those in the
 * light DOM of the custom elements inside. The server prefixes the markers of a light part
 * with its element's id, so only that element's own hydration reads them.
 */
export function markerPrefix(uid: string): string {
  return `gouv:${uid} `;
}

type Hydrate = (value: unknown, container: HTMLElement, options: RenderOptions) => void;
let hydrate: Hydrate | undefined;

/**
 * Installed by `@gouvkit/core/ssr-client.js` (Lit's `hydrate`): kept out of element bundles
 * for pages that are not server-rendered.
 */
export function setLightHydrator(fn: Hydrate) {
  hydrate = fn;
}

/** What a light part renders: its name, its template, and the slot it fills in the shadow root. */
export interface LightPartTemplate {
  name: string;
  template: unknown;
  slot?: string;
}

/**
 * A wrapper element of the element's own in its light DOM, which Lit renders into. The
 * element never renders into its host directly: the host's other children belong to the page
 * or to a framework, and stay as they are. Server-rendered, the wrapper is already there: it is
 * taken over and hydrated, with what the user typed before scripts ran.
 */
export class LightPart {
  readonly root: HTMLElement;
  /** Server markup waits to be hydrated. */
  #serverUid: string | null;

  private constructor(root: HTMLElement, serverUid: string | null) {
    this.root = root;
    this.#serverUid = serverUid;
  }

  /** The server's wrapper for `name` among `host`'s children, or a new one put after `after`. */
  static attach(host: HTMLElement, name: string, after: Element | null, slot?: string): LightPart {
    const existing = [...host.children].find(
      (child): child is HTMLElement => child.getAttribute(PART_ATTRIBUTE) === name,
    );
    if (existing) return new LightPart(existing, existing.getAttribute(UID_ATTRIBUTE));
    const root = host.ownerDocument.createElement('div');
    root.setAttribute(PART_ATTRIBUTE, name);
    if (slot !== undefined) root.slot = slot;
    if (after) after.after(root);
    else host.prepend(root);
    return new LightPart(root, null);
  }

  /** True while server markup waits for its first render. */
  get serverRendered(): boolean {
    return this.#serverUid !== null;
  }

  /** Renders `value`: the first time over server markup, hydrates it (keeping its nodes). */
  render(value: unknown, options: RenderOptions) {
    this.hydrate(value, options);
    render(value, this.root, options);
  }

  /** Takes over server markup before the first render; does nothing otherwise. */
  hydrate(value: unknown, options: RenderOptions) {
    const uid = this.#serverUid;
    if (uid === null) return;
    this.#serverUid = null;
    if (!hydrate) {
      // No hydration support on the page: the server nodes (ours) give way to a fresh render.
      this.root.replaceChildren();
      return;
    }
    const prefix = markerPrefix(uid);
    const walker = this.root.ownerDocument.createTreeWalker(this.root, NodeFilter.SHOW_COMMENT);
    const markers: Comment[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const comment = node as Comment;
      if (comment.data.startsWith(prefix)) {
        comment.data = comment.data.slice(prefix.length);
        markers.push(comment);
      }
    }
    try {
      hydrate(value, this.root, options);
      markHydratedPartsStale(this.root);
    } catch (error) {
      // Markup that doesn't match the element's template (another version on the server?):
      // the server nodes (ours) give way to a fresh render rather than a broken element.
      if (DEV) console.warn('[gouvkit] hydration failed, the element renders afresh:', error);
      delete (this.root as { _$litPart$?: unknown })._$litPart$;
      this.root.replaceChildren();
      return;
    } finally {
      // Lit keeps the nodes, not their text: hide them again from any later hydration above.
      for (const comment of markers) comment.data = prefix + comment.data;
    }
  }

  slot(name: string | undefined) {
    if (name === undefined) this.root.removeAttribute('slot');
    else if (this.root.slot !== name) this.root.slot = name;
  }

  remove() {
    this.root.remove();
  }
}
