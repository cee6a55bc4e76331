/**
 * The conditional reveals on the page, so a choice field can tell them to look at their trigger
 * again when its state changes without a `change` event (a script setting `checked` or `value`,
 * a form reset). Importing this module defines nothing: the choice fields carry no weight for
 * pages without `gouv-conditional-reveal`.
 */
export interface Refreshable {
  refresh(): void;
}

export const connectedReveals = new Set<Refreshable>();

/** Asks every connected reveal to re-read its trigger. */
export function refreshReveals() {
  for (const reveal of connectedReveals) reveal.refresh();
}
