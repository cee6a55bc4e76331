import type { ComboboxOption } from './combobox-option.js';
import { optionWithLabel } from './filter-options.js';

/** How the model finds the option of a value set from outside. */
export interface ValueLookup {
  /** The option of `value` among those known now (the static list, the suggestions shown). */
  find(value: string): ComboboxOption | undefined;
  /** A source can tell the label of a value it doesn't show (`resolve`). */
  resolvable: boolean;
}

/** What the browser keeps for a back/forward navigation: the value, the label when known, the text. */
interface SavedState {
  v?: unknown;
  l?: unknown;
  t?: unknown;
}

/**
 * The combobox's value model: what the field shows (`text`), what the form gets (`value`), the
 * option chosen, and the value last reported by `change`. Plain logic, no DOM: the element
 * keeps one and renders it.
 *
 * - The user's choice sets both the text (its label) and the value.
 * - Typing keeps the choice while the text is its label; any other text drops it. The value is
 *   then the text in free-text mode, and empty in strict mode (the field is « not in the list »).
 * - A value set from outside (script, attribute, reset, restore) is `assign`ed, then applied
 *   once the element knows its options: the text becomes the option's label; a value whose label
 *   is not known is kept and shown as is (« provisional ») until the source `resolve`s it.
 */
export class ComboboxSelection {
  #text = '';
  #value = '';
  #selected: ComboboxOption | null = null;
  #provisional = false;
  #committed = '';
  #assigned = false;

  constructor(private readonly freeText: () => boolean) {}

  /** What the field shows. */
  get text(): string {
    return this.#text;
  }

  /** What the form submits. */
  get value(): string {
    return this.#value;
  }

  /** The option chosen (with its extra fields), or null; not a value whose label is still unknown. */
  get selected(): ComboboxOption | null {
    return this.#provisional ? null : this.#selected;
  }

  /** The value was set from outside and its label is not known yet: the text shows the value. */
  get provisional(): boolean {
    return this.#provisional;
  }

  /** A value set from outside waits to be applied (`applyAssigned`). */
  get assigned(): boolean {
    return this.#assigned;
  }

  /** The value at the last `change`. */
  get committed(): string {
    return this.#committed;
  }

  /** A strict field whose text is not a choice: « Sélectionnez une valeur dans la liste ». */
  get notInList(): boolean {
    return !this.freeText() && this.#text.trim() !== '' && !this.#selected;
  }

  // ── the user ──────────────────────────────────────────────────────────────────────────

  /** The user changed the text. Returns true when the value changed. */
  type(text: string): boolean {
    const before = this.#value;
    this.#assigned = false;
    this.#text = text;
    if (this.#selected && text !== this.#selected.label) {
      this.#selected = null;
      this.#provisional = false;
    }
    this.#value = this.#expectedValue();
    return this.#value !== before;
  }

  /** The user chose `option`. Returns true when the value changed. */
  choose(option: ComboboxOption): boolean {
    const before = this.#value;
    this.#assigned = false;
    this.#selected = option;
    this.#provisional = false;
    this.#text = option.label;
    this.#value = option.value;
    return this.#value !== before;
  }

  /**
   * A strict field with no choice whose text is exactly one option's label (case, accents and
   * punctuation aside) takes that option. Returns the option taken, or null.
   */
  acceptExact(options: readonly ComboboxOption[]): ComboboxOption | null {
    if (this.#selected || !this.#text.trim()) return null;
    const option = optionWithLabel(options, this.#text);
    if (option) this.choose(option);
    return option;
  }

  /** Returns true, and records the value, when it differs from the one `change` last reported. */
  commit(): boolean {
    if (this.#value === this.#committed) return false;
    this.#committed = this.#value;
    return true;
  }

  // ── from outside ──────────────────────────────────────────────────────────────────────

  /** A value set by script or attribute: `value` answers it at once; the text follows on `applyAssigned`. */
  assign(value: string): void {
    this.#value = value;
    this.#assigned = true;
  }

  /** The default value, after a form reset: assigned, and the value `change` compares with. */
  reset(defaultValue: string): void {
    this.assign(defaultValue);
    this.#committed = defaultValue;
  }

  /** Also the value `change` compares with: the initial value is not a change. */
  setCommitted(value: string): void {
    this.#committed = value;
  }

  /**
   * Shows the assigned value: its option's label when known, else the value as is. Returns
   * `resolve` when the source must be asked for its label (then `resolved()`).
   */
  applyAssigned(lookup: ValueLookup): 'resolve' | null {
    this.#assigned = false;
    const value = this.#value;
    const current = this.#selected?.value === value && !this.#provisional ? this.#selected : undefined;
    this.#provisional = false;
    if (!value) {
      this.#selected = null;
      this.#text = '';
      return null;
    }
    const known = current ?? lookup.find(value);
    if (known) {
      this.#selected = known;
      this.#text = known.label;
      return null;
    }
    if (this.freeText() && !lookup.resolvable) {
      this.#selected = null;
      this.#text = value;
      return null;
    }
    // Shown as is until its label is known.
    this.#selected = { value, label: value };
    this.#provisional = true;
    this.#text = value;
    return lookup.resolvable ? 'resolve' : null;
  }

  /** The options changed: a provisional value may have its label now. */
  relabel(lookup: ValueLookup): 'resolve' | null {
    if (!this.#provisional) return null;
    const option = lookup.find(this.#value);
    if (!option) return null;
    this.#selected = option;
    this.#provisional = false;
    this.#text = option.label;
    return null;
  }

  /** The source's answer for a provisional `value`: applied when it still stands. Returns true if applied. */
  resolved(value: string, option: ComboboxOption | null): boolean {
    if (!this.#provisional || this.#assigned || this.#value !== value || !option) return false;
    this.#selected = option;
    this.#provisional = false;
    this.#text = option.label;
    return true;
  }

  /** `free-text` was switched: with no choice, the value becomes the text, or nothing. */
  freeTextChanged(): void {
    if (!this.#selected) this.#value = this.#expectedValue();
  }

  /**
   * What the user typed in the server's field before scripts ran: kept as typed. A value set
   * from outside meanwhile gives way.
   */
  adoptTyped(text: string): void {
    this.type(text);
  }

  // ── saved state (back/forward navigation) ───────────────────────────────────────────────

  /** What the browser restores: the value, the label when known, and the text. */
  saveState(): string {
    return JSON.stringify({ v: this.#value, l: this.selected?.label ?? null, t: this.#text });
  }

  /**
   * The state the browser saved. Returns `assigned` when the value's label must be found again
   * (then `applyAssigned`), `done` when applied, `ignored` for a state that isn't ours.
   */
  restore(state: unknown): 'assigned' | 'done' | 'ignored' {
    if (typeof state !== 'string') return 'ignored';
    let saved: SavedState;
    try {
      saved = JSON.parse(state) as SavedState;
    } catch {
      return 'ignored';
    }
    if (!saved || typeof saved !== 'object' || typeof saved.v !== 'string') return 'ignored';
    const value = saved.v;
    this.#committed = value;
    if (typeof saved.l !== 'string' && value && !this.freeText()) {
      // A value whose label wasn't known yet: look it up again.
      this.assign(value);
      return 'assigned';
    }
    const label = typeof saved.l === 'string' ? saved.l : null;
    this.#assigned = false;
    this.#selected = label !== null ? { value, label } : null;
    this.#provisional = false;
    this.#text = label ?? (typeof saved.t === 'string' ? saved.t : value);
    this.#value = value;
    return 'done';
  }

  /** The value the state stands for: the choice's, the text in free-text mode, else none. */
  #expectedValue(): string {
    return this.#selected ? this.#selected.value : this.freeText() ? this.#text : '';
  }
}
