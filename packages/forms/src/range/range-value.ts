/**
 * The numbers of a range: what the browser does to its value (HTML's sanitisation of
 * `<input type="range">`), and how the value reads (« 1 500 € »). Pure functions, tested in Node.
 */

export interface RangeBounds {
  min: number;
  max: number;
  /** A positive step, or `any`. */
  step: number | 'any';
}

const finite = (text: string | number | undefined | null, fallback: number) => {
  if (text === undefined || text === null || text === '') return fallback;
  const n = typeof text === 'number' ? text : Number(text);
  return Number.isFinite(n) ? n : fallback;
};

/** The bounds as the browser takes them: 0–100 by 1 unless valid numbers say otherwise; max never below min. */
export function rangeBounds(
  min?: string | number | null,
  max?: string | number | null,
  step?: string | number | null,
): RangeBounds {
  const lo = finite(min, 0);
  const hi = Math.max(lo, finite(max, 100));
  if (typeof step === 'string' && step.trim().toLowerCase() === 'any')
    return { min: lo, max: hi, step: 'any' };
  const s = finite(step, 1);
  return { min: lo, max: hi, step: s > 0 ? s : 1 };
}

/** Decimal places of a number, so step arithmetic doesn't print 0.30000000000000004. */
function decimals(n: number): number {
  const text = String(n);
  if (text.includes('e-')) return Number(text.split('e-')[1]);
  return text.split('.')[1]?.length ?? 0;
}

/**
 * The value the browser keeps for `value` within `bounds`: the middle when there is none (or it
 * isn't a number), then clamped, then on the nearest step from min (halfway goes up), never
 * above max.
 */
export function sanitizeRangeValue(value: string | number | undefined | null, bounds: RangeBounds): number {
  const { min, max, step } = bounds;
  const middle = max < min ? min : min + (max - min) / 2;
  let n = finite(value, Number.NaN);
  if (Number.isNaN(n)) n = middle;
  n = Math.min(max, Math.max(min, n));
  if (step === 'any') return n;
  const places = Math.max(decimals(step), decimals(min));
  const round = (x: number) => Number(x.toFixed(places));
  let stepped = round(min + Math.round((n - min) / step) * step);
  if (stepped > max) stepped = round(stepped - step);
  return Math.max(min, stepped);
}

/** Where the value stands between min and max, from 0 to 1. */
export function rangeProgress(value: number, bounds: RangeBounds): number {
  const span = bounds.max - bounds.min;
  return span > 0 ? Math.min(1, Math.max(0, (value - bounds.min) / span)) : 0;
}

/** How a value reads: the language's number format, then the unit after a non-breaking space. */
export function formatRangeValue(value: number, lang: string, unit = ''): string {
  const number = new Intl.NumberFormat(lang, { maximumFractionDigits: 20 }).format(value);
  const trimmed = unit.trim();
  if (!trimmed) return number;
  return `${number}\u00a0${trimmed}`;
}
