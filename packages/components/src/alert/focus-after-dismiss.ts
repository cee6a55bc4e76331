import { focusTemporarily } from '@gouvkit/core';
/**
 * Where focus goes when a dismissed alert disappears with the focus inside it. Without this,
 * the browser drops focus on `<body>` and a keyboard or screen-reader user is sent back to the
 * top of the page (RGAA 12.8: a coherent tab order; DSFR asks for a "relevant place").
 *
 * Choice: the next focusable element after the alert, in document order, so the user carries on
 * where the Tab key would have taken them. When nothing focusable follows, the alert's parent
 * (made focusable with `tabindex="-1"` until it loses focus), so focus stays in the same region.
 */

const FOCUSABLE = [
  'a[href]',
  'area[href]',
  'button',
  'input:not([type="hidden"])',
  'select',
  'textarea',
  'iframe',
  'summary',
  '[tabindex]',
  '[contenteditable=""]',
  '[contenteditable="true"]',
].join(',');

/** Could take focus with Tab: native controls, tabindex ≥ 0, or a host that delegates focus. */
function looksFocusable(el: Element): el is HTMLElement {
  if (!(el instanceof HTMLElement)) return false;
  if (el.getAttribute('tabindex') === '-1') return false;
  return el.matches(FOCUSABLE) || el.shadowRoot?.delegatesFocus === true;
}

/**
 * Every element after `start` in tree order, entering open shadow roots where their host is,
 * and skipping `start`'s own subtree (the dismissed alert can't take focus anyway).
 */
function* elementsAfter(start: Element, root: ParentNode = start.ownerDocument): Generator<Element> {
  const state = { seen: false };
  function* walk(node: ParentNode): Generator<Element> {
    for (const child of Array.from(node.children)) {
      if (child === start) {
        state.seen = true;
        continue;
      }
      if (state.seen) yield child;
      if (child.shadowRoot) yield* walk(child.shadowRoot);
      yield* walk(child);
    }
  }
  yield* walk(root);
}

/** True when `el` (or, for a delegating host, something inside it) holds focus now. */
function hasFocus(el: HTMLElement): boolean {
  return (el.getRootNode() as Document | ShadowRoot).activeElement === el;
}

/** Focuses the parent (made focusable until it loses focus). */
function focusParent(alert: Element): HTMLElement {
  const parent = alert.parentNode instanceof ShadowRoot ? alert.parentNode.host : alert.parentElement;
  const target = (parent ?? alert.ownerDocument.body) as HTMLElement;
  focusTemporarily(target);
  return target;
}

/**
 * Moves focus away from a dismissed (now hidden) alert. Returns the element that received it,
 * and whether it is the fallback parent (the caller then confirms the dismissal aloud, since a
 * parent often has no name a screen reader could read).
 */
export function focusAfterDismiss(alert: Element): { target: HTMLElement; fallback: boolean } {
  for (const candidate of elementsAfter(alert)) {
    if (!looksFocusable(candidate)) continue;
    // Trying is the only reliable test: hidden, inert or disabled elements refuse focus.
    candidate.focus();
    if (hasFocus(candidate)) return { target: candidate, fallback: false };
  }
  return { target: focusParent(alert), fallback: true };
}
