/**
 * The combobox's keyboard, as the WAI-ARIA « combobox with listbox popup » pattern (list
 * autocomplete, manual selection) describes it: which key does what, given what is shown.
 * Plain logic, no DOM: the element turns a `keydown` into an action here, then performs it.
 */

/** Where visual focus goes when the list opens: the first option, the last, or none. */
export type Move = 'first' | 'last' | null;

/** What a key asks the combobox to do. */
export type ComboboxAction =
  /** Open the list (searching first when it shows another text's suggestions), then move. */
  | { readonly type: 'open'; readonly move: Move }
  /** Move visual focus to the next (1) or previous (-1) option, wrapping around. */
  | { readonly type: 'move'; readonly step: 1 | -1 }
  /** Close the list; the text stays. */
  | { readonly type: 'close' }
  /** Choose the option under visual focus, and close. */
  | { readonly type: 'choose' }
  /** Enter with no option under visual focus: take the option whose label is the text, if one; close. */
  | { readonly type: 'accept' }
  /** Clear the field, as if the text had been deleted. */
  | { readonly type: 'clear' }
  /** The caret moves in the text: visual focus goes back to the field, the list stays. */
  | { readonly type: 'caret' };

/** What the keyboard depends on. */
export interface KeyContext {
  /** The list is displayed. */
  readonly open: boolean;
  /** The suggestions shown are those of the text in the field (not of an older text). */
  readonly current: boolean;
  /** An option is under visual focus. */
  readonly active: boolean;
  /** The field holds text. */
  readonly hasText: boolean;
}

/** The key pressed, as a `KeyboardEvent` gives it. */
export interface KeyPress {
  readonly key: string;
  readonly altKey?: boolean;
  readonly ctrlKey?: boolean;
  readonly metaKey?: boolean;
  readonly isComposing?: boolean;
}

/** An action, and whether the key's default (moving the caret, submitting) must be prevented. */
export interface KeyOutcome {
  readonly action: ComboboxAction;
  readonly preventDefault: boolean;
}

const act = (action: ComboboxAction, preventDefault: boolean): KeyOutcome => ({ action, preventDefault });

/**
 * What `key` does, or null when the key is left to the browser (typing, Enter on a closed list
 * submits the form, Tab moves focus).
 *
 * | Key | Action |
 * | --- | --- |
 * | Down | opens the list on the first option, then the next one (the last wraps to the first) |
 * | Up | opens the list on the last option, then the previous one |
 * | Alt+Down / Alt+Up | opens the list without moving / closes it |
 * | Enter | chooses the option under visual focus (or the one whose label is typed) and closes, without submitting; closed list: submits |
 * | Escape | closes the list and keeps the text; closed list: clears the field |
 * | Home, End, Left, Right | move the caret; visual focus goes back to the field |
 * | Tab | chooses the option under visual focus, if any; focus moves on |
 */
export function keyAction(press: KeyPress, context: KeyContext): KeyOutcome | null {
  if (press.isComposing) return null;
  const { open, current, active, hasText } = context;
  switch (press.key) {
    case 'ArrowDown':
      if (press.altKey) return act({ type: 'open', move: null }, true);
      return act(open && current ? { type: 'move', step: 1 } : { type: 'open', move: 'first' }, true);
    case 'ArrowUp':
      if (press.altKey) return act({ type: 'close' }, true);
      return act(open && current ? { type: 'move', step: -1 } : { type: 'open', move: 'last' }, true);
    case 'Enter':
      // A closed list: Enter submits the form, as in any text field.
      if (!open) return null;
      return act(active ? { type: 'choose' } : { type: 'accept' }, true);
    case 'Escape':
      if (open) return act({ type: 'close' }, true);
      return hasText ? act({ type: 'clear' }, true) : null;
    case 'Tab':
      // Leaving with an option under visual focus chooses it; otherwise the choice stays.
      return open && active ? act({ type: 'choose' }, false) : null;
    case 'Home':
    case 'End':
    case 'ArrowLeft':
    case 'ArrowRight':
      return act({ type: 'caret' }, false);
    default:
      return null;
  }
}

/** The option under visual focus after a step of `step` from `index` (-1: none), wrapping around. */
export function stepIndex(index: number, step: 1 | -1, count: number): number {
  if (count <= 0) return -1;
  if (index < 0 || index >= count) return step === 1 ? 0 : count - 1;
  return (index + step + count) % count;
}

/** The option under visual focus once the list opens with `move`: -1 for none. */
export function openIndex(move: Move, count: number): number {
  if (!move || count <= 0) return -1;
  return move === 'first' ? 0 : count - 1;
}
