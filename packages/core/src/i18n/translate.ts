import { DEFAULT_LANGUAGE, type Language } from './lang.js';
import { registeredMessage } from './registry.js';

/** A message: plain text, or plural forms chosen by `Intl.PluralRules` from `params.count`. */
export type Message = string | (Partial<Record<Intl.LDMLPluralRule, string>> & { other: string });

/**
 * An element's strings: an id (the name under which `registerLanguage()` extends them), and
 * every key in French (the default) and in English.
 */
export interface Catalogs<K extends string> {
  readonly id: string;
  readonly fr: Readonly<Record<K, Message>>;
  readonly en: Readonly<Record<K, Message>>;
}

export type MessageParams = Record<string, string | number>;

/** Declares an element's strings under `id`. */
export function defineStrings<K extends string>(
  id: string,
  messages: { fr: Record<K, Message>; en: Record<K, Message> },
): Catalogs<K> {
  return { id, ...messages };
}

const pluralRules = new Map<string, Intl.PluralRules>();
const numberFormats = new Map<string, Intl.NumberFormat>();

function pluralCategory(lang: Language, count: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(lang);
  if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(lang)));
  return rules.select(count);
}

function formatNumber(lang: Language, value: number): string {
  let format = numberFormats.get(lang);
  if (!format) numberFormats.set(lang, (format = new Intl.NumberFormat(lang)));
  return format.format(value);
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
    return typeof value === 'number' ? formatNumber(lang, value) : value;
  });
}

function lookup<K extends string>(catalogs: Catalogs<K>, lang: Language, key: K): Message | undefined {
  const registered = registeredMessage(lang, catalogs.id, key);
  if (registered !== undefined) return registered;
  if (lang === 'fr' || lang === 'en') return catalogs[lang as 'fr' | 'en'][key];
  return undefined;
}

/**
 * Resolves `key` in `lang`: a per-instance override first, then a registered language's
 * message, then the built-in catalog of that language, then French. Returns the key itself
 * when no catalog has it, so a gap shows instead of blank text.
 */
export function translate<K extends string>(
  catalogs: Catalogs<K>,
  lang: Language,
  key: K,
  params: MessageParams = {},
  overrides: Partial<Record<K, Message>> = {},
): string {
  const own = Object.hasOwn(overrides, key) ? overrides[key] : undefined;
  const message = own ?? lookup(catalogs, lang, key) ?? lookup(catalogs, DEFAULT_LANGUAGE, key);
  if (message === undefined) return key;
  const text =
    typeof message === 'string'
      ? message
      : (message[pluralCategory(lang, Number(params.count ?? 0))] ?? message.other);
  return interpolate(text, params, lang);
}
