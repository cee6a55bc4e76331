import type { ComboboxOption } from './combobox-option.js';
import { foldQuery, foldText, queryVariants } from './normalize.js';

/**
 * The options of a static list that match `query`: those whose label starts with it first, then
 * those with a word starting with it (« rochelle » finds « La Rochelle »), each group in the
 * list's order. An empty query gives the whole list, as a select would.
 */
export function filterOptions(options: readonly ComboboxOption[], query: string): ComboboxOption[] {
  const variants = queryVariants(foldQuery(query));
  if (!variants.length) return [...options];
  const starts: ComboboxOption[] = [];
  const words: ComboboxOption[] = [];
  for (const option of options) {
    const label = `${foldText(option.label)} `;
    if (variants.some((v) => label.startsWith(v))) starts.push(option);
    else if (variants.some((v) => label.includes(` ${v}`))) words.push(option);
  }
  return [...starts, ...words];
}

/** The option whose label is `text`, ignoring case, accents and punctuation; null when none or several. */
export function optionWithLabel(options: readonly ComboboxOption[], text: string): ComboboxOption | null {
  const folded = foldText(text);
  if (!folded) return null;
  const found = options.filter((option) => foldText(option.label) === folded);
  return found.length === 1 ? found[0]! : null;
}

/**
 * The well-formed options of `raw`: objects with a `value` and a `label` (numbers are turned
 * into text, `description` is kept when it is text). Anything else is dropped.
 */
export function toOptions(raw: unknown): ComboboxOption[] {
  if (!Array.isArray(raw)) return [];
  const options: ComboboxOption[] = [];
  for (const item of raw as unknown[]) {
    if (!item || typeof item !== 'object') continue;
    const { value, label, description } = item as Record<string, unknown>;
    const text = (v: unknown) => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined);
    const v = text(value);
    const l = text(label) ?? v;
    if (v === undefined || l === undefined) continue;
    options.push({ ...(item as object), value: v, label: l, description: text(description) });
  }
  return options;
}
