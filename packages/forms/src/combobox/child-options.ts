import type { ComboboxOption } from './combobox-option.js';

/** What is read of an `<option>` element (an `HTMLOptionElement` fits; so does a plain object in Node). */
export interface OptionElementLike {
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  readonly textContent: string | null;
}

/** The `<option>` children, read as data: the options, and the value of the one written `selected`. */
export interface ChildOptions {
  readonly options: readonly ComboboxOption[];
  /** The value of the first option written `selected` (the default value), null when none. */
  readonly selected: string | null;
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * Reads `<option value="69123" label="Lyon (69)" data-description="69001, 69002…" selected>`, as a
 * `<select>` does: the label is the `label` attribute or the text; an option without `value`
 * stands for its label.
 */
export function optionFromElement(element: OptionElementLike): ComboboxOption {
  const text = collapse(element.textContent ?? '');
  const label = element.getAttribute('label') || text;
  const option: ComboboxOption = { value: element.getAttribute('value') ?? text, label };
  const description = element.getAttribute('data-description');
  if (description) option.description = description;
  return option;
}

/** Reads the `<option>` children, in their order. */
export function readChildOptions(elements: Iterable<OptionElementLike>): ChildOptions {
  const options: ComboboxOption[] = [];
  let selected: string | null = null;
  for (const element of elements) {
    const option = optionFromElement(element);
    options.push(option);
    if (selected === null && element.hasAttribute('selected')) selected = option.value;
  }
  return { options, selected };
}

/** True when two lists hold the same options, in the same order. */
export function sameOptions(a: readonly ComboboxOption[], b: readonly ComboboxOption[]): boolean {
  return (
    a.length === b.length &&
    a.every((option, i) => {
      const other = b[i]!;
      return (
        option.value === other.value &&
        option.label === other.label &&
        option.description === other.description
      );
    })
  );
}

/**
 * The static list a combobox filters: the `options` property's entries first, then the
 * `<option>` children's, in document order.
 */
export function combineOptions(
  property: readonly ComboboxOption[],
  children: readonly ComboboxOption[],
): readonly ComboboxOption[] {
  if (!children.length) return property;
  if (!property.length) return children;
  return [...property, ...children];
}
