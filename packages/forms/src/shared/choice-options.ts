/**
 * The options of a choice group (`gouv-radio-group`, `gouv-checkbox-group`): from the `options`
 * property, or from child `<option>` elements in plain HTML. Pure functions, tested in Node.
 */

/** One choice of a group. */
export interface ChoiceOption {
  /** The submitted value. */
  value: string;
  /** The visible text, which is also the control's accessible name. */
  label: string;
  /** Help for this choice, read after its label. */
  hint?: string;
  /** Not selectable. */
  disabled?: boolean;
  /** Checked at first, and again after a form reset (`<option selected>` in HTML). */
  checked?: boolean;
  /** For tile radios (`variant="tile"`): the address of a decorative image or pictogram. */
  image?: string;
}

/** What the parser reads of an `<option>` element (an `HTMLOptionElement` fits). */
export interface OptionSource {
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  readonly textContent: string | null;
}

/** The outcome of normalising options: the usable ones, and what was wrong with the others. */
export interface ParsedOptions {
  options: ChoiceOption[];
  problems: string[];
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * Reads `<option value="…" data-hint="…" data-image="…" disabled selected>Label</option>`. As
 * in a `<select>`, an option without `value` submits its text.
 */
export function optionFromElement(element: OptionSource): ChoiceOption {
  const label = collapse(element.textContent ?? '');
  const option: ChoiceOption = { value: element.getAttribute('value') ?? label, label };
  const hint = element.getAttribute('data-hint');
  const image = element.getAttribute('data-image');
  if (hint) option.hint = hint;
  if (image) option.image = image;
  if (element.hasAttribute('disabled')) option.disabled = true;
  if (element.hasAttribute('selected')) option.checked = true;
  return option;
}

function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  return undefined;
}

/**
 * Keeps the options a group can render, whatever a script assigned: each needs a value and a
 * label (numbers are taken as text); a value met twice keeps its first option, since a value
 * must say which choice was made. Every problem is reported, to be shown as a warning.
 */
export function normalizeOptions(input: unknown): ParsedOptions {
  const problems: string[] = [];
  if (input == null) return { options: [], problems };
  if (!Array.isArray(input)) {
    problems.push('options doit être un tableau de { value, label }.');
    return { options: [], problems };
  }
  const seen = new Set<string>();
  const options: ChoiceOption[] = [];
  input.forEach((item: unknown, index) => {
    if (typeof item !== 'object' || item === null) {
      problems.push(`l’option ${index + 1} n’est pas un objet { value, label } : ignorée.`);
      return;
    }
    const record = item as Record<string, unknown>;
    const label = text(record.label);
    const value = text(record.value) ?? label;
    if (value === undefined || label === undefined || label.trim() === '') {
      problems.push(`l’option ${index + 1} n’a pas de value ou de label : ignorée.`);
      return;
    }
    if (seen.has(value)) {
      problems.push(`la valeur « ${value} » est en double : seule la première option est gardée.`);
      return;
    }
    seen.add(value);
    const option: ChoiceOption = { value, label };
    const hint = text(record.hint);
    const image = text(record.image);
    if (hint) option.hint = hint;
    if (image) option.image = image;
    if (record.disabled === true) option.disabled = true;
    if (record.checked === true) option.checked = true;
    options.push(option);
  });
  return { options, problems };
}
