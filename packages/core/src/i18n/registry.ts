import type { Message } from './translate.js';

/** language → catalog id → messages */
const languages = new Map<string, Map<string, Readonly<Record<string, Message>>>>();
const listeners = new Set<() => void>();

/**
 * Adds a language (or more messages to one), for every element: `strings` maps a catalog id
 * (`field`, `gouv-input`, `gouv-combobox`…: each element's documentation lists its keys) to
 * its messages. A missing message falls back to French. Elements on the page re-render.
 *
 * ```js
 * registerLanguage('de', {
 *   field: { requiredMarker: 'Pflichtfeld', errorPrefix: 'Fehler:' },
 *   'gouv-input': { showPassword: 'Anzeigen' },
 * });
 * ```
 */
export function registerLanguage(
  lang: string,
  strings: Readonly<Record<string, Readonly<Record<string, Message>>>>,
) {
  const code = lang.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  if (!code) return;
  let catalogs = languages.get(code);
  if (!catalogs) languages.set(code, (catalogs = new Map()));
  for (const [id, messages] of Object.entries(strings))
    catalogs.set(id, { ...catalogs.get(id), ...messages });
  listeners.forEach((listener) => listener());
}

/** The languages added by `registerLanguage()`. */
export function registeredLanguages(): ReadonlySet<string> {
  return new Set(languages.keys());
}

/** A message registered for `lang` in catalog `id`, if any. */
export function registeredMessage(lang: string, id: string, key: string): Message | undefined {
  const messages = languages.get(lang)?.get(id);
  return messages && Object.hasOwn(messages, key) ? messages[key] : undefined;
}

/** Called after each registration (connected elements re-render). */
export function onLanguagesChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** For tests: forget registered languages. */
export function resetLanguages() {
  languages.clear();
  listeners.forEach((listener) => listener());
}
