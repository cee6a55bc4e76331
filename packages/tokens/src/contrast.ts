/**
 * WCAG 2.x contrast maths (https://www.w3.org/TR/WCAG22/#dfn-contrast-ratio).
 * Pure functions: used by the contrast test in Node and by the palette story in the browser.
 */

/** sRGB channels 0–255. */
export type Rgb = readonly [number, number, number];

/** Parses `#rgb` or `#rrggbb`. Anything else throws: a contrast must never be guessed. */
export function parseHexColor(color: string): Rgb {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim())?.[1];
  if (!hex) throw new Error(`Cannot read colour "${color}": expected #rgb or #rrggbb`);
  const full = hex.length === 3 ? [...hex].map((digit) => digit + digit).join('') : hex;
  return [0, 2, 4].map((start) => parseInt(full.slice(start, start + 2), 16)) as unknown as Rgb;
}

/** Linearises one sRGB channel. WCAG 2.2 uses 0.04045 (earlier texts said 0.03928; no 8-bit value differs). */
function linear(channel: number): number {
  const c = channel / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** Relative luminance, 0 (black) to 1 (white). */
export function relativeLuminance(color: string): number {
  const [r, g, b] = parseHexColor(color);
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** Contrast ratio, 1 to 21, whichever colour is the lighter. */
export function contrastRatio(a: string, b: string): number {
  const [lighter, darker] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [
    number,
    number,
  ];
  return (lighter + 0.05) / (darker + 0.05);
}

/** What a pair is: body text, large text (≥ 24px, or ≥ 18.66px bold), or a UI part / graphic. */
export type ContrastKind = 'text' | 'large-text' | 'ui';

/** WCAG AA minimum: 1.4.3 for text (4.5, or 3 when large) and 1.4.11 for non-text (3). */
export function minimumRatio(kind: ContrastKind): number {
  return kind === 'text' ? 4.5 : 3;
}
