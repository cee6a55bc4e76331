import { DEFAULT_LANGUAGE, type Language } from './lang.js';

/** A message: plain text, or plural forms chosen by `Intl.PluralRules` from `params.count`. */
export type Message = string | (Partial<Record<Intl.LDMLPluralRule, string>> & { other: string });

/** An element's strings: every key in French (the default) and in English. */
export type Catalogs<K extends string> = Record<Language, Record<K, Message>>;

export type MessageParams = Record<string, string | number>;

const pluralRules = new Map<string, Intl.PluralRules>();
function pluralCategory(lang: Language, count: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(lang);
  if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(lang)));
  return rules.select(count);
}

/** Replaces `{name}` with `params.name`; numbers are formatted for the language. */
export function interpolate(
  text: string,
  params: MessageParams = {},
  lang: Language = DEFAULT_LANGUAGE,
): string {
  return text.replace(/\{(\w+)\}/g, (match, name: string) => {
    const value = params[name];
    if (value === undefined) return match;
    return typeof value === 'number' ? new Intl.NumberFormat(lang).format(value) : value;
  });
}

/**
 * Resolves `key` in `lang`: a per-instance override first, then the catalog of that language,
 * then French. Returns the key itself when no catalog has it, so a gap shows instead of blank text.
 */
export function translate<K extends string>(
  catalogs: Catalogs<K>,
  lang: Language,
  key: K,
  params: MessageParams = {},
  overrides: Partial<Record<K, Message>> = {},
): string {
  const message = overrides[key] ?? catalogs[lang]?.[key] ?? catalogs[DEFAULT_LANGUAGE]?.[key];
  if (message === undefined) return key;
  const text =
    typeof message === 'string'
      ? message
      : (message[pluralCategory(lang, Number(params.count ?? 0))] ?? message.other);
  return interpolate(text, params, lang);
}
