/**
 * Turns any input into text. Numbers and bigints are accepted because identifiers often
 * arrive from `type="number"` fields or JSON; only non-negative safe integers, because a
 * float or a negative can never be an identifier and `String(1e21)` would be misleading.
 */
export function toText(input: unknown): string {
  if (typeof input === 'string') return input;
  if (typeof input === 'number') return Number.isSafeInteger(input) && input >= 0 ? String(input) : '';
  if (typeof input === 'bigint') return input >= 0n ? input.toString() : '';
  return '';
}

/** True for null, undefined, '' and whitespace-only strings: the cases `required` rejects. */
export function isBlank(input: unknown): boolean {
  if (input === null || input === undefined) return true;
  return typeof input === 'string' && input.trim() === '';
}

// Spaces of every kind (users paste from PDFs with no-break and narrow no-break spaces),
// zero-width characters left by copy-paste, dots, and the whole dash family.
const SEPARATORS = /[\s\u200b-\u200d\u2060.\-\u2010-\u2015\u2212]/g;

export function stripSeparators(text: string): string {
  return text.replace(SEPARATORS, '');
}

/** Length in code points, so an emoji or an accented letter counts once (close to what users count). */
export function codePointLength(text: string): number {
  let length = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // A high surrogate followed by a low one is a single code point.
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    length++;
  }
  return length;
}
