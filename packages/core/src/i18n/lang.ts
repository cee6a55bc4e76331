/** Languages gouvkit ships strings for. French first: the default for every element. */
export const SUPPORTED_LANGUAGES = ['fr', 'en'] as const;
export type Language = (typeof SUPPORTED_LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'fr';

/**
 * Maps a BCP 47 tag (`fr-CA`, `EN`, `en_GB`) to a supported language.
 * An empty or unknown tag falls back to French, the State's language.
 */
export function matchLanguage(tag: string | null | undefined): Language {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return (SUPPORTED_LANGUAGES as readonly string[]).includes(primary)
    ? (primary as Language)
    : DEFAULT_LANGUAGE;
}

/**
 * The `lang` in force for `node`: its own or its closest ancestor's, crossing shadow roots
 * (`Element.closest` stops at a shadow boundary, so we climb to each root's host).
 */
export function findLangTag(node: Node): string | null {
  let current: Node | null = node;
  while (current) {
    if (current instanceof Element && current.hasAttribute('lang')) return current.getAttribute('lang');
    current = current.parentNode ?? (current instanceof ShadowRoot ? current.host : null);
  }
  return null;
}
