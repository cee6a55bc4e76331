import type { ComboboxSource, NotInListMessage } from './combobox-option.js';

/** A source registered under a name, for `source="name"` in HTML. */
export interface NamedSource {
  /** Loads the source (its code and data): called on the first search, or on focus to preload. */
  load: () => Promise<ComboboxSource>;
  /**
   * The message of a strict field whose text matches no choice, per language, known before the
   * source is loaded (« Sélectionnez une commune dans la liste »).
   */
  notInListMessage?: NotInListMessage;
}

/** What `source` takes: a registered name (the `source` attribute), or a source function. */
export type ComboboxSourceValue = string | ComboboxSource;

const sources = new Map<string, NamedSource>();
const loaded = new Map<string, Promise<ComboboxSource>>();

/**
 * Registers a source under a name, so plain HTML can write `<gouv-combobox source="name">`. The
 * module that provides a source registers it (`@gouvkit/forms/combobox.js` registers
 * `communes`), with a loader: its code and data load on the first search. A name registered
 * again replaces the previous source.
 */
export function registerComboboxSource(name: string, source: NamedSource) {
  sources.set(name, source);
  loaded.delete(name);
}

/** The names registered now. */
export function comboboxSourceNames(): string[] {
  return [...sources.keys()];
}

/** What is registered as `name`, if anything. */
export function namedSourceInfo(name: string): NamedSource | undefined {
  return sources.get(name);
}

/** The source registered as `name`, loaded once; a failed load is tried again next time. */
export function loadNamedSource(name: string): Promise<ComboboxSource> | undefined {
  const entry = sources.get(name);
  if (!entry) return undefined;
  let promise = loaded.get(name);
  if (!promise) {
    promise = entry.load();
    loaded.set(name, promise);
    promise.catch(() => loaded.delete(name));
  }
  return promise;
}

/** The source function `source` stands for: itself, or the one registered under that name (loaded). */
export async function sourceFunction(
  source: ComboboxSourceValue | null | undefined,
): Promise<ComboboxSource | undefined> {
  if (typeof source === 'function') return source;
  return typeof source === 'string' && source ? loadNamedSource(source) : undefined;
}

/** The source's own « not in the list » message in `lang`, if it has one. */
export function sourceNotInListMessage(
  source: ComboboxSourceValue | null | undefined,
  lang: string,
): string | undefined {
  const messages =
    typeof source === 'string' ? namedSourceInfo(source)?.notInListMessage : source?.notInListMessage;
  return messages?.[lang];
}
