import { registeredLanguages } from './registry.js';

/** Languages gouvkit ships strings for. French first: the default for every element. */
export const SUPPORTED_LANGUAGES = ['fr', 'en'] as const;

/**
 * A primary language subtag: `fr`, `en`, or one a team registered with `registerLanguage()`.
 * Any other tag resolves to French.
 */
export type Language = (typeof SUPPORTED_LANGUAGES)[number] | (string & {});
export const DEFAULT_LANGUAGE: Language = 'fr';

/**
 * Maps a BCP 47 tag (`fr-CA`, `EN`, `en_GB`) to a language gouvkit speaks: a built-in one or a
 * registered one. An empty or unknown tag falls back to French, the State's language.
 */
export function matchLanguage(tag: string | null | undefined): Language {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
  if ((SUPPORTED_LANGUAGES as readonly string[]).includes(primary) || registeredLanguages().has(primary))
    return primary;
  return DEFAULT_LANGUAGE;
}

/**
 * The `lang` in force for `node`: its own or its closest ancestor's, crossing shadow roots
 * (`Element.closest` stops at a shadow boundary, so we climb to each root's host).
 */
export function findLangTag(node: Node): string | null {
  let current: Node | null = node;
  while (current) {
    if (isElement(current) && current.hasAttribute('lang')) return current.getAttribute('lang');
    current = current.parentNode ?? (isShadowRoot(current) ? current.host : null);
  }
  return null;
}

// Structural checks: no DOM globals, so this also runs in Node (server rendering, whose DOM
// shim has attributes but no `nodeType`).
function isElement(node: Node): node is Element {
  return typeof (node as Partial<Element>).hasAttribute === 'function';
}
function isShadowRoot(node: Node): node is ShadowRoot {
  return node.nodeType === 11 && 'host' in node;
}
