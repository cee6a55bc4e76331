/**
 * Containers that disable the fields inside them without touching the page's nodes: a closed
 * `gouv-conditional-reveal` (its hidden fields are not submitted, not validated) or a
 * `gouv-fieldset disabled`. A native `<fieldset disabled>` only reaches controls in its own
 * tree; these containers slot the page's children, so each gouvkit field looks up its
 * ancestors instead, and a container tells the fields inside when it changes.
 */

/** What a container implements to disable what it contains. */
export interface DisablingContainer extends Element {
  readonly disablesContent: boolean;
}

function isDisablingContainer(node: Node): node is DisablingContainer {
  return node.nodeType === 1 && (node as Partial<DisablingContainer>).disablesContent !== undefined;
}

/** True when a container around `element` (in its tree or a shadow host's) disables it. */
export function inDisabledContainer(element: Element): boolean {
  let node: Node | null = element.parentNode;
  while (node) {
    if (isDisablingContainer(node) && node.disablesContent) return true;
    node = node.parentNode ?? (node.nodeType === 11 ? (node as ShadowRoot).host : null);
  }
  return false;
}

/** A field inside containers: its host element, and what to call when one changes. */
interface ScopedField {
  readonly host: Element;
  containerChanged(): void;
}

const fields = new Set<ScopedField>();

/** Fields register while connected, so a container can tell them it changed. */
export function watchContainers(field: ScopedField): () => void {
  fields.add(field);
  return () => fields.delete(field);
}

/** Called by a container when `disablesContent` changes: the fields inside re-render. */
export function containerChanged(container: Element) {
  for (const field of fields) if (composedContains(container, field.host)) field.containerChanged();
}

function composedContains(container: Element, node: Node): boolean {
  let current: Node | null = node;
  while (current) {
    if (current === container) return true;
    current = current.parentNode ?? (current.nodeType === 11 ? (current as ShadowRoot).host : null);
  }
  return false;
}
