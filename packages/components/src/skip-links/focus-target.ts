/**
 * The element a skip link points at (`#contenu`), looked up in the document: skip-link targets
 * are page regions (`<main id="contenu">`), never inside a component's shadow root.
 */
export function findTarget(doc: Document, href: string | null): HTMLElement | null {
  if (!href?.startsWith('#') || href.length < 2) return null;
  let id = href.slice(1);
  try {
    id = decodeURIComponent(id);
  } catch {
    // A malformed escape: look the id up as written.
  }
  return doc.getElementById(id);
}
