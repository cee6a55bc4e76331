/**
 * Moves focus to `target`, even when it is not focusable by nature (a `<main>`, a section):
 * it gets `tabindex="-1"` until it loses focus, so a later click inside it doesn't keep
 * focusing the whole region. Used where a script sends the user somewhere (skip links, a
 * dismissed message), since following `#id` only scrolls in some browsers and leaves the next
 * Tab at the top of the page.
 */
export function focusTemporarily(target: HTMLElement) {
  if (!target.hasAttribute('tabindex') && target.tabIndex < 0) {
    target.setAttribute('tabindex', '-1');
    target.addEventListener('blur', () => target.removeAttribute('tabindex'), { once: true });
  }
  target.focus();
}
