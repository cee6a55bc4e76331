/**
 * Counting for the textarea's character count: pure functions, tested without a browser.
 *
 * Characters are Unicode code points of the NFC form, as @gouvkit/validators' `maxLength` and most
 * databases count them: « é » typed as e + combining accent counts once, an emoji once (a flag or
 * a skin-toned emoji, made of several code points, counts several: the server will see them). A
 * line break counts one (the textarea's value uses LF). Words are runs of non-space characters,
 * as GOV.UK's word count, a no-break space joining two runs.
 */

export type CountUnit = 'characters' | 'words';

export function countCharacters(text: string): number {
  // The string iterator walks code points (a surrogate pair is one step).
  return [...text.normalize('NFC')].length;
}

export function countWords(text: string): number {
  // No-break spaces join: French puts them inside numbers (10 000) and before « : ; ! ? ».
  return text.match(/(?:\S|[\u00a0\u2007\u202f])+/gu)?.length ?? 0;
}

export function countOf(text: string, unit: CountUnit): number {
  return unit === 'words' ? countWords(text) : countCharacters(text);
}

/** Where the text stands against its limit. */
export interface CountStatus {
  unit: CountUnit;
  max: number;
  count: number;
  /** Characters (or words) left; negative when over the limit. */
  remaining: number;
  /** The message to show: `charactersUnderLimit`, `wordsOverLimit`… */
  key: `${CountUnit}${'UnderLimit' | 'AtLimit' | 'OverLimit'}`;
}

export function countStatus(text: string, max: number, unit: CountUnit): CountStatus {
  const count = countOf(text, unit);
  const remaining = max - count;
  const suffix = remaining > 0 ? 'UnderLimit' : remaining === 0 ? 'AtLimit' : 'OverLimit';
  return { unit, max, count, remaining, key: `${unit}${suffix}` };
}

/** A usable limit: a positive whole number, or its text (a framework sets the attribute's string), else null. */
export function validLimit(value: number | string | null | undefined): number | null {
  const limit = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof limit === 'number' && Number.isInteger(limit) && limit > 0 ? limit : null;
}
