/** A suggestion of `gouv-combobox`. */
export interface ComboboxOption {
  /** What the form submits when this option is chosen (an INSEE code for a commune). */
  value: string;
  /** What the field shows and the list reads: « Lyon (69) ». Rendered as text. */
  label: string;
  /** A second line, read after the label: tells homonyms apart (« 69001, 69002… »). */
  description?: string;
}

/**
 * Where suggestions come from: called with what the user typed and a signal aborted as soon
 * as a newer query starts (pass it to `fetch`). A rejected promise shows « La liste n’a pas pu
 * être chargée » and keeps the typed text.
 *
 * `resolve`, when the source has it, finds the option of a value set by script or by the
 * `value` attribute, so the field shows its label (« Lyon (69) » for `value="69123"`).
 */
export interface ComboboxSource {
  (query: string, signal: AbortSignal): Promise<readonly ComboboxOption[]>;
  resolve?: (value: string, signal: AbortSignal) => Promise<ComboboxOption | null | undefined>;
  /** Called when the field gets focus, before the first query: a source can start loading its data. */
  preload?: () => void;
  /** The message when the typed text matches no choice of a strict field (« Sélectionnez une commune dans la liste »). */
  notInListMessage?: NotInListMessage;
}

/**
 * A source's own « not in the list » message, per language (`fr` at least); a language it
 * doesn't give falls back to the generic « Sélectionnez une valeur dans la liste » in that language.
 */
export type NotInListMessage = { readonly fr: string } & { readonly [lang: string]: string | undefined };
