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
