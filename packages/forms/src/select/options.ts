/** A choice of a `gouv-select`. */
export interface SelectOption {
  /** The value submitted with the form. */
  value: string;
  /** The text shown (rendered as text, never as HTML). */
  label: string;
  disabled?: boolean;
  /** The label of the group (`<optgroup>`) the option belongs to. */
  group?: string;
}

/** What the select renders: options, and groups of options, in the order of first appearance. */
export type SelectItem =
  { kind: 'option'; option: SelectOption } | { kind: 'group'; label: string; options: SelectOption[] };

/**
 * Makes a usable list out of whatever the application passed (a JSON file, an API answer): a
 * missing label shows the value, a number becomes text, entries with neither are dropped.
 */
export function normalizeOptions(input: unknown): SelectOption[] {
  if (!Array.isArray(input)) return [];
  const options: SelectOption[] = [];
  for (const entry of input as unknown[]) {
    if (typeof entry === 'string' || typeof entry === 'number') {
      options.push({ value: String(entry), label: String(entry) });
      continue;
    }
    if (!entry || typeof entry !== 'object') continue;
    const { value, label, disabled, group } = entry as Record<string, unknown>;
    const text = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v) : '');
    const valueText = text(value);
    const labelText = text(label) || valueText;
    if (!valueText && !labelText) continue;
    const option: SelectOption = { value: valueText || labelText, label: labelText };
    if (disabled === true) option.disabled = true;
    const groupText = text(group);
    if (groupText) option.group = groupText;
    options.push(option);
  }
  return options;
}

/**
 * Gathers the options of a group under its first appearance, so a group never shows twice;
 * options without a group keep their place.
 */
export function groupOptions(options: readonly SelectOption[]): SelectItem[] {
  const items: SelectItem[] = [];
  const groups = new Map<string, SelectOption[]>();
  for (const option of options) {
    if (!option.group) {
      items.push({ kind: 'option', option });
      continue;
    }
    const members = groups.get(option.group);
    if (members) members.push(option);
    else {
      const created = [option];
      groups.set(option.group, created);
      items.push({ kind: 'group', label: option.group, options: created });
    }
  }
  return items;
}

/** What a select's child elements say: options (with groups), a placeholder, a default choice. */
export interface ChildOptions {
  options: SelectOption[];
  /** The text of a first `<option value="">`: the placeholder. */
  placeholder: string | undefined;
  /** The value of the option written `selected`: the default value. */
  selected: string | undefined;
}

/** The parts of `<option>`/`<optgroup>` elements the select reads (an `HTMLOptionElement` fits). */
interface OptionLike {
  readonly localName: string;
  readonly value: string;
  readonly label: string;
  readonly disabled: boolean;
  readonly defaultSelected: boolean;
}
interface GroupLike {
  readonly localName: string;
  readonly label: string;
  readonly disabled: boolean;
  readonly children: ArrayLike<unknown>;
}

/**
 * Reads a select's `<option>` and `<optgroup>` children as data, in order (they are left in
 * place): a first `<option value="">` gives the placeholder, an option written `selected` the
 * default value.
 */
export function readChildOptions(children: ArrayLike<unknown>): ChildOptions {
  const read: ChildOptions = { options: [], placeholder: undefined, selected: undefined };
  const take = (option: OptionLike, group?: GroupLike) => {
    if (option.value === '' && !group && !read.options.length && read.placeholder === undefined) {
      if (option.label) read.placeholder = option.label;
      return;
    }
    const entry: SelectOption = { value: option.value, label: option.label };
    if (option.disabled || group?.disabled) entry.disabled = true;
    if (group?.label) entry.group = group.label;
    if (option.defaultSelected) read.selected = option.value;
    read.options.push(entry);
  };
  for (const child of Array.from(children) as (OptionLike | GroupLike)[]) {
    if (child.localName === 'option') take(child as OptionLike);
    else if (child.localName === 'optgroup') {
      const group = child as GroupLike;
      for (const option of Array.from(group.children) as OptionLike[])
        if (option.localName === 'option') take(option, group);
    }
  }
  return read;
}
