/**
 * Moves a light-DOM element's own children (the author's markup) into a container the element
 * renders, and keeps moving children added later. `gouv-fieldset` and `gouv-conditional-reveal`
 * need their children inside a real `<fieldset>`: only a `<fieldset>` ancestor in the same tree
 * disables controls natively, which a shadow root and a `<slot>` would not give (a slotted
 * input is not a descendant of the shadow fieldset, so `disabled` would not reach it). Labels,
 * `for` and ids keep working since the nodes stay in the same tree.
 *
 * Frameworks that render the children themselves (React, Vue) will find them moved: give such
 * an element its content once, or wrap the framework's content in one element.
 */
export class ChildAdopter {
  /** The nodes the element rendered itself (its template's root, Lit's markers): never moved. */
  #own = new Set<Node>();
  #observer: MutationObserver;

  /**
   * @param host the light-DOM element
   * @param container where the children go (inside what the element rendered), once rendered
   */
  constructor(
    private readonly host: HTMLElement,
    private readonly container: () => Element | null,
  ) {
    this.#observer = new MutationObserver((records) => {
      for (const record of records) for (const node of record.addedNodes) this.#adopt(node);
    });
  }

  /**
   * After each render. The first time, it tells the element's own nodes (the direct child that
   * holds the container, and Lit's comment markers) from the author's, and moves the author's
   * in; then it watches for children added later.
   */
  rendered() {
    if (!this.#own.size) {
      const container = this.container();
      if (!container) return;
      for (const node of this.host.childNodes)
        if (node.contains(container) || (node instanceof Comment && isLitMarker(node))) this.#own.add(node);
      for (const node of [...this.host.childNodes]) this.#adopt(node);
    }
    this.#observer.observe(this.host, { childList: true });
  }

  disconnect() {
    this.#observer.disconnect();
  }

  #adopt(node: Node) {
    if (this.#own.has(node) || node.parentNode !== this.host) return;
    const container = this.container();
    if (container && !node.contains(container)) container.append(node);
  }
}

/** Lit's part markers: empty comments, or `?lit$…$`. */
function isLitMarker(node: Comment): boolean {
  return node.data === '' || node.data.startsWith('?lit$');
}
