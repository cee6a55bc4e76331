import type { CSSResultOrNative } from 'lit';

const adopted = new WeakMap<Document | ShadowRoot, Set<CSSResultOrNative>>();

function toSheet(style: CSSResultOrNative): CSSStyleSheet | undefined {
  return style instanceof CSSStyleSheet ? style : style.styleSheet;
}

/**
 * Adds `styles` to the adopted style sheets of `root` (the document, or the shadow root a
 * light-DOM element lives in) once, however many elements ask. Light-DOM elements are styled
 * this way, with selectors scoped by element name.
 */
export function adoptOnce(root: Document | ShadowRoot, styles: readonly CSSResultOrNative[]) {
  let done = adopted.get(root);
  if (!done) adopted.set(root, (done = new Set()));
  const sheets: CSSStyleSheet[] = [];
  for (const style of styles) {
    if (done.has(style)) continue;
    done.add(style);
    const sheet = toSheet(style);
    if (sheet) sheets.push(sheet);
  }
  if (sheets.length) root.adoptedStyleSheets = [...root.adoptedStyleSheets, ...sheets];
}
