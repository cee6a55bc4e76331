/**
 * The conditional reveals on the page and their triggers, shared by the reveal and the fields
 * that can trigger one: a choice field tells the reveals to look at their trigger again when
 * its state changes without a `change` event (a script setting `checked` or `value`, a form
 * reset), and renders its own control's ARIA (`aria-controls`, `aria-expanded`) from the reveals
 * that name it. Importing this module defines nothing: the choice fields carry no weight for
 * pages without `gouv-conditional-reveal`.
 */
export interface Reveal extends HTMLElement {
  htmlFor: string;
  when?: string;
  readonly open: boolean;
  refresh(): void;
}

/** A gouvkit element whose own control can trigger a reveal (a checkbox, a switch, a group). */
export interface RevealOwner extends HTMLElement {
  requestUpdate(): void;
}

export const connectedReveals = new Set<Reveal>();

/** Asks every connected reveal to re-read its trigger. */
export function refreshReveals() {
  for (const reveal of connectedReveals) reveal.refresh();
}

/** The owner's control states changed what it should say: it renders again. */
export function notifyTrigger(owner: RevealOwner | null) {
  if (owner?.isConnected) owner.requestUpdate();
}

const GROUPS = 'gouv-radio-group, gouv-checkbox-group';
const TAG = 'gouv-conditional-reveal';

const isChoice = (node: unknown): node is HTMLInputElement =>
  node instanceof HTMLInputElement && (node.type === 'radio' || node.type === 'checkbox');

/** Where a reveal's trigger is: the element `for` names, or the group it is a child of. */
function scopeOf(reveal: Reveal): Element | null {
  if (reveal.htmlFor) {
    const root = reveal.getRootNode() as Document | ShadowRoot;
    return root.getElementById?.(reveal.htmlFor) ?? null;
  }
  const parent = reveal.parentElement;
  return parent?.matches(GROUPS) ? parent : null;
}

/** The radio or checkbox that reveals `reveal`'s content, or null when it can't be found. */
export function triggerOf(reveal: Reveal): HTMLInputElement | null {
  const scope = scopeOf(reveal);
  if (!scope) return null;
  if (scope instanceof HTMLInputElement) return isChoice(scope) ? scope : null;
  // The scope's own controls, not those inside a reveal nested in it.
  const inputs = [...scope.querySelectorAll('input')].filter((input) => {
    const nested = input.closest(TAG);
    return isChoice(input) && (!nested || !scope.contains(nested));
  });
  if (reveal.when != null) return inputs.find((input) => input.value === reveal.when) ?? null;
  return inputs[0] ?? null;
}

/** The reveals `control` (an owner's own input) triggers, to render its ARIA. */
export function revealsOf(control: HTMLInputElement): Reveal[] {
  return [...connectedReveals].filter((reveal) => triggerOf(reveal) === control);
}

/**
 * Says on `control` (the owner's own input) which reveals it controls: `aria-controls` by
 * element reference (no id needed on the page's reveal), `aria-expanded` on a checkbox (ARIA
 * 1.2 does not allow it on a radio).
 */
export function describeTrigger(control: HTMLInputElement) {
  const reveals = revealsOf(control);
  (control as HTMLInputElement & { ariaControlsElements: Element[] | null }).ariaControlsElements =
    reveals.length ? reveals : null;
  if (control.type === 'checkbox' && reveals.length)
    control.setAttribute('aria-expanded', String(reveals.some((reveal) => reveal.open)));
  else control.removeAttribute('aria-expanded');
}
