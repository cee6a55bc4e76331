/**
 * What the error summary lists, as plain logic: which failed controls make an entry (one per
 * gouvkit field, one per group of radios or checkboxes of one name), in which order, with which
 * text, and when an entry goes. The element reads the page through a `SummaryPage` (the DOM);
 * the tests (`summary-entries.spec.ts`, in Node) give it plain objects.
 */

/** A server-side error: a link to the field, and the text to show. */
export interface ErrorSummaryItem {
  /** `#id` of the control or of a gouvkit field (`<gouv-input id="nom">`), or the field's `name`. */
  href?: string;
  /** The message, rendered as text. */
  text: string;
}

/** One line of the summary. `N` is what the page's nodes are (DOM elements in the element). */
export interface SummaryEntry<N> {
  text: string;
  /** Said by the server (`errors`, child markup), not found by the browser. */
  server: boolean;
  /** For a server error: the `#id` or name it was given. */
  ref?: string;
  /** The control the link focuses, once known. */
  control?: N;
  /** The gouvkit field the control belongs to: it counts once. */
  field?: N;
  /** Radios and checkboxes of one name count once. */
  group?: string;
  /** A server error on a plain control stands until the control's value changes. */
  value?: string;
}

/** What the summary reads of the page. */
export interface SummaryPage<N> {
  /** The gouvkit field `node` belongs to (`[data-gouv-field]`, `node` itself included). */
  fieldOf(node: N): N | undefined;
  /** True for a native control (`input`, `select`, `textarea`). */
  isControl(node: N): boolean;
  /** `radio:enfant`: radios (or checkboxes) sharing a name; undefined for other controls. */
  groupOf(node: N): string | undefined;
  /** Document order: negative when `a` comes before `b`. */
  compare(a: N, b: N): number;
  isConnected(node: N): boolean;
  /** Where a field's link goes: its first invalid enabled control, or its first enabled one. */
  firstControl(field: N): N | undefined;
  /** The validation message of a field or a control, as it is now ('' when valid). */
  message(node: N): string;
  /** A plain control's message in the page's language ('' when valid). */
  nativeMessage(control: N): string;
  /** A field's `label`. */
  fieldLabel(field: N): string;
  /** A plain control's label: the legend of its group of choices, its label, `aria-label`, `title`. */
  label(control: N): string;
  isValid(control: N): boolean;
  /** The control's value; for a choice, which of its group are checked. */
  value(control: N): string;
  /** What a server error's `href` (`#id`) or name points at. */
  find(ref: string): N | undefined;
  /** The node's id, '' when it has none. */
  id(node: N): string;
}

/** Puts a label and a message together (« Nom : Renseignez ce champ »), in the page's language. */
export type Compose = (label: string, message: string) => string;

export function collapse(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

function entryText(compose: Compose, label: string, message: string): string {
  return label ? compose(label, message) : message;
}

/** Server markup items (`<li><a href="#id">…</a></li>`), their text collapsed, the empty ones left out. */
export function itemsFromMarkup(
  items: readonly { text: string | null | undefined; href?: string | null }[],
): ErrorSummaryItem[] {
  return items
    .map((item) => ({ href: item.href ?? undefined, text: collapse(item.text) }))
    .filter((item) => item.text !== '');
}

export function sameItems(a: readonly ErrorSummaryItem[], b: readonly ErrorSummaryItem[]): boolean {
  return a.length === b.length && a.every((item, i) => item.text === b[i]!.text && item.href === b[i]!.href);
}

/** Server errors as entries, not linked to their controls yet; anything without a text is left out. */
export function serverEntries<N>(items: unknown): SummaryEntry<N>[] {
  if (!Array.isArray(items)) return [];
  return items
    .filter((item): item is ErrorSummaryItem => typeof item === 'object' && item !== null && !!item.text)
    .map((item) => ({
      text: String(item.text),
      server: true,
      ref: item.href == null ? undefined : String(item.href).trim() || undefined,
    }));
}

/** Links a server entry to the control it is about; false while that control is not found. */
export function resolveEntry<N>(entry: SummaryEntry<N>, page: SummaryPage<N>): boolean {
  if (!entry.ref) return false;
  const found = page.find(entry.ref);
  if (found === undefined) return false;
  const field = page.fieldOf(found);
  const control = found === field ? page.firstControl(found) : found;
  if (control === undefined) return false;
  entry.field = field;
  entry.control = control;
  entry.group = field === undefined ? page.groupOf(control) : undefined;
  entry.value = page.value(control);
  return true;
}

function fieldEntry<N>(invalid: N, field: N, page: SummaryPage<N>, compose: Compose) {
  const control = invalid !== field && page.isControl(invalid) ? invalid : page.firstControl(field);
  const message = page.message(field) || page.message(invalid);
  if (!message) return undefined;
  const label = page.fieldLabel(field).trim() || (control === undefined ? '' : page.label(control));
  return { text: entryText(compose, label, message), server: false, control, field };
}

function controlEntry<N>(invalid: N, page: SummaryPage<N>, compose: Compose) {
  const message = page.nativeMessage(invalid);
  if (!message) return undefined;
  return {
    text: entryText(compose, page.label(invalid), message),
    server: false,
    control: invalid,
    group: page.groupOf(invalid),
  };
}

/**
 * The entries for the controls that failed on a submit attempt: in document order, one per
 * gouvkit field (whichever of its controls failed) and one per group of radios or checkboxes,
 * each with its label and message; a control without a message makes none.
 */
export function collectEntries<N>(
  invalid: readonly N[],
  page: SummaryPage<N>,
  compose: Compose,
): SummaryEntry<N>[] {
  const controls = invalid.filter((control) => page.isConnected(control));
  controls.sort((a, b) => page.compare(a, b));
  const seen = new Set<unknown>();
  const entries: SummaryEntry<N>[] = [];
  for (const control of controls) {
    const field = page.fieldOf(control);
    const key = field ?? page.groupOf(control) ?? control;
    if (seen.has(key)) continue;
    seen.add(key);
    const entry =
      field === undefined ? controlEntry(control, page, compose) : fieldEntry(control, field, page, compose);
    if (entry) entries.push(entry);
  }
  return entries;
}

/** True when an edit of `target` may change `entry`: its field, its control, or its group. */
export function concerns<N>(entry: SummaryEntry<N>, target: N, page: SummaryPage<N>): boolean {
  const field = page.fieldOf(target);
  if (field !== undefined) return entry.field === field;
  const group = page.groupOf(target);
  return entry.control === target || (group !== undefined && entry.group === group);
}

/**
 * Brings an entry up to date after its field changed: false when the error is gone. A field's
 * entry follows its message; a browser error on a plain control its validity; a server error on
 * a plain control stands until the control's value changes. The entry keeps its identity.
 */
export function recheck<N>(entry: SummaryEntry<N>, page: SummaryPage<N>, compose: Compose): boolean {
  const { field, control } = entry;
  if (field !== undefined) {
    const message = page.message(field);
    if (!message) return false;
    if (!(entry.server && message === entry.text)) {
      const label = page.fieldLabel(field).trim() || (control === undefined ? '' : page.label(control));
      entry.text = entryText(compose, label, message);
      entry.server = false;
    }
    return true;
  }
  if (control === undefined) return true;
  if (entry.server) return page.value(control) === entry.value;
  if (page.isValid(control)) return false;
  entry.text = entryText(compose, page.label(control), page.nativeMessage(control));
  return true;
}

/** The entries left after `target` was edited (the others untouched). */
export function afterEdit<N>(
  entries: readonly SummaryEntry<N>[],
  target: N,
  page: SummaryPage<N>,
  compose: Compose,
): SummaryEntry<N>[] {
  return entries.filter((entry) => !concerns(entry, target, page) || recheck(entry, page, compose));
}

/** Where an entry's link goes: the server's `#id`, else the id of its control or field. */
export function entryHref<N>(entry: SummaryEntry<N>, page: SummaryPage<N>): string | undefined {
  if (entry.ref?.startsWith('#')) return entry.ref;
  const id =
    (entry.control !== undefined && page.id(entry.control)) ||
    (entry.field !== undefined && page.id(entry.field));
  return id ? `#${id}` : undefined;
}

/**
 * The page title with « Erreur : » in front while `showing`, without it otherwise. A prefix
 * already there (the server's, or one in another language: `known`) is not doubled.
 */
export function titleWith(title: string, showing: boolean, prefix: string, known: readonly string[]): string {
  const text = collapse(title);
  const found = [prefix, ...known].map(collapse).find((p) => p && text.startsWith(p));
  const bare = found ? text.slice(found.length).trim() : title;
  return showing ? `${prefix} ${bare}`.trim() : bare;
}
